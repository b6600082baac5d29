package dev.readiness.plan;

import dev.readiness.rubric.Cadence;
import dev.readiness.rubric.PlanningRules;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.Topic;
import dev.readiness.scoring.PartScore;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.TopicScore;
import dev.readiness.text.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lays out the study weeks. Work is ordered weakest part first (by gap points); within a part, the focus topics'
 * gaps come first, then the other gaps by weighted gap, then the focus topics' depth work. Each week reserves up to
 * the rubric's share for the guide's practice routines and fills the rest with topic work, which may run over into
 * the next week. The rules are stated in README.md, "How the study plan is made".
 */
public final class Planner {
  private final Rubric rubric;
  private final PlanningRules rules;
  private final StudyCost cost;

  public Planner(Rubric rubric) {
    this.rubric = rubric;
    this.rules = rubric.planning();
    this.cost = new StudyCost(rubric);
  }

  /** A piece of topic work still to be scheduled, in half-hours. */
  private static final class Task {
    final TopicScore topic;
    final Activity activity;
    final double from;
    final int to;
    final int total;
    int left;

    Task(TopicScore topic, Activity activity, double from, int to, int halves) {
      this.topic = topic;
      this.activity = activity;
      this.from = from;
      this.to = to;
      this.total = halves;
      this.left = halves;
    }
  }

  public StudyPlan plan(Score score, PlanInputs inputs) {
    Map<String, List<String>> focus = chooseFocus(score);
    List<Task> tasks = tasks(score, focus);
    int totalGap = tasks.stream().filter(t -> t.activity == Activity.STUDY).mapToInt(t -> t.total).sum();
    boolean upkeep = tasks.isEmpty();
    int perWeek = (int) Math.floor(inputs.hoursPerWeek() * 2 + 1e-9);
    int practiceCap = upkeep ? perWeek : (int) Math.floor(rules.practice().maxShare() * perWeek + 1e-9);
    List<Week> weeks = new ArrayList<>();
    int taskIndex = 0;
    for (int w = 1; w <= inputs.weeks(); w++) {
      List<Practice> practice = practiceFor(w, inputs.weeks(), practiceCap);
      int used = practice.stream().mapToInt(Practice::halves).sum();
      int room = perWeek - used;
      List<PlanItem> topicItems = new ArrayList<>();
      while (room > 0 && taskIndex < tasks.size()) {
        Task t = tasks.get(taskIndex);
        int chunk = Math.min(room, t.left);
        topicItems.add(topicItem(t, chunk));
        t.left -= chunk;
        room -= chunk;
        if (t.left == 0) {
          taskIndex++;
        }
      }
      String question = topicItems.isEmpty() ? null : rubric.topic(topicItems.get(0).topic()).question();
      List<PlanItem> items = new ArrayList<>();
      practice.forEach(p -> items.add(practiceItem(p, question, focus)));
      items.addAll(topicItems);
      int halves = perWeek - room;
      weeks.add(new Week(w, inputs.start().plusWeeks(w - 1L), halves / 2.0, items));
    }
    int scheduledGap = tasks.stream().filter(t -> t.activity == Activity.STUDY).mapToInt(t -> t.total - t.left).sum();
    int leftHalves = tasks.stream().mapToInt(t -> t.left).sum();
    List<String> leftOut = tasks.stream().filter(t -> t.left > 0).map(t -> t.topic.id()).distinct().toList();
    int topicRoom = perWeek - practiceCap;
    int extraWeeks = leftHalves == 0 ? 0 : topicRoom <= 0 ? -1 : (leftHalves + topicRoom - 1) / topicRoom;
    double covered = totalGap == 0 ? 1.0 : (double) scheduledGap / totalGap;
    double planned = weeks.stream().mapToDouble(Week::hours).sum();
    double available = inputs.weeks() * inputs.hoursPerWeek();
    String summary = summary(score, inputs, upkeep, covered, leftOut, leftHalves, extraWeeks, planned, available,
        focus);
    return new StudyPlan(inputs, available, planned, covered, Math.max(0, extraWeeks), focus, leftOut, summary,
        upkeep, weeks);
  }

