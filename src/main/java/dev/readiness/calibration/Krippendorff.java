package dev.readiness.calibration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Krippendorff's alpha for any number of raters, with missing values, following "Computing Krippendorff's
 * Alpha-Reliability" (2011): from the coincidence matrix, α = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.
 */
public final class Krippendorff {
  private Krippendorff() {}

  /**
   * @param units one collection of values per unit (topic): the ratings it received, missing ones left out
   */
  public static Alpha alpha(Collection<? extends Collection<Double>> units, Metric metric) {
    // the coincidence matrix, over the distinct values
    NavigableMap<Double, Map<Double, Double>> o = new TreeMap<>();
    int pairable = 0;
    for (Collection<Double> unit : units) {
      int m = unit.size();
      if (m < 2) {
        continue;
      }
      pairable += m;
      List<Double> values = new ArrayList<>(unit);
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < m; j++) {
          if (i != j) {
            o.computeIfAbsent(values.get(i), k -> new TreeMap<>()).merge(values.get(j), 1.0 / (m - 1), Double::sum);
          }
        }
      }
    }
    if (pairable < 2) {
      return Alpha.undefined("no topic was rated by two or more raters", pairable);
    }
    NavigableMap<Double, Double> marginals = new TreeMap<>();
    o.forEach((c, row) -> marginals.put(c, row.values().stream().mapToDouble(Double::doubleValue).sum()));
    double n = marginals.values().stream().mapToDouble(Double::doubleValue).sum();
    double observed = 0;
    for (Map.Entry<Double, Map<Double, Double>> row : o.entrySet()) {
      for (Map.Entry<Double, Double> cell : row.getValue().entrySet()) {
        observed += cell.getValue() * metric.distance(row.getKey(), cell.getKey(), marginals);
      }
    }
    double expected = 0;
    for (Map.Entry<Double, Double> c : marginals.entrySet()) {
      for (Map.Entry<Double, Double> k : marginals.entrySet()) {
        expected += c.getValue() * k.getValue() * metric.distance(c.getKey(), k.getKey(), marginals);
      }
    }
    if (expected == 0) {
      return Alpha.undefined("every rating is the same, so there is no variation to agree on", pairable);
    }
    return new Alpha(1 - (n - 1) * observed / expected, null, pairable);
  }
}
