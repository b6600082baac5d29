package dev.readiness.scoring;

/**
 * One topic against its target.
 *
 * @param rating the rating, or null when not rated
 * @param gap max(0, target − rating), or null when not rated
 * @param weightedGap the gap times the part's weight, or null when not rated
 */
public record TopicScore(
    String id,
    String part,
    String title,
    Double rating,
    int target,
    Double gap,
    Double weightedGap) {
  public boolean rated() {
    return rating != null;
  }

  public boolean atOrAboveTarget() {
    return rating != null && rating >= target;
  }
}