  /**
   * Per part, the topics to take to depth: those already at the depth level, then the cheapest to bring there,
   * then by gap, then by the guide's order; as many as the guide's minimum.
   */
  public Map<String, List<String>> chooseFocus(Score score) {
    int level = rubric.depthAdvice().level();
    int wanted = rubric.depthAdvice().minTopics();
    Map<String, List<String>> focus = new LinkedHashMap<>();
    for (PartScore part : score.parts()) {
      List<TopicScore> rated = score.topics().stream().filter(t -> t.part().equals(part.id()) && t.rated()).toList();
      List<String> chosen = new ArrayList<>();
      rated.stream().filter(t -> t.rating() >= level).limit(wanted).forEach(t -> chosen.add(t.id()));
      rated.stream().filter(t -> t.rating() < level)
          .sorted(Comparator.comparingDouble((TopicScore t) -> hours(t.rating(), level))
              .thenComparing(Comparator.comparingDouble(TopicScore::weightedGap).reversed())
              .thenComparingInt(t -> rubric.orderOf(t.id())))
          .limit(Math.max(0, wanted - chosen.size()))
          .forEach(t -> chosen.add(t.id()));
      chosen.sort(Comparator.comparingInt(rubric::orderOf));
      focus.put(part.id(), List.copyOf(chosen));
    }
    return focus;
  }

  private List<Task> tasks(Score score, Map<String, List<String>> focus) {
    int level = rubric.depthAdvice().level();
    List<PartScore> order = score.parts().stream()
        .sorted(Comparator.comparingDouble(PartScore::gapPoints).reversed()
            .thenComparingInt(p -> score.parts().indexOf(p)))
        .toList();
    List<Task> tasks = new ArrayList<>();
    for (PartScore part : order) {
      Set<String> partFocus = new LinkedHashSet<>(focus.get(part.id()));
      List<TopicScore> gaps = score.topics().stream()
          .filter(t -> t.part().equals(part.id()) && t.gap() != null && t.gap() > 0)
          .sorted(Comparator.comparing((TopicScore t) -> !partFocus.contains(t.id()))
              .thenComparing(Comparator.comparingDouble(TopicScore::weightedGap).reversed())
              .thenComparingInt(t -> rubric.orderOf(t.id())))
          .toList();
      for (TopicScore t : gaps) {
        tasks.add(new Task(t, Activity.STUDY, t.rating(), t.target(), halves(hours(t.rating(), t.target()))));
      }
      if (part.target() >= level) {
        partFocus.stream().map(score::topic).filter(t -> Math.max(t.rating(), t.target()) < level)
            .sorted(Comparator.comparingDouble((TopicScore t) -> hours(Math.max(t.rating(), t.target()), level))
                .thenComparingInt(t -> rubric.orderOf(t.id())))
            .forEach(t -> {
              double from = Math.max(t.rating(), t.target());
              tasks.add(new Task(t, Activity.DEPTH, from, level, halves(hours(from, level))));
            });
      }
    }
    return tasks;
  }

  /** Hours of study to climb from one level to another. */
  double hours(double from, double to) {
    return cost.hours(from, to);
  }

  private static int halves(double hours) {
    return (int) Math.ceil(hours * 2 - 1e-9);
  }

  private PlanItem topicItem(Task t, int halves) {
    Topic topic = rubric.topic(t.topic.id());
    String what = t.activity == Activity.STUDY
        ? "Close the gap: from " + level(t.from) + " to the target " + t.to
        : "Take it to depth: from " + level(t.from) + " to " + t.to;
    String description = what + ". Study the " + topic.pointsHeading().toLowerCase(Locale.ROOT)
        + ", then answer the question aloud.";
    return new PlanItem(topic.id(), t.activity, description, topic.points(), topic.question(), halves / 2.0, t.from,
        t.to);
  }

