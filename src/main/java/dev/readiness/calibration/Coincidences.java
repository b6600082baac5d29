package dev.readiness.calibration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The coincidence matrix of reliability data (Krippendorff 2011, section C): every ordered pair of
 * values within a unit, each weighted 1 / (m_u − 1), over the distinct values in ascending order.
 * Alpha and its bootstrap both start from it.
 *
 * @param values the distinct pairable values, ascending
 * @param o o[c][k], the coincidences of values[c] and values[k] (symmetric)
 * @param marginals n_c, the row sums of o
 * @param n n.., the number of pairable values
 */
// arrays, not lists: the bootstrap reads these cells thousands of times; never compared, so equals
// does not matter
@SuppressWarnings("ArrayRecordComponent")
record Coincidences(double[] values, double[][] o, double[] marginals, double n) {
  /**
   * @param units one collection of values per unit; units with fewer than two values are not
   *     pairable
   */
  static Coincidences of(Collection<? extends Collection<Double>> units) {
    NavigableMap<Double, Integer> index = new TreeMap<>();
    for (Collection<Double> unit : units) {
      if (unit.size() >= 2) {
        unit.forEach(v -> index.put(v, 0));
      }
    }
    double[] values = new double[index.size()];
    int i = 0;
    for (var e : index.entrySet()) {
      values[i] = e.getKey();
      e.setValue(i++);
    }
    double[][] o = new double[values.length][values.length];
    for (Collection<Double> unit : units) {
      int m = unit.size();
      if (m < 2) {
        continue;
      }
      List<Double> list = new ArrayList<>(unit);
      for (int a = 0; a < m; a++) {
        for (int b = 0; b < m; b++) {
          if (a != b) {
            o[index.get(list.get(a))][index.get(list.get(b))] += 1.0 / (m - 1);
          }
        }
      }
    }
    double[] marginals = new double[values.length];
    double n = 0;
    for (int c = 0; c < values.length; c++) {
      for (int k = 0; k < values.length; k++) {
        marginals[c] += o[c][k];
      }
      n += marginals[c];
    }
    return new Coincidences(values, o, marginals, n);
  }

  /**
   * δ²(c, k) for every pair of value indices, the ordinal metric reading this matrix's marginals.
   */
  double[][] distances(Metric metric) {
    NavigableMap<Double, Double> byValue = new TreeMap<>();
    for (int c = 0; c < values.length; c++) {
      byValue.put(values[c], marginals[c]);
    }
    double[][] d = new double[values.length][values.length];
    for (int c = 0; c < values.length; c++) {
      for (int k = 0; k < values.length; k++) {
        d[c][k] = metric.distance(values[c], values[k], byValue);
      }
    }
    return d;
  }

  /** Σ o_ck δ²_ck: n.. times the observed disagreement. */
  double observed(double[][] d) {
    double sum = 0;
    for (int c = 0; c < values.length; c++) {
      for (int k = 0; k < values.length; k++) {
        sum += o[c][k] * d[c][k];
      }
    }
    return sum;
  }

  /** Σ n_c n_k δ²_ck: n..(n.. − 1) times the expected disagreement. */
  double expected(double[][] d) {
    double sum = 0;
    for (int c = 0; c < values.length; c++) {
      for (int k = 0; k < values.length; k++) {
        sum += marginals[c] * marginals[k] * d[c][k];
      }
    }
    return sum;
  }
}
