package dev.readiness.plan;

import dev.readiness.rubric.Rubric;
import dev.readiness.scoring.PartScore;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.Scorer;
import dev.readiness.scoring.TopicScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The topic work of a plan, in the order it is done: the optimal level steps, part by part in the
 * order of need, then depth work on the focus topics, then a start on further steps with the
 * half-hours no whole step fits.
 */
final class PlanTasks {
  private final Rubric rubric;
  private final StudyCost cost;
  private final Score score;
  private final Map<String, Double> perLevel;
  private final Map<String, Double> toLeaveNotReady = new LinkedHashMap<>();
  private final List<String> partOrder;

  PlanTasks(Rubric rubric, StudyCost cost, Scorer scorer, Score score) {
    this.rubric = rubric;
    this.cost = cost;
    this.score = score;
    this.perLevel = scorer.indexPerLevel(score);
    score.parts().forEach(p -> toLeaveNotReady.put(p.id(), scorer.levelsToLeaveNotReady(p)));
    this.partOrder = scorer.partsByNeed(score).stream().map(PartScore::id).toList();
  }

  /**
   * The work to schedule within the weeks' topic rooms. The weeks are filled in order with no hour
   * idle, so the chosen steps always fit; the check stays as a guard, choosing again with the hours
   * that did not fit taken off, so that every chosen step is done by the interview and the
   * projection is exactly the optimum for its hours.
   */
  List<WeekScheduler.Task> tasks(
      List<TopicScore> gaps, Map<String, List<String>> focus, List<Integer> rooms) {
    StepOptimizer optimizer = new StepOptimizer(cost);
    int total = rooms.stream().mapToInt(Integer::intValue).sum();
    int budget = total;
    while (true) {
      Map<String, StepOptimizer.Option> chosen =
          optimizer.choose(gaps, perLevel, budget, toLeaveNotReady);
      List<WeekScheduler.Task> study = study(chosen);
      List<WeekScheduler.Task> tasks = new ArrayList<>(study);
      Map<String, Double> reached = new LinkedHashMap<>();
      chosen.forEach((id, o) -> reached.put(id, o.level()));
      int room = total - tasks.stream().mapToInt(t -> t.total).sum();
      for (WeekScheduler.Task t : depth(focus, reached)) {
        if (t.total <= room) {
          tasks.add(t);
          room -= t.total;
        }
      }
      tasks.addAll(headStarts(chosen, room));
      WeekScheduler trial = new WeekScheduler(tasks);
      rooms.forEach(trial::week);
      int unplaced = study.stream().mapToInt(t -> t.left).sum();
      tasks.forEach(t -> t.left = t.total);
      if (unplaced == 0 || budget == 0) {
        return tasks;
      }
      budget = Math.max(0, budget - unplaced);
    }
  }

  /** The parts of the topic work in the order the plan takes them up. */
  List<String> startParts(List<WeekScheduler.Task> tasks) {
    Set<String> parts = new LinkedHashSet<>();
    tasks.forEach(t -> parts.add(score.topic(t.topic).part()));
    return List.copyOf(parts);
  }

  /**
   * The chosen steps as tasks: part by part in the order of need, the most index gained per hour
   * first within.
   */
  private List<WeekScheduler.Task> study(Map<String, StepOptimizer.Option> chosen) {
    List<WeekScheduler.Task> tasks = new ArrayList<>();
    chosen.forEach(
        (id, o) -> {
          if (o.halves() > 0) {
            tasks.add(
                new WeekScheduler.Task(
                    id, Activity.STUDY, score.topic(id).rating(), o.level(), o.halves()));
          }
        });
    tasks.sort(
        byPart()
            .thenComparingDouble(
                (WeekScheduler.Task t) -> -perLevel.get(t.topic) * (t.to - t.from) / t.total)
            .thenComparingInt(t -> rubric.orderOf(t.topic)));
    return tasks;
  }

  private Comparator<WeekScheduler.Task> byPart() {
    return Comparator.comparingInt(t -> partOrder.indexOf(score.topic(t.topic).part()));
  }

  /**
   * With hours still left that no whole step fits, a start on the next steps of the topics worth
   * most per hour, step after step while hours remain (a half-hour too: the weeks take a last
   * half-hour): progress the projection does not count (a step begun is not climbed), but no hour
   * is left idle while a gap remains.
   */
  private List<WeekScheduler.Task> headStarts(Map<String, StepOptimizer.Option> chosen, int room) {
    List<WeekScheduler.Task> out = new ArrayList<>();
    Map<String, Double> at = new LinkedHashMap<>();
    chosen.forEach((id, o) -> at.put(id, o.level()));
    while (room > 0) {
      TopicScore best =
          at.keySet().stream()
              .map(score::topic)
              .filter(t -> at.get(t.id()) < t.target())
              .min(
                  Comparator.comparingDouble(
                          (TopicScore t) ->
                              -perLevel.getOrDefault(t.id(), 0.0)
                                  / cost.hours(at.get(t.id()), Math.floor(at.get(t.id())) + 1))
                      .thenComparingInt(t -> rubric.orderOf(t.id())))
              .orElse(null);
      if (best == null) {
        break;
      }
      double from = at.get(best.id());
      double to = Math.floor(from) + 1;
      int step = StepOptimizer.halves(cost.hours(from, to));
      int halves = Math.min(room, step);
      out.add(new WeekScheduler.Task(best.id(), Activity.STUDY, from, to, halves));
      room -= halves;
      at.put(best.id(), to);
    }
    return out;
  }

  /**
   * Focus topics taken from where they will stand up to the depth level, where the role asks for
   * that depth.
   */
  List<WeekScheduler.Task> depth(Map<String, List<String>> focus, Map<String, Double> reached) {
    int level = rubric.depthAdvice().level();
    List<WeekScheduler.Task> tasks = new ArrayList<>();
    for (PartScore part : score.parts()) {
      if (part.target() < level) {
        continue;
      }
      for (String id : focus.get(part.id())) {
        TopicScore t = score.topic(id);
        double from = reached.getOrDefault(id, t.rating());
        // depth work starts once the topic is at its target: a topic still short of it is not taken
        // further
        if (from >= t.target() && from < level) {
          tasks.add(
              new WeekScheduler.Task(
                  id, Activity.DEPTH, from, level, StepOptimizer.halves(cost.hours(from, level))));
        }
      }
    }
    tasks.sort(
        byPart()
            .thenComparingInt((WeekScheduler.Task t) -> t.total)
            .thenComparingInt(t -> rubric.orderOf(t.topic)));
    return tasks;
  }
}
