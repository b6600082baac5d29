package dev.readiness.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KrippendorffTest {
  /**
   * The worked example of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability",
   * section C: 4 observers, 12 units, missing values as null. Columns are units 1–12.
   */
  private static final Double[][] PAPER = {
    {1.0, 2.0, 3.0, 3.0, 2.0, 1.0, 4.0, 1.0, 2.0, null, null, null},
    {1.0, 2.0, 3.0, 3.0, 2.0, 2.0, 4.0, 1.0, 2.0, 5.0, null, 3.0},
    {null, 3.0, 3.0, 3.0, 2.0, 3.0, 4.0, 2.0, 2.0, 5.0, 1.0, null},
    {1.0, 2.0, 3.0, 3.0, 2.0, 4.0, 4.0, 1.0, 2.0, 5.0, 1.0, null},
  };

  static List<List<Double>> units(Double[][] byObserver) {
    List<List<Double>> units = new ArrayList<>();
    for (int u = 0; u < byObserver[0].length; u++) {
      List<Double> values = new ArrayList<>();
      for (Double[] observer : byObserver) {
        if (observer[u] != null) {
          values.add(observer[u]);
        }
      }
      units.add(values);
    }
    return units;
  }

  @Test
  void reproducesThePublishedValues() {
    assertThat(Krippendorff.alpha(units(PAPER), Metric.NOMINAL).value())
        .isCloseTo(0.743, within(0.0005));
    assertThat(Krippendorff.alpha(units(PAPER), Metric.INTERVAL).value())
        .isCloseTo(0.849, within(0.0005));
    assertThat(Krippendorff.alpha(units(PAPER), Metric.ORDINAL).value())
        .isCloseTo(0.815, within(0.0005));
  }

  @Test
  void unitsWithOneValueAreNotPairable() {
    // unit 12 has a single value, so 40 of the 41 values are pairable
    assertThat(Krippendorff.alpha(units(PAPER), Metric.ORDINAL).pairable()).isEqualTo(40);
  }

  @Test
  void perfectAgreementIsOne() {
    Alpha a =
        Krippendorff.alpha(
            List.of(List.of(1.0, 1.0), List.of(3.0, 3.0, 3.0), List.of(5.0, 5.0)), Metric.ORDINAL);
    assertThat(a.value()).isEqualTo(1.0);
    assertThat(meaning(a)).isEqualTo("Reliable overall (alpha 1.000 ≥ 0.8): the panel agrees.");
  }

  @Test
  void handComputedSmallPanel() {
    // two raters, three topics: (1,2), (3,3), (4,5); interval metric, by hand. values 1,2,3,3,4,5:
    // n = 6, marginals n1 = n2 = n4 = n5 = 1, n3 = 2. observed: o12 = o21 = o45 = o54 = 1 (each
    // unit has m = 2), each with δ² = 1, so Σ o δ² = 4. expected: Σ over unordered value pairs of
    // n_c n_k (c − k)² = 1+8+9+16+2+4+9+2+8+1 = 60, ordered 120. α = 1 − (n − 1) · 4 / 120 = 1 −
    // 20/120 = 5/6.
    Alpha a =
        Krippendorff.alpha(
            List.of(List.of(1.0, 2.0), List.of(3.0, 3.0), List.of(4.0, 5.0)), Metric.INTERVAL);
    assertThat(a.value()).isCloseTo(5.0 / 6, within(1e-12));
  }

  @Test
  void undefinedWithoutVariationOrPairs() {
    Alpha same = Krippendorff.alpha(List.of(List.of(3.0, 3.0), List.of(3.0, 3.0)), Metric.ORDINAL);
    assertThat(same.value()).isNull();
    assertThat(same.reason()).contains("no variation");
    assertThat(meaning(same)).startsWith("Undefined: ").doesNotContain("NaN");
    Alpha lonely =
        Krippendorff.alpha(List.of(List.of(3.0), List.of(), List.of(4.0)), Metric.ORDINAL);
    assertThat(lonely.value()).isNull();
    assertThat(lonely.reason()).contains("two or more raters");
  }

  @Test
  void systematicDisagreementIsBelowZero() {
    Alpha a =
        Krippendorff.alpha(
            List.of(List.of(1.0, 5.0), List.of(5.0, 1.0), List.of(1.0, 5.0)), Metric.ORDINAL);
    assertThat(a.value()).isLessThan(0);
    assertThat(meaning(a)).startsWith("Low overall (alpha −");
  }

  private static String meaning(Alpha a) {
    return Agreement.read(a, java.util.Map.of(), dev.readiness.rubric.CalibrationRules.CONVENTIONAL)
        .meaning();
  }
}
