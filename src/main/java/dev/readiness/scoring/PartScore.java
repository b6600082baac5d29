package dev.readiness.scoring;

/**
 * One part of the guide against the role's target.
 *
 * @param coverage mean of (min(rating, target) − lowest level) / (target − lowest level) over the
 *     rated topics, or null when none is rated
 * @param gapPoints the sum of the topics' weighted gaps
 * @param depthTopics how many topics are rated at the depth level (4) or more
 * @param depthMet whether depthTopics reaches the guide's minimum (2)
 */
public record PartScore(
    String id,
    String title,
    int target,
    double weight,
    Double coverage,
    double gapPoints,
    int depthTopics,
    boolean depthMet,
    Status status,
    int rated,
    int unrated) {
  /** A part is incomplete when some of its topics are not rated. */
  public boolean complete() {
    return unrated == 0;
  }
}
