package dev.readiness.plan;

import dev.readiness.scoring.TopicScore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses how far to take each topic so that the projected readiness index is as high as the hours allow. The
 * index is a sum over topics of (level reached, capped at the target) times a per-topic weight, so this is a
 * multiple-choice knapsack: each topic picks one level from its rating up to its target, at the hours those level
 * steps cost, within a budget of half-hours. It is solved exactly by dynamic programming over half-hours, O(topics
 * × budget × steps). Ties (equal index) keep the earlier topics in the guide's order the further ones: a later topic
 * only takes a step where that is strictly better.
 */
final class StepOptimizer {
  private static final double EPSILON = 1e-9;

  private final StudyCost cost;

  StepOptimizer(StudyCost cost) {
    this.cost = cost;
  }

  /** One level a topic can be taken to, with its cost in half-hours and its index gain. */
  record Option(double level, int halves, double gain) {}

  /** The options of a topic below its target: staying, then each level step up to the target. */
  List<Option> options(TopicScore t, double perLevel) {
    List<Option> out = new ArrayList<>();
    out.add(new Option(t.rating(), 0, 0));
    double level = Math.floor(t.rating()) + 1;
    for (; level <= t.target(); level++) {
      out.add(new Option(level, halves(cost.hours(t.rating(), level)), perLevel * (level - t.rating())));
    }
    return out;
  }

  /** Half-hours a number of hours takes, rounded up. */
  static int halves(double hours) {
    return (int) Math.ceil(hours * 2 - 1e-9);
  }

  /**
   * The level each topic is taken to, within {@code budget} half-hours, maximising the summed gain.
   *
   * @param topics the rated topics below their target, in the guide's order
   * @param perLevel each topic's index points per level
   */
  Map<String, Option> choose(List<TopicScore> topics, Map<String, Double> perLevel, int budget) {
    List<List<Option>> options = new ArrayList<>();
    int most = 0;
    for (TopicScore t : topics) {
      List<Option> o = options(t, perLevel.getOrDefault(t.id(), 0.0));
      options.add(o);
      most += o.get(o.size() - 1).halves();
    }
    int cap = Math.max(0, Math.min(budget, most));
    double[] best = new double[cap + 1];
    byte[][] pick = new byte[topics.size()][cap + 1];
    for (int i = 0; i < topics.size(); i++) {
      List<Option> o = options.get(i);
      double[] next = best.clone();
      for (int b = 0; b <= cap; b++) {
        for (int k = 1; k < o.size(); k++) {
          int c = o.get(k).halves();
          if (c <= b && best[b - c] + o.get(k).gain() > next[b] + EPSILON) {
            next[b] = best[b - c] + o.get(k).gain();
            pick[i][b] = (byte) k;
          }
        }
      }
      best = next;
    }
    int b = cap;
    // the smallest budget that reaches the best value: hours left over go to depth work, not to nothing
    while (b > 0 && best[b - 1] >= best[cap] - EPSILON) {
      b--;
    }
    Map<String, Option> chosen = new LinkedHashMap<>();
    for (int i = topics.size() - 1; i >= 0; i--) {
      Option o = options.get(i).get(pick[i][b]);
      chosen.put(topics.get(i).id(), o);
      b -= o.halves();
    }
    Map<String, Option> ordered = new LinkedHashMap<>();
    topics.forEach(t -> ordered.put(t.id(), chosen.get(t.id())));
    return ordered;
  }
}