  private static String level(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  /** A practice routine placed in a week. */
  private record Practice(Activity activity, int halves) {}

  private List<Practice> practiceFor(int week, int weeks, int cap) {
    PlanningRules.Practice p = rules.practice();
    List<Practice> wanted = new ArrayList<>();
    if (week > weeks - p.mockInterviewWeeks()) {
      wanted.add(new Practice(Activity.MOCK_INTERVIEW, halves(p.mockInterviewHours())));
    }
    if (week == 1) {
      wanted.add(new Practice(Activity.CASE_STUDIES, halves(p.caseStudyHours())));
    }
    if (week == 2 || (week == 1 && weeks == 1)) {
      wanted.add(new Practice(Activity.ADRS, halves(p.adrHours())));
    }
    wanted.add(new Practice(Activity.PEP_READING, halves(p.pepReadingHours())));
    wanted.add(new Practice(Activity.WHITEBOARD, halves(p.whiteboardHours())));
    if (week % 4 == 0) {
      wanted.add(new Practice(Activity.KATA, halves(p.kataHours())));
    }
    List<Practice> placed = new ArrayList<>();
    int room = cap;
    for (Practice pr : wanted) {
      if (pr.halves() > 0 && pr.halves() <= room) {
        placed.add(pr);
        room -= pr.halves();
      }
    }
    return placed;
  }

  private PlanItem practiceItem(Practice p, String question, Map<String, List<String>> focus) {
    String text;
    switch (p.activity()) {
      case MOCK_INTERVIEW:
        text = "Mock interview: an architecture-focused mock interview with a peer or mentor on your focus topics ("
            + focus.values().stream().flatMap(List::stream).limit(6).collect(Collectors.joining(", "))
            + "); ask for feedback on structure and trade-offs.";
        break;
      case CASE_STUDIES:
        text = "Case studies: write up 3-5 detailed case studies from your own experience, a page each: context,"
            + " decision, trade-offs, outcome.";
        break;
      case ADRS:
        text = "Decision records: write an ADR for each decision in your case studies, following the Architecture"
            + " Decision Framework: " + String.join("; ", rubric.decisionFramework()) + ".";
        break;
      case WHITEBOARD:
        text = "Whiteboard practice: answer " + (question == null ? "one of your focus topics' questions"
            : "\"" + question + "\"") + " aloud, following the System Design Interview Structure: "
            + String.join(" → ", rubric.systemDesignInterview()) + ".";
        break;
      case KATA:
        text = "Architecture kata: " + cadence("monthly", "conduct an architecture kata") + ".";
        break;
      default:
        text = "Reading: " + cadence("weekly", "review Python Enhancement Proposals (PEPs)") + ".";
        break;
    }
    String practised = p.activity() == Activity.WHITEBOARD ? question : null;
    return new PlanItem(null, p.activity(), text, List.of(), practised, p.halves() / 2.0, null, null);
  }

  private String cadence(String id, String fallback) {
    return rubric.continuousLearning().stream().filter(c -> c.cadence().equals(id)).map(Cadence::activity)
        .findFirst().orElse(fallback);
  }

  private String summary(Score score, PlanInputs in, boolean upkeep, double covered, List<String> leftOut,
      int leftHalves, int extraWeeks, double planned, double available, Map<String, List<String>> focus) {
    String hours = fmt(in.hoursPerWeek()) + " h a week";
    StringBuilder s = new StringBuilder();
    if (upkeep) {
      s.append("No gap to the ").append(score.role().title()).append(" target and the depth goals are met: this is"
          + " an upkeep plan of practice and reading, ").append(hours).append('.');
    } else if (leftOut.isEmpty()) {
      s.append("The plan closes every gap to the ").append(score.role().title()).append(" target and takes the"
          + " focus topics to depth in ").append(in.weeks()).append(in.weeks() == 1 ? " week" : " weeks")
          .append(" (").append(fmt(planned)).append(" of ").append(fmt(available)).append(" hours).");
    } else {
      s.append("Time is short: the plan covers ").append(Math.round(covered * 100)).append("% of the gap to the ")
          .append(score.role().title()).append(" target in ").append(in.weeks())
          .append(in.weeks() == 1 ? " week" : " weeks").append(" at ").append(hours).append(". Left out: ")
          .append(leftOut.size()).append(leftOut.size() == 1 ? " topic (" : " topics (")
          .append(String.join(", ", leftOut.subList(0, Math.min(10, leftOut.size()))))
          .append(leftOut.size() > 10 ? ", …" : "").append("), ").append(fmt(leftHalves / 2.0)).append(" hours.");
      if (extraWeeks > 0) {
        s.append(" At ").append(hours).append(", ").append(extraWeeks).append(" more")
            .append(extraWeeks == 1 ? " week" : " weeks").append(" would cover it.");
      } else {
        s.append(" At ").append(hours).append(" there is no room for topic work; more hours are needed.");
      }
    }
    long unrated = score.unratedTopics();
    if (unrated > 0) {
      s.append(' ').append(unrated).append(unrated == 1 ? " topic is" : " topics are")
          .append(" not rated and not planned: rate them to include them.");
    }
    return s.toString();
  }

  static String fmt(double v) {
    return Numbers.hours(v);
  }

  /** How this planner works, in words, with the rubric's own figures: the appendix states it. */
  public String rule() {
    PlanningRules.Practice p = rubric.planning().practice();
    List<String> steps = new ArrayList<>();
    List<Double> hours = rubric.planning().hoursPerLevelStep();
    for (int i = 0; i < hours.size(); i++) {
      steps.add((rubric.scale().min() + i) + "→" + (rubric.scale().min() + i + 1) + ": " + fmt(hours.get(i)));
    }
    int mock = p.mockInterviewWeeks();
    return "Climbing a level costs " + String.join(", ", steps) + " hours for the successive steps of the scale."
        + " The weakest part (most gap points) comes first; within it the focus topics, then the other gaps by"
        + " weighted gap, then depth work. Each week gives at most " + Numbers.percent(p.maxShare()) + " of its"
        + " hours to practice: case studies in week 1, ADRs in week 2, PEP reading and whiteboard practice weekly,"
        + " a kata every fourth week, mock interviews in the last " + (mock == 1 ? "week." : mock + " weeks.");
  }
}
