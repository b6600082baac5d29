package dev.readiness.calibration;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.Candidate;
import dev.readiness.assessment.ChecklistStatus;
import dev.readiness.assessment.RaterRole;
import dev.readiness.problem.Location;
import dev.readiness.problem.Problem;
import dev.readiness.rubric.Part;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.Topic;
import dev.readiness.text.Names;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reconciles several raters of one candidate on one date. */
public final class Calibrator {
  private final Rubric rubric;

  public Calibrator(Rubric rubric) {
    this.rubric = rubric;
  }

  /** A calibration, or the problems that prevent one. */
  public record Result(Calibration calibration, List<Problem> problems) {}

  /** The key that tells raters apart: the name with case, spacing and Unicode forms normalised. */
  public static String raterKey(String name) {
    return Names.key(name);
  }

  /**
   * The panel's calibration for one candidate and date, without alpha's confidence intervals.
   *
   * @param assessments two or more workbooks of one candidate on one date
   * @param leniency each rater's leniency over the run, by rater key (may be empty)
   */
  public Result calibrate(
      List<Assessment> assessments, Map<String, Calibration.Leniency> leniency) {
    return calibrate(assessments, leniency, false);
  }

  /**
   * The panel's calibration for one candidate and date, or the problems that refuse it.
   *
   * @param intervals whether to bootstrap alpha's confidence intervals (the report's own date needs
   *     them; the leniency pool and earlier dates do not)
   */
  public Result calibrate(
      List<Assessment> assessments, Map<String, Calibration.Leniency> leniency, boolean intervals) {
    List<Problem> problems = refusals(assessments);
    if (!problems.isEmpty()) {
      return new Result(null, problems);
    }
    List<Assessment> selves =
        assessments.stream().filter(a -> a.raterRole() == RaterRole.SELF).toList();
    List<Assessment> panel =
        assessments.stream().filter(a -> a.raterRole() != RaterRole.SELF).toList();
    Assessment self = selves.isEmpty() ? null : selves.get(0);
    List<Calibration.TopicRatings> topics = new ArrayList<>();
    Map<String, Double> consensusTopics = new LinkedHashMap<>();
    for (Topic t : rubric.topics()) {
      Calibration.TopicRatings tr = topicRatings(t.id(), panel, self);
      topics.add(tr);
      if (tr.median() != null) {
        consensusTopics.put(t.id(), tr.median());
      }
    }
    Alpha overall = alpha(topics, panel.size(), intervals);
    Map<String, Alpha> byPart = alphaByPart(topics, panel.size(), intervals);
    Map<String, Double> selfBias = new LinkedHashMap<>();
    for (Part p : rubric.parts()) {
      selfBias.put(p.id(), self == null ? null : selfBias(p.id(), topics));
    }
    Assessment consensus = consensus(panel, self, consensusTopics, consensusSkills(panel));
    Agreement agreement =
        Agreement.read(overall, byPart, rubric.calibration(), id -> rubric.part(id).heading());
    return new Result(
        new Calibration(
            raters(panel, self, leniency),
            overall,
            byPart,
            agreement,
            topics,
            disagreements(topics),
            selfBias,
            consensus),
        List.of());
  }

  /** The panel's raters, each with their leniency over the run, and the candidate's self last. */
  private static List<Calibration.Rater> raters(
      List<Assessment> panel, Assessment self, Map<String, Calibration.Leniency> leniency) {
    List<Calibration.Rater> raters = new ArrayList<>();
    panel.forEach(
        a ->
            raters.add(
                new Calibration.Rater(
                    a.rater(),
                    a.raterRole(),
                    Names.fileName(a.source()),
                    leniency.get(raterKey(a.rater())))));
    if (self != null) {
      raters.add(
          new Calibration.Rater(
              self.rater(), self.raterRole(), Names.fileName(self.source()), null));
    }
    return raters;
  }

  /** Each skill's median over the panel, for the skills anyone on it rated. */
  private Map<String, Double> consensusSkills(List<Assessment> panel) {
    Map<String, Double> consensusSkills = new LinkedHashMap<>();
    rubric
        .skillGroups()
        .forEach(
            g ->
                g.skills()
                    .forEach(
                        s -> {
                          Double m =
                              median(
                                  panel.stream()
                                      .map(a -> a.skillRatings().get(s.id()))
                                      .filter(Objects::nonNull)
                                      .toList());
                          if (m != null) {
                            consensusSkills.put(s.id(), m);
                          }
                        }));
    return consensusSkills;
  }

