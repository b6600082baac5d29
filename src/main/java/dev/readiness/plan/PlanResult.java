package dev.readiness.plan;

import dev.readiness.assessment.Assessment;
import dev.readiness.rubric.Rubric;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.Scorer;
import dev.readiness.scoring.TopicScore;
import dev.readiness.text.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the scheduled plan achieves, counted from the weeks as laid out: the levels reached (whole
 * steps only), the projected score, what is left out or left unfinished with its hours, and the
 * sentences that say so.
 */
final class PlanResult {
  private final Rubric rubric;
  private final StudyCost cost;
  private final Scorer scorer;

  PlanResult(Rubric rubric, StudyCost cost, Scorer scorer) {
    this.rubric = rubric;
    this.cost = cost;
    this.scorer = scorer;
  }

  StudyPlan of(
      Assessment a,
      Score score,
      PlanInputs inputs,
      Map<String, List<String>> focus,
      boolean upkeep,
      List<WeekScheduler.Task> tasks,
      List<Week> weeks,
      List<String> startParts) {
    Map<String, Double> projected = projected(score, tasks);
    Score after = scorer.score(a.withTopicRatings(projected), score.role());
    Map<String, Double> coverage = new LinkedHashMap<>();
    after.parts().forEach(p -> coverage.put(p.id(), p.coverage()));
    List<TopicScore> gaps = score.largestGaps();
    Shortfall shortfall = shortfall(gaps, tasks, projected);
    double totalGap = gaps.stream().mapToDouble(t -> cost.hours(t.rating(), t.target())).sum();
    double left = shortfall.leftOutHours() + shortfall.unfinished();
    double covered = totalGap == 0 ? 1.0 : (totalGap - left) / totalGap;
    double planned = weeks.stream().mapToDouble(Week::hours).sum();
    double available = weeks.stream().mapToDouble(Week::available).sum();
    int extraWeeks = extraWeeks(a, inputs, left);
    StudyPlan draft =
        new StudyPlan(
            inputs,
            available,
            planned,
            covered,
            Math.max(0, extraWeeks),
            focus,
            shortfall.leftOut(),
            shortfall.leftOutHours(),
            shortfall.partly(),
            shortfall.unfinished(),
            startParts,
            planned == 0 ? 0 : practiceHours(weeks) / planned,
            "",
            upkeep,
            weeks,
            projected,
            after.readinessIndex(),
            after.verdict(),
            coverage,
            "");
    String summary = new PlanWords(rubric, score).summary(draft, extraWeeks);
    double practice = practiceHours(weeks);
    return draft.withWords(summary, achieves(score, after, planned - practice, practice));
  }

  /**
   * The gaps the plan does not close: topics it never starts, with the hours they need, and topics
   * it starts but leaves short of target.
   */
  private record Shortfall(
      List<String> leftOut, double leftOutHours, List<StudyPlan.PartlyPlanned> partly) {
    double unfinished() {
      return partly.stream().mapToDouble(StudyPlan.PartlyPlanned::hoursLeft).sum();
    }
  }

  /** Every rated topic's level once the scheduled tasks are done. */
  private Map<String, Double> projected(Score score, List<WeekScheduler.Task> tasks) {
    Map<String, Double> projected = new LinkedHashMap<>();
    score.topics().stream()
        .filter(TopicScore::rated)
        .forEach(t -> projected.put(t.id(), t.rating()));
    for (WeekScheduler.Task t : tasks) {
      // a later task on a topic counts only where the earlier ones reached its starting level
      if (projected.get(t.topic) >= t.from - 1e-9) {
        projected.merge(t.topic, levelAfter(t), Math::max);
      }
    }
    return projected;
  }

  private Shortfall shortfall(
      List<TopicScore> gaps, List<WeekScheduler.Task> tasks, Map<String, Double> projected) {
    Set<String> touched = new LinkedHashSet<>();
    tasks.stream().filter(t -> t.done() > 0).forEach(t -> touched.add(t.topic));
    List<String> leftOut = new ArrayList<>();
    double leftOutHours = 0;
    List<StudyPlan.PartlyPlanned> partly = new ArrayList<>();
    for (TopicScore t : gaps) {
      double to = projected.get(t.id());
      if (!touched.contains(t.id())) {
        leftOut.add(t.id());
        leftOutHours += cost.hours(t.rating(), t.target());
      } else if (to < t.target()) {
        // the hours a begun step has had count toward what is left
        double begun =
            tasks.stream()
                    .filter(x -> x.topic.equals(t.id()) && x.from >= to - 1e-9)
                    .mapToInt(WeekScheduler.Task::done)
                    .sum()
                / 2.0;
        partly.add(
            new StudyPlan.PartlyPlanned(
                t.id(),
                t.rating(),
                to,
                t.target(),
                Math.max(0, cost.hours(to, t.target()) - begun)));
      }
    }
    return new Shortfall(leftOut, leftOutHours, partly);
  }

  /** The weeks' hours that are not topic study: practice. */
  private static double practiceHours(List<Week> weeks) {
    return weeks.stream()
        .mapToDouble(
            w ->
                w.hours()
                    - w.items().stream()
                        .filter(i -> i.topic() != null)
                        .mapToDouble(PlanItem::hours)
                        .sum())
        .sum();
  }

  /**
   * How many more weeks at these hours would cover the hours left: 0 when none are, -1 when
   * practice leaves no room for topic work.
   */
  private int extraWeeks(Assessment a, PlanInputs inputs, double left) {
    int perWeek = (int) Math.floor(inputs.hoursPerWeek() * 2 + 1e-9);
    int topicRoom = perWeek - new Practice(rubric, a).cap(perWeek, false);
    return left <= 0
        ? 0
        : topicRoom <= 0 ? -1 : (int) Math.ceil(StepOptimizer.halves(left) / (double) topicRoom);
  }

  /**
   * "Following this plan (25.5 h of topic study, 10.5 h of practice) takes the index from 72.5 to
   * 84.0 (…)": the topic hours said, since role fit's "Ready in about 30 h" counts topic study
   * only; empty with no index.
   */
  private static String achieves(Score score, Score after, double topics, double practice) {
    if (score.readinessIndex() == null) {
      return "";
    }
    String hours =
        " ("
            + Numbers.hours(topics)
            + " h of topic study, "
            + Numbers.hours(practice)
            + " h of practice)";
    String verdict =
        " ("
            + score.verdict().label()
            + (after.verdict() == score.verdict() ? "" : " → " + after.verdict().label())
            + ").";
    String before = Numbers.index(score.readinessIndex());
    String then = Numbers.index(after.readinessIndex());
    return before.equals(then)
        ? "Following this plan" + hours + " keeps the index at " + before + verdict
        : "Following this plan"
            + hours
            + " takes the index from "
            + before
            + " to "
            + then
            + verdict;
  }

  /**
   * The level a task's scheduled half-hours reach: only whole steps count, a step begun is not yet
   * climbed.
   */
  private double levelAfter(WeekScheduler.Task t) {
    double reached = t.from;
    for (double level = Math.floor(t.from) + 1; level <= t.to; level++) {
      if (StepOptimizer.halves(cost.hours(t.from, level)) <= t.done()) {
        reached = level;
      }
    }
    return reached;
  }
}
