package dev.readiness.calibration;

import java.util.Collection;

/**
 * Krippendorff's alpha for any number of raters, with missing values, following "Computing
 * Krippendorff's Alpha-Reliability" (2011): from the coincidence matrix, α = 1 − (n − 1) Σ o_ck
 * δ²_ck / Σ n_c n_k δ²_ck.
 */
public final class Krippendorff {
  private Krippendorff() {}

  /**
   * Krippendorff's alpha of the units under the metric.
   *
   * @param units one collection of values per unit (topic): the ratings it received, missing ones
   *     left out
   */
  public static Alpha alpha(Collection<? extends Collection<Double>> units, Metric metric) {
    Coincidences co = Coincidences.of(units);
    int pairable = pairable(units);
    if (pairable < 2) {
      return Alpha.undefined(NO_PAIRS, pairable);
    }
    double[][] d = co.distances(metric);
    double expected = co.expected(d);
    if (expected == 0) {
      return Alpha.undefined(NO_VARIATION, pairable);
    }
    return new Alpha(1 - (co.n() - 1) * co.observed(d) / expected, null, pairable);
  }

  static final String NO_PAIRS = "no topic was rated by two or more raters";
  static final String NO_VARIATION =
      "every rating is the same, so there is no variation to agree on";

  /** How many values are in units with two or more: the values alpha is computed over. */
  static int pairable(Collection<? extends Collection<Double>> units) {
    return units.stream().mapToInt(Collection::size).filter(m -> m >= 2).sum();
  }
}