  private Map<String, Alpha> alphaByPart(
      List<Calibration.TopicRatings> topics, int raters, boolean intervals) {
    Map<String, Alpha> byPart = new LinkedHashMap<>();
    for (Part p : rubric.parts()) {
      byPart.put(
          p.id(),
          alpha(
              topics.stream().filter(tr -> rubric.topic(tr.topic()).part().equals(p.id())).toList(),
              raters,
              intervals));
    }
    return byPart;
  }

  /** The topics the panel spread over enough to discuss, widest spread first. */
  private List<Calibration.Disagreement> disagreements(List<Calibration.TopicRatings> topics) {
    return topics.stream()
        .filter(tr -> tr.spread() != null && tr.spread() >= rubric.calibration().discussSpread())
        .sorted(
            Comparator.comparingDouble((Calibration.TopicRatings tr) -> tr.spread())
                .reversed()
                .thenComparingInt(tr -> rubric.orderOf(tr.topic())))
        .map(tr -> new Calibration.Disagreement(tr.topic(), tr.spread(), tr.panel()))
        .toList();
  }

  /** The panel's ordinal alpha over these topics, with its bootstrap interval when asked for. */
  private Alpha alpha(List<Calibration.TopicRatings> topics, int raters, boolean interval) {
    List<java.util.Collection<Double>> units =
        topics.stream().map(tr -> tr.panel().values()).toList();
    Alpha a = Krippendorff.alpha(units, Metric.ORDINAL);
    return interval && a.defined()
        ? a.with(
            Bootstrap.interval(
                units, Metric.ORDINAL, raters, rubric.calibration().tentativeAlpha()))
        : a;
  }

