package dev.readiness.report;

import dev.readiness.text.Numbers;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small helpers of the JSON view's records: maps that keep their order and may hold null (no data).
 */
final class Views {
  private Views() {}

  /**
   * An unmodifiable copy in the same order; unlike Map.copyOf it keeps the order and allows null
   * values.
   */
  static <V> Map<String, V> ordered(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** Each value rounded as the JSON shows it (see {@link Numbers#decimal}), in the map's order. */
  static Map<String, BigDecimal> decimals(Map<String, Double> values, int decimals) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put(k, Numbers.decimal(v, decimals)));
    return Collections.unmodifiableMap(out);
  }
}
