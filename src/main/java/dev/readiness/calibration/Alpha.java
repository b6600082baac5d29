package dev.readiness.calibration;

/**
 * An agreement coefficient: a value, or none with the reason it is undefined. Never NaN.
 *
 * @param value alpha, or null when undefined
 * @param reason why it is undefined, or null
 * @param pairable how many values entered the computation (those of units with two or more values)
 * @param interval its bootstrap confidence interval, or null when not computed (or alpha is
 *     undefined)
 */
public record Alpha(Double value, String reason, int pairable, Interval interval) {
  public Alpha(Double value, String reason, int pairable) {
    this(value, reason, pairable, null);
  }

  public static Alpha undefined(String reason, int pairable) {
    return new Alpha(null, reason, pairable);
  }

  public boolean defined() {
    return value != null;
  }

  /** This alpha with its interval. */
  public Alpha with(Interval i) {
    return new Alpha(value, reason, pairable, i);
  }
}
