package dev.readiness.plan;

import static dev.readiness.testing.Fixtures.RUBRIC;

import dev.readiness.scoring.Score;
import dev.readiness.scoring.Scorer;
import dev.readiness.scoring.TopicScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the planner is measured against in the tests, each written the plain way: every choice of
 * levels (brute force, for small cases), and a greedy plan that takes the step worth most per hour
 * while one fits.
 */
final class Baselines {
  private static final StudyCost COST = new StudyCost(RUBRIC);
  private static final Scorer SCORER = new Scorer(RUBRIC);

  private Baselines() {}

  /** A choice of levels for every rated topic, and the half-hours its steps cost. */
  record Choice(Map<String, Double> levels, int halves) {}

  /** Every choice of whole steps for the topics below target (the others stay where they are). */
  static List<Choice> everyChoice(Score score) {
    List<TopicScore> gaps =
        score.topics().stream().filter(t -> t.gap() != null && t.gap() > 0).toList();
    int[] steps = new int[gaps.size()];
    List<Choice> out = new ArrayList<>();
    while (true) {
      Map<String, Double> levels = new LinkedHashMap<>();
      score.topics().stream()
          .filter(TopicScore::rated)
          .forEach(t -> levels.put(t.id(), t.rating()));
      int halves = 0;
      for (int i = 0; i < gaps.size(); i++) {
        TopicScore t = gaps.get(i);
        double level = steps[i] == 0 ? t.rating() : Math.floor(t.rating()) + steps[i];
        levels.put(t.id(), level);
        halves += StepOptimizer.halves(COST.hours(t.rating(), level));
      }
      out.add(new Choice(levels, halves));
      int i = 0;
      while (i < gaps.size()
          && Math.floor(gaps.get(i).rating()) + steps[i] + 1 > gaps.get(i).target()) {
        steps[i++] = 0;
      }
      if (i == gaps.size()) {
        return out;
      }
      steps[i]++;
    }
  }

  /**
   * The levels a greedy plan reaches within a budget: the best gain per hour first, a step at a
   * time.
   */
  static Map<String, Double> greedy(Score score, int budget) {
    Map<String, Double> levels = new HashMap<>();
    score.topics().stream().filter(TopicScore::rated).forEach(t -> levels.put(t.id(), t.rating()));
    Map<String, Double> perLevel = SCORER.indexPerLevel(score);
    while (true) {
      TopicScore best = null;
      double bestRate = 0;
      int bestCost = 0;
      for (TopicScore t : score.topics()) {
        Double now = levels.get(t.id());
        if (now == null || now >= t.target()) {
          continue;
        }
        double next = Math.floor(now) + 1;
        int halves = StepOptimizer.halves(COST.hours(now, next));
        double rate = perLevel.get(t.id()) * (next - now) / halves;
        if (halves <= budget && rate > bestRate + 1e-12) {
          best = t;
          bestRate = rate;
          bestCost = halves;
        }
      }
      if (best == null) {
        return levels;
      }
      levels.put(best.id(), Math.floor(levels.get(best.id())) + 1);
      budget -= bestCost;
    }
  }
}
