package dev.readiness.calibration;

import java.util.NavigableMap;

/**
 * A difference function of Krippendorff's alpha: how far apart two values are, squared. The ordinal
 * metric also needs how often each value occurs (the coincidence marginals).
 */
public sealed interface Metric permits Metric.Nominal, Metric.Interval, Metric.Ordinal {
  Metric NOMINAL = new Nominal();
  Metric INTERVAL = new Interval();
  Metric ORDINAL = new Ordinal();

  /** δ²(c, k), given each value's marginal count n_g. */
  double distance(double c, double k, NavigableMap<Double, Double> marginals);

  /** Values agree or they do not. */
  record Nominal() implements Metric {
    @Override
    public double distance(double c, double k, NavigableMap<Double, Double> marginals) {
      return c == k ? 0 : 1;
    }
  }

  /** The squared difference. */
  record Interval() implements Metric {
    @Override
    public double distance(double c, double k, NavigableMap<Double, Double> marginals) {
      return (c - k) * (c - k);
    }
  }

  /** Ranks: (Σ n_g for g from c to k, less half of n_c and n_k)². */
  record Ordinal() implements Metric {
    @Override
    public double distance(double c, double k, NavigableMap<Double, Double> marginals) {
      if (c == k) {
        return 0;
      }
      double lo = Math.min(c, k);
      double hi = Math.max(c, k);
      double sum =
          marginals.subMap(lo, true, hi, true).values().stream()
              .mapToDouble(Double::doubleValue)
              .sum();
      double d = sum - (marginals.get(lo) + marginals.get(hi)) / 2;
      return d * d;
    }
  }
}
