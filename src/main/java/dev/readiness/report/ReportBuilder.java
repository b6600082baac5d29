package dev.readiness.report;

import dev.readiness.assessment.Assessment;
import dev.readiness.calibration.Calibration;
import dev.readiness.calibration.Calibrator;
import dev.readiness.plan.PlanInputsResolver;
import dev.readiness.plan.Planner;
import dev.readiness.plan.StudyPlan;
import dev.readiness.problem.Location;
import dev.readiness.problem.Problem;
import dev.readiness.progress.Progress;
import dev.readiness.progress.ProgressTracker;
import dev.readiness.rubric.Role;
import dev.readiness.rubric.Rubric;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.Scorer;
import dev.readiness.text.Names;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Groups assessments by candidate and date and computes each candidate's report. */
public final class ReportBuilder {
  private final Rubric rubric;
  private final Scorer scorer;
  private final Planner planner;
  private final Calibrator calibrator;

  public ReportBuilder(Rubric rubric) {
    this.rubric = rubric;
    this.scorer = new Scorer(rubric);
    this.planner = new Planner(rubric);
    this.calibrator = new Calibrator(rubric);
  }

  /** All assessments of one candidate, by date, oldest first. */
  public record History(String key, TreeMap<LocalDate, List<Assessment>> byDate) {
    public Map.Entry<LocalDate, List<Assessment>> latest() {
      return byDate.lastEntry();
    }
  }

  /**
   * Groups by candidate (ID, else normalised name) and date, in the order candidates first appear.
   */
  public static List<History> group(List<Assessment> assessments) {
    Map<String, History> byCandidate = new LinkedHashMap<>();
    for (Assessment a : assessments) {
      History h =
          byCandidate.computeIfAbsent(a.candidate().key(), k -> new History(k, new TreeMap<>()));
      h.byDate().computeIfAbsent(a.date(), d -> new ArrayList<>()).add(a);
    }
    byCandidate
        .values()
        .forEach(
            h ->
                h.byDate()
                    .values()
                    .forEach(list -> list.sort(Comparator.comparing(Assessment::source))));
    return new ArrayList<>(byCandidate.values());
  }

  /**
   * Every panel rater's leniency over all the candidates and dates of a run that have several
   * raters.
   */
  public LeniencyPool leniency(List<History> histories) {
    return leniency(histories, "this run's workbooks", false);
  }

  /**
   * Every panel rater's leniency over all the candidates and dates that have several raters, the
   * panel history's included.
   *
   * @param from where the histories were found, in words
   */
  public LeniencyPool leniency(List<History> histories, String from) {
    return leniency(histories, from, true);
  }

  private LeniencyPool leniency(List<History> histories, String from, boolean history) {
    List<Calibration> all = new ArrayList<>();
    List<String> panels = new ArrayList<>();
    int topics = 0;
    for (History h : histories) {
      for (List<Assessment> raters : h.byDate().values()) {
        if (raters.size() > 1) {
          Calibrator.Result r = calibrator.calibrate(raters, Map.of());
          if (r.calibration() != null) {
            all.add(r.calibration());
            Assessment c = r.calibration().consensus();
            panels.add(Names.withId(c.candidate().name(), c.candidate().id()) + " on " + c.date());
            topics +=
                (int) r.calibration().topics().stream().filter(t -> t.panel().size() > 1).count();
          }
        }
      }
    }
    return new LeniencyPool(Calibrator.leniency(all), panels, topics, from, history);
  }

  /** One candidate's report, or the problems that prevent it. */
  public record Result(CandidateReport report, List<Problem> problems) {}

  public Result buildOne(History history, ReportOptions options, LeniencyPool leniency) {
    Map.Entry<LocalDate, List<Assessment>> latest = history.latest();
    List<Assessment> raters = latest.getValue();
    Calibration calibration = null;
    Assessment a = raters.get(0);
    if (options.audience() == ReportOptions.Audience.PANEL && raters.size() < 2) {
      return new Result(null, List.of(noPanel(a)));
    }
    if (raters.size() > 1) {
      Calibrator.Result c = calibrator.calibrate(raters, leniency.byRater(), true);
      if (c.calibration() == null) {
        return new Result(null, c.problems());
      }
      calibration = c.calibration();
      a = calibration.consensus();
    }
    List<Problem> problems = new ArrayList<>();
    Role role = scorer.roleFor(a, options.role());
    Score score = scorer.score(a, role);
    PlanInputsResolver.Result inputs =
        PlanInputsResolver.resolve(a, options.weeks(), options.hours(), options.studyDays());
    if (!inputs.ok()) {
      return new Result(null, inputs.problems());
    }
    StudyPlan plan = planner.plan(a, score, inputs.inputs());
    List<String> sources = raters.stream().map(x -> Names.fileName(x.source())).toList();
    Progress progress =
        history.byDate().size() < 2 ? null : progress(history, role, a, score, problems);
    return new Result(
        CandidateReport.of(
            rubric,
            a,
            latest.getKey(),
            sources,
            score,
            plan,
            calibration,
            progress,
            planner.rule(),
            leniency,
            options.audience()),
        problems);
  }

  /** A packet for a hiring panel needs a panel: one workbook is one person's view. */
  private static Problem noPanel(Assessment a) {
    return Problem.error(
        a.source(),
        Location.FILE,
        "--for panel makes a hiring panel's packet, but "
            + a.candidate().name()
            + " has one rater's workbook on "
            + a.date()
            + " ("
            + (a.rater().isBlank() ? a.raterRole().label() : a.rater())
            + "), not a panel's; put each panel rater's workbook for that date in the run, or"
            + " leave out --for panel");
  }

  /**
   * Every dated assessment scored against the latest's role; an earlier date that cannot be used is
   * skipped.
   */
  private Progress progress(
      History history, Role role, Assessment latest, Score latestScore, List<Problem> problems) {
    List<ProgressTracker.Dated> dated = new ArrayList<>();
    for (Map.Entry<LocalDate, List<Assessment>> e :
        history.byDate().headMap(history.latest().getKey()).entrySet()) {
      Assessment a = e.getValue().get(0);
      if (e.getValue().size() > 1) {
        Calibrator.Result c = calibrator.calibrate(e.getValue(), Map.of());
        if (c.calibration() == null) {
          c.problems()
              .forEach(
                  p ->
                      problems.add(
                          Problem.warning(
                              p.file(),
                              p.location(),
                              p.message() + "; this date is left out of the progress")));
          continue;
        }
        a = c.calibration().consensus();
      }
      Score s = scorer.score(a, role);
      dated.add(new ProgressTracker.Dated(a, s, e.getValue().size(), focusOf(s)));
    }
    if (dated.isEmpty()) {
      return null;
    }
    dated.add(
        new ProgressTracker.Dated(
            latest, latestScore, history.latest().getValue().size(), focusOf(latestScore)));
    return new ProgressTracker(rubric).track(dated);
  }

  private List<String> focusOf(Score s) {
    return planner.followUp(s);
  }
}
