package dev.readiness.scoring;

/**
 * One group of the skills matrix against the role's target.
 *
 * @param coverage mean of (min(rating, target) − lowest level) / (target − lowest level) over the
 *     rated skills, or null when none is rated
 */
public record GroupScore(
    String id,
    String title,
    int target,
    Double coverage,
    double gapPoints,
    Status status,
    int rated,
    int unrated) {}
