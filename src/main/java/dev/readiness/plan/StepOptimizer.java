package dev.readiness.plan;

import dev.readiness.scoring.TopicScore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses how far to take each topic so that the projected readiness index is as high as the hours
 * allow. The index is a sum over topics of (level reached, capped at the target) times a per-topic
 * weight, so this is a multiple-choice knapsack: each topic picks one level from its rating up to
 * its target, at the hours those level steps cost, within a budget of half-hours. It is solved
 * exactly by dynamic programming over half-hours, O(topics × budget × steps). Ties (equal index) go
 * to the choice that leaves fewer parts not ready, then keep the earlier topics in the guide's
 * order the further ones: a later topic only takes a step where that is strictly better.
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
      out.add(
          new Option(
              level, halves(cost.hours(t.rating(), level)), perLevel * (level - t.rating())));
    }
    return out;
  }

  /** Half-hours a number of hours takes, rounded up. */
  static int halves(double hours) {
    return (int) Math.ceil(hours * 2 - 1e-9);
  }

  /**
   * The level each topic is taken to, within {@code budget} half-hours: the highest summed gain;
   * among choices of equal gain, the one that leaves the fewest parts not ready; then the earlier
   * topics in the guide's order.
   *
   * <p>The index gain and a part's status both depend only on the levels its topics climb in all,
   * so each part is first solved on its own (the most levels for every budget), and the parts are
   * then combined over the budget, trying for each part only the budgets at which its levels go up.
   *
   * @param topics the rated topics below their target, in the guide's order
   * @param perLevel each topic's index points per level
   * @param toLeaveNotReady per part, the levels its topics must climb in all for it to stop being
   *     "not ready" (0 when it is not)
   */
  Map<String, Option> choose(
      List<TopicScore> topics,
      Map<String, Double> perLevel,
      int budget,
      Map<String, Double> toLeaveNotReady) {
    Map<String, List<TopicScore>> byPart = new LinkedHashMap<>();
    topics.forEach(t -> byPart.computeIfAbsent(t.part(), k -> new ArrayList<>()).add(t));
    List<PartChoice> parts = new ArrayList<>();
    int most = 0;
    for (Map.Entry<String, List<TopicScore>> e : byPart.entrySet()) {
      PartChoice pc = new PartChoice(e.getValue(), perLevel);
      parts.add(pc);
      most += pc.most;
    }
    int cap = Math.max(0, Math.min(budget, most));
    parts.forEach(pc -> pc.solve(cap));
    // best[b]: the highest gain within b half-hours, and the fewest parts then left not ready
    double[] gain = new double[cap + 1];
    int[] notReady = new int[cap + 1];
    int[][] spend = new int[parts.size()][cap + 1];
    for (int i = 0; i < parts.size(); i++) {
      PartChoice pc = parts.get(i);
      double need = toLeaveNotReady.getOrDefault(pc.part, 0.0);
      double[] nextGain = new double[cap + 1];
      int[] nextNotReady = new int[cap + 1];
      for (int b = 0; b <= cap; b++) {
        nextGain[b] = Double.NEGATIVE_INFINITY;
        for (int c : pc.steps) {
          if (c > b) {
            break;
          }
          double g = gain[b - c] + pc.gain[c];
          int n = notReady[b - c] + (pc.levels[c] < need - EPSILON ? 1 : 0);
          if (g > nextGain[b] + EPSILON || (g > nextGain[b] - EPSILON && n < nextNotReady[b])) {
            nextGain[b] = g;
            nextNotReady[b] = n;
            spend[i][b] = c;
          }
        }
      }
      gain = nextGain;
      notReady = nextNotReady;
    }
    int b = cap;
    // the smallest budget that reaches the best: hours left over go to depth work, not to nothing
    while (b > 0 && gain[b - 1] >= gain[cap] - EPSILON && notReady[b - 1] <= notReady[cap]) {
      b--;
    }
    Map<String, Option> chosen = new LinkedHashMap<>();
    for (int i = parts.size() - 1; i >= 0; i--) {
      int c = spend[i][b];
      chosen.putAll(parts.get(i).chosen(c));
      b -= c;
    }
    Map<String, Option> ordered = new LinkedHashMap<>();
    topics.forEach(t -> ordered.put(t.id(), chosen.get(t.id())));
    return ordered;
  }

  /**
   * The fewest half-hours whose level steps gain at least {@code gain} index points and take every
   * part to at least the levels it needs ({@code toLeaveNotReady}), with the levels chosen; null
   * when no choice does. Within a part the gain is proportional to the levels climbed, so each
   * part's best for a budget serves both conditions.
   */
  Map<String, Option> cheapestReaching(
      List<TopicScore> topics,
      Map<String, Double> perLevel,
      double gain,
      Map<String, Double> toLeaveNotReady) {
    Map<String, List<TopicScore>> byPart = new LinkedHashMap<>();
    topics.forEach(t -> byPart.computeIfAbsent(t.part(), k -> new ArrayList<>()).add(t));
    List<PartChoice> parts = new ArrayList<>();
    int cap = 0;
    for (List<TopicScore> ts : byPart.values()) {
      PartChoice pc = new PartChoice(ts, perLevel);
      parts.add(pc);
      cap += pc.most;
    }
    for (PartChoice pc : parts) {
      pc.solve(cap);
    }
    double[] best = new double[cap + 1];
    int[][] spend = new int[parts.size()][cap + 1];
    for (int i = 0; i < parts.size(); i++) {
      PartChoice pc = parts.get(i);
      double need = toLeaveNotReady.getOrDefault(pc.part, 0.0);
      double[] next = new double[cap + 1];
      java.util.Arrays.fill(next, Double.NEGATIVE_INFINITY);
      for (int b = 0; b <= cap; b++) {
        for (int c : pc.steps) {
          if (c > b) {
            break;
          }
          if (pc.levels[c] >= need - EPSILON && best[b - c] + pc.gain[c] > next[b] + EPSILON) {
            next[b] = best[b - c] + pc.gain[c];
            spend[i][b] = c;
          }
        }
      }
      best = next;
    }
    int b = 0;
    while (b <= cap && best[b] < gain - EPSILON) {
      b++;
    }
    if (b > cap) {
      return null;
    }
    Map<String, Option> chosen = new LinkedHashMap<>();
    for (int i = parts.size() - 1; i >= 0; i--) {
      int c = spend[i][b];
      chosen.putAll(parts.get(i).chosen(c));
      b -= c;
    }
    return chosen;
  }

  /**
   * One part's topics: for every budget, the levels they climb at most and the gain, by dynamic
   * programming over half-hours; ties keep the earlier topics further.
   */
  private final class PartChoice {
    final String part;
    final int most;
    private final List<TopicScore> topics;
    private final List<List<Option>> options = new ArrayList<>();
    double[] gain;
    double[] levels;

    /**
     * The budgets at which the gain goes up (0 first): the only ones worth trying when parts are
     * combined.
     */
    final List<Integer> steps = new ArrayList<>();

    private byte[][] pick;

    PartChoice(List<TopicScore> topics, Map<String, Double> perLevel) {
      this.topics = topics;
      this.part = topics.get(0).part();
      int m = 0;
      for (TopicScore t : topics) {
        List<Option> o = options(t, perLevel.getOrDefault(t.id(), 0.0));
        options.add(o);
        m += o.get(o.size() - 1).halves();
      }
      this.most = m;
    }

    void solve(int cap) {
      int top = Math.min(cap, most);
      gain = new double[cap + 1];
      levels = new double[cap + 1];
      pick = new byte[topics.size()][top + 1];
      double[] best = new double[top + 1];
      double[] climbed = new double[top + 1];
      for (int i = 0; i < topics.size(); i++) {
        List<Option> o = options.get(i);
        double[] next = best.clone();
        double[] nextClimbed = climbed.clone();
        for (int b = 0; b <= top; b++) {
          for (int k = 1; k < o.size(); k++) {
            int c = o.get(k).halves();
            if (c <= b && best[b - c] + o.get(k).gain() > next[b] + EPSILON) {
              next[b] = best[b - c] + o.get(k).gain();
              nextClimbed[b] = climbed[b - c] + o.get(k).level() - o.get(0).level();
              pick[i][b] = (byte) k;
            }
          }
        }
        best = next;
        climbed = nextClimbed;
      }
      for (int b = 0; b <= cap; b++) {
        gain[b] = best[Math.min(b, top)];
        levels[b] = climbed[Math.min(b, top)];
        if (b == 0 || gain[b] > gain[b - 1] + EPSILON) {
          steps.add(b);
        }
      }
    }

    /** The level of each of the part's topics for the budget spent on the part. */
    Map<String, Option> chosen(int spent) {
      Map<String, Option> out = new LinkedHashMap<>();
      int b = Math.min(spent, pick.length == 0 ? 0 : pick[0].length - 1);
      for (int i = topics.size() - 1; i >= 0; i--) {
        Option o = options.get(i).get(pick[i][b]);
        out.put(topics.get(i).id(), o);
        b -= o.halves();
      }
      return out;
    }
  }
}
