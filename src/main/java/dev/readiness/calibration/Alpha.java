package dev.readiness.calibration;

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
}
