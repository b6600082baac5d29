package dev.readiness.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.rubric.CalibrationRules;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The overall agreement is read together with the parts, so a reliable figure never hides a low
 * part.
 */
class AgreementTest {
  private static Alpha alpha(double v) {
    return new Alpha(v, null, 100);
  }

  private static Map<String, Alpha> parts(double... values) {
    Map<String, Alpha> out = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      out.put("P" + (i + 1), alpha(values[i]));
    }
    return out;
  }

  @Test
  void reliableOverallButLowPartsAreNamed() {
    Agreement a =
        Agreement.read(
            alpha(0.88), parts(0.9, 0.7, 0.95, 0.4534, 0.81, 0.5), CalibrationRules.CONVENTIONAL);
    assertThat(a.meaning())
        .isEqualTo(
            "Reliable overall (0.880), but low in P4 (0.453) and P6 (0.500); discuss"
                + " those parts first.");
    assertThat(a.lowParts()).containsExactly("P4", "P6");
    assertThat(a.byPart().get("P2")).isEqualTo(Agreement.Band.TENTATIVE);
    assertThat(a.partMeanings().get("P4"))
        .isEqualTo("Low (alpha 0.453, below 0.667): discuss the ratings before" + " deciding.");
  }

  @Test
  void oneLowPart() {
    Agreement a = Agreement.read(alpha(0.7), parts(0.9, 0.6), CalibrationRules.CONVENTIONAL);
    assertThat(a.meaning())
        .isEqualTo("Tentative overall (0.700), but low in P2 (0.600); discuss that part first.");
  }

  @Test
  void noLowPart() {
    Agreement a = Agreement.read(alpha(0.7), parts(0.9, 0.7), CalibrationRules.CONVENTIONAL);
    assertThat(a.meaning())
        .isEqualTo(
            "Tentative overall (alpha 0.700, between 0.667 and 0.8): draw conclusions"
                + " with care.");
  }

  @Test
  void theBandsComeFromTheRubric() {
    CalibrationRules strict = new CalibrationRules(0.9, 0.75, 2, 0.25);
    Agreement a = Agreement.read(alpha(0.85), parts(0.85, 0.7), strict);
    assertThat(a.overall()).isEqualTo(Agreement.Band.TENTATIVE);
    assertThat(a.meaning())
        .isEqualTo("Tentative overall (0.850), but low in P2 (0.700); discuss that part first.");
    assertThat(a.partMeanings().get("P1"))
        .isEqualTo(
            "Tentative (alpha 0.850, between 0.75 and 0.9): draw" + " conclusions with care.");
  }
}
