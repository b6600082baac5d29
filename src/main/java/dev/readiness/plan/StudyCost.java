package dev.readiness.plan;

import dev.readiness.rubric.Rubric;
import java.util.List;

/** What climbing the scale costs in study hours, from the rubric's hours per level step. */
public final class StudyCost {
  private final int min;
  private final List<Double> steps;

  public StudyCost(Rubric rubric) {
    this.min = rubric.scale().min();
    this.steps = rubric.planning().hoursPerLevelStep();
  }

  /**
   * Hours of study to climb from one level to another, a fraction of a step counting pro rata; 0
   * going down.
   */
  public double hours(double from, double to) {
    double total = 0;
    for (int i = 0; i < steps.size(); i++) {
      double lo = min + i;
      double overlap = Math.min(to, lo + 1) - Math.max(from, lo);
      if (overlap > 0) {
        total += overlap * steps.get(i);
      }
    }
    return total;
  }
}
