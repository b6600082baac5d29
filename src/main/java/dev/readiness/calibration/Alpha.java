package dev.readiness.calibration;

import java.util.Locale;

/**
 * An agreement coefficient: a value, or none with the reason it is undefined. Never NaN.
 *
 * @param value alpha, or null when undefined
 * @param reason why it is undefined, or null
 * @param pairable how many values entered the computation (those of units with two or more values)
 */
public record Alpha(Double value, String reason, int pairable) {
  public static Alpha undefined(String reason, int pairable) {
    return new Alpha(null, reason, pairable);
  }

  public boolean defined() {
    return value != null;
  }

  /** What the value means for a panel, in words (Krippendorff's own thresholds). */
  public String meaning() {
    if (value == null) {
      return "Undefined: " + reason + ".";
    }
    String v = String.format(Locale.ROOT, "%.3f", value);
    if (value >= 0.8) {
      return "Reliable (alpha " + v + " ≥ 0.8): the panel agrees.";
    }
    if (value >= 0.667) {
      return "Tentative (alpha " + v + " between 0.667 and 0.8): draw conclusions with care.";
    }
    return "Low (alpha " + v + " below 0.667): discuss the ratings before deciding.";
  }
}
