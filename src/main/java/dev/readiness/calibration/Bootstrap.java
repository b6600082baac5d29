package dev.readiness.calibration;

import java.util.Arrays;
import java.util.Collection;
import java.util.Random;

/**
 * Bootstrap confidence intervals for Krippendorff's alpha, by the algorithm of Hayes &amp;
 * Krippendorff (2007), "Answering the call for a standard reliability measure for coding data", and
 * Krippendorff's "Algorithm for bootstrapping a distribution of alpha": the pairs of pairable
 * values are resampled from the coincidence matrix (not the units), the expected disagreement and
 * the metric's distances stay those of the data, and each resample gives α* = 1 − (Σ δ² over the M
 * drawn pairs) / (M · D_e).
 *
 * <p>The one home of the resample count, the seed and the level: every interval a report prints
 * comes from these, so the same ratings always give the same interval.
 */
public final class Bootstrap {
  /**
   * Resamples per interval: enough that the 2.5 % and 97.5 % quantiles move by about 0.01 between
   * seeds.
   */
  public static final int RESAMPLES = 10_000;

  /** The fixed seed of java.util.Random, whose sequence the Java specification fixes. */
  public static final long SEED = 2007L;

  /** The confidence level of every interval. */
  public static final double LEVEL = 0.95;

  private Bootstrap() {}

  /**
   * The interval of alpha and the chance it falls short of {@code bound}, by bootstrapping the
   * coincidences.
   *
   * @param units one collection of values per unit, missing values left out
   * @param observers how many raters the data has (Hayes: M is at most (m − 1) n.. / 2 pairs)
   * @param bound the alpha whose shortfall probability is wanted
   * @return the interval, or null when alpha is undefined for these units
   */
  public static Interval interval(
      Collection<? extends Collection<Double>> units, Metric metric, int observers, double bound) {
    Coincidences co = Coincidences.of(units);
    if (Krippendorff.pairable(units) < 2) {
      return null;
    }
    double[][] d = co.distances(metric);
    double n = co.n();
    double expected = co.expected(d) / (n * (n - 1));
    if (expected == 0) {
      return null;
    }
    Pairs pairs = Pairs.of(co, d);
    int draws = (int) Math.min(25.0 * pairs.nonZeroCells, Math.floor((observers - 1) * n / 2));
    double[] alphas = resample(pairs, Math.max(1, draws), expected);
    Arrays.sort(alphas);
    int x = alphas.length;
    double tail = (1 - LEVEL) / 2;
    double low = alphas[Math.max((int) (tail * x), 1) - 1];
    double high = alphas[Math.min((int) ((1 - tail) * x) + 1, x) - 1];
    long below = Arrays.stream(alphas).filter(a -> a < bound).count();
    return new Interval(LEVEL, low, high, bound, (double) below / x, x);
  }

  private static double[] resample(Pairs pairs, int draws, double expected) {
    Random random = new Random(SEED);
    double[] alphas = new double[RESAMPLES];
    for (int s = 0; s < RESAMPLES; s++) {
      double sum = 0;
      int firstCell = -1;
      boolean oneDiagonalCell = true;
      for (int i = 0; i < draws; i++) {
        int cell = pairs.draw(random.nextDouble());
        sum += pairs.delta[cell];
        if (firstCell < 0) {
          firstCell = cell;
        }
        oneDiagonalCell &= cell == firstCell && pairs.diagonal[cell];
      }
      double a = 1 - sum / (draws * expected);
      // a resample of one value only has no variation: alpha is 0/0 there, which Krippendorff
      // counts as 0
      alphas[s] = oneDiagonalCell ? 0 : Math.max(-1, a);
    }
    return alphas;
  }

  /**
   * The cells c ≤ k of the coincidence matrix as a distribution: o_cc / n.. on the diagonal, 2 o_ck
   * / n.. off it.
   */
  // arrays, not lists: each resample draws from them; never compared, so equals does not matter
  @SuppressWarnings("ArrayRecordComponent")
  private record Pairs(double[] cumulative, double[] delta, boolean[] diagonal, int nonZeroCells) {
    static Pairs of(Coincidences co, double[][] d) {
      int v = co.values().length;
      int cells = v * (v + 1) / 2;
      double[] cumulative = new double[cells];
      double[] delta = new double[cells];
      boolean[] diagonal = new boolean[cells];
      int nonZero = 0;
      double sum = 0;
      int i = 0;
      for (int c = 0; c < v; c++) {
        for (int k = c; k < v; k++) {
          double p = (c == k ? 1 : 2) * co.o()[c][k] / co.n();
          nonZero += co.o()[c][k] > 0 ? (c == k ? 1 : 2) : 0;
          sum += p;
          cumulative[i] = sum;
          delta[i] = d[c][k];
          diagonal[i] = c == k;
          i++;
        }
      }
      return new Pairs(cumulative, delta, diagonal, nonZero);
    }

    /** The cell whose share of the cumulative distribution holds u. */
    int draw(double u) {
      int at = Arrays.binarySearch(cumulative, u);
      int cell = at >= 0 ? at : -at - 1;
      // rounding may leave the last cumulative share a hair below 1
      return Math.min(cell, cumulative.length - 1);
    }
  }
}
