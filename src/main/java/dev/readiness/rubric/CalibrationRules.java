package dev.readiness.rubric;

/**
 * How a panel's agreement and a rater's offsets are read. A rubric may leave the section out; it
 * then gets {@link #CONVENTIONAL}: Krippendorff's own bands for alpha, and the guide's two-level
 * spread as a disagreement.
 *
 * @param reliableAlpha an alpha at or above this means the panel's ratings are reliable
 * @param tentativeAlpha at or above this (and below reliableAlpha) conclusions are tentative; below
 *     it, low
 * @param discussSpread a topic whose panel ratings differ by this many levels or more is put up for
 *     discussion
 * @param inLineBand a self-rating or rater offset within this many levels of the panel reads as "in
 *     line"
 */
public record CalibrationRules(
    double reliableAlpha, double tentativeAlpha, double discussSpread, double inLineBand) {
  /** The values used when a rubric has no calibration section. */
  public static final CalibrationRules CONVENTIONAL = new CalibrationRules(0.8, 0.667, 2, 0.25);
}