  /**
   * What refuses a calibration of these workbooks (one candidate, one date): two from the same
   * rater, or two self-assessments. {@code readiness validate} calls these errors too, since they
   * stop the report.
   */
  public static List<Problem> refusals(List<Assessment> assessments) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Assessment> seen = new HashMap<>();
    for (Assessment a : assessments) {
      Assessment before = seen.putIfAbsent(raterKey(a.rater()), a);
      if (before != null) {
        problems.add(
            Problem.error(
                a.source(),
                Location.FILE,
                "two workbooks from the same rater \""
                    + a.rater()
                    + "\" for "
                    + a.candidate().name()
                    + " on "
                    + a.date()
                    + ": "
                    + before.source()
                    + " and "
                    + a.source()
                    + "; remove one, or correct the Rater or Assessment date"));
      }
    }
    List<Assessment> selves =
        assessments.stream().filter(a -> a.raterRole() == RaterRole.SELF).toList();
    if (selves.size() > 1) {
      problems.add(
          Problem.error(
              selves.get(1).source(),
              Location.FILE,
              "a second self-assessment of "
                  + selves.get(0).candidate().name()
                  + " on "
                  + selves.get(0).date()
                  + " (the first is "
                  + selves.get(0).source()
                  + "); keep one, or set the Rater role of the other to panel or mentor"));
    }
    return problems;
  }

  private Calibration.TopicRatings topicRatings(
      String id, List<Assessment> panel, Assessment self) {
    Map<String, Double> ratings = new LinkedHashMap<>();
    for (Assessment a : panel) {
      Double r = a.topicRatings().get(id);
      if (r != null) {
        ratings.put(a.rater(), r);
      }
    }
    List<Double> values = new ArrayList<>(ratings.values());
    Double median = median(values);
    Double mean =
        values.isEmpty()
            ? null
            : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    Double spread =
        values.isEmpty()
            ? null
            : values.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                - values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    return new Calibration.TopicRatings(
        id, ratings, self == null ? null : self.topicRatings().get(id), median, mean, spread);
  }

  /** The median; with an even count, the mean of the middle two (so a half level is possible). */
  static Double median(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private Double selfBias(String partId, List<Calibration.TopicRatings> topics) {
    List<Double> diffs =
        topics.stream()
            .filter(tr -> rubric.topic(tr.topic()).part().equals(partId))
            .filter(tr -> tr.self() != null && tr.median() != null)
            .map(tr -> tr.self() - tr.median())
            .toList();
    return diffs.isEmpty()
        ? null
        : diffs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  /**
   * The panel as one assessment: median ratings, notes by rater, the plan inputs of the first panel
   * workbook.
   */
  private Assessment consensus(
      List<Assessment> panel,
      Assessment self,
      Map<String, Double> topics,
      Map<String, Double> skills) {
    Assessment first = panel.get(0);
    String role = mostCommon(panel.stream().map(Assessment::targetRole).toList());
    Map<String, String> topicNotes = notes(panel, self, Assessment::topicNotes);
    Map<String, String> skillNotes = notes(panel, self, Assessment::skillNotes);
    Assessment checklistSource = self != null && !self.checklist().isEmpty() ? self : first;
    Map<String, ChecklistStatus> checklist = checklistSource.checklist();
    String sources =
        panel.stream().map(a -> Names.fileName(a.source())).collect(Collectors.joining(", "));
    return Assessment.builder()
        .source("panel consensus of " + sources)
        .candidate(new Candidate(first.candidate().name(), first.candidate().id()))
        .rater("Panel of " + panel.size())
        .raterRole(RaterRole.PANEL)
        .date(first.date())
        .checkInNotes(
            panel.stream()
                .map(a -> a.checkInNotes().isEmpty() ? null : a.rater() + ": " + a.checkInNotes())
                .filter(Objects::nonNull)
                .collect(Collectors.joining("\n")))
        .targetRole(role)
        .interviewDate(firstOf(panel, Assessment::interviewDate))
        .hoursPerWeek(firstOf(panel, Assessment::hoursPerWeek))
        .daysOff(firstOf(panel, a -> a.daysOff().isEmpty() ? null : a.daysOff()))
        .topicRatings(topics)
        .topicNotes(topicNotes)
        .skillRatings(skills)
        .skillNotes(skillNotes)
        .checklist(checklist)
        .checklistNotes(checklistSource.checklistNotes())
        .build();
  }

  private static <T> T firstOf(List<Assessment> panel, Function<Assessment, T> field) {
    return panel.stream().map(field).filter(Objects::nonNull).findFirst().orElse(null);
  }

  /**
   * Each topic's notes by rater, the panel's first; the candidate's own note last, labelled
   * "(self)" and set apart by an empty line, so a reader never takes it for a panel member's.
   */
  private static Map<String, String> notes(
      List<Assessment> panel, Assessment self, Function<Assessment, Map<String, String>> of) {
    Map<String, List<String>> byId = new LinkedHashMap<>();
    for (Assessment a : panel) {
      of.apply(a)
          .forEach(
              (id, note) ->
                  byId.computeIfAbsent(id, k -> new ArrayList<>()).add(a.rater() + ": " + note));
    }
    Map<String, String> out = new LinkedHashMap<>();
    byId.forEach((id, list) -> out.put(id, String.join("\n", list)));
    if (self != null) {
      of.apply(self)
          .forEach((id, note) -> out.merge(id, selfNote(self, note), (p, s) -> p + "\n\n" + s));
    }
    return out;
  }

  /** The candidate's own note as the report shows it: "Priya Raman (self): …". */
  private static String selfNote(Assessment self, String note) {
    return self.rater() + " (self): " + note;
  }

  private static String mostCommon(List<String> values) {
    Map<String, Long> counts =
        values.stream()
            .filter(Objects::nonNull)
            .collect(Collectors.groupingBy(v -> v, LinkedHashMap::new, Collectors.counting()));
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /**
   * Each panel rater's mean offset from the consensus over every calibrated candidate of a run, by
   * rater key.
   *
   * @param calibrations the run's calibrations, computed without leniency
   */
  public static Map<String, Calibration.Leniency> leniency(List<Calibration> calibrations) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (Calibration c : calibrations) {
      Map<String, Boolean> counted = new HashMap<>();
      for (Calibration.TopicRatings tr : c.topics()) {
        if (tr.median() == null || tr.panel().size() < 2) {
          continue;
        }
        tr.panel()
            .forEach(
                (rater, value) -> {
                  double[] s = sums.computeIfAbsent(raterKey(rater), k -> new double[3]);
                  s[0] += value - tr.median();
                  s[1]++;
                  if (counted.putIfAbsent(raterKey(rater), true) == null) {
                    s[2]++;
                  }
                });
      }
    }
    Map<String, Calibration.Leniency> out = new LinkedHashMap<>();
    sums.forEach(
        (k, s) -> out.put(k, new Calibration.Leniency(s[0] / s[1], (int) s[1], (int) s[2])));
    return out;
  }
}
