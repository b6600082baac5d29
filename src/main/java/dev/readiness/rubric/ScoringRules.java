package dev.readiness.rubric;

/**
 * The thresholds behind the statuses and the verdict.
 *
 * @param readyCoverage a part (or skill group) at or above this coverage, with its depth goal met,
 *     is ready
 * @param closeCoverage at or above this it is close; below it, not ready
 * @param skillsShare the share of the readiness index that comes from the skills matrix (the rest:
 *     the parts)
 * @param readyIndex an index at or above this, with no part not ready, gives the verdict "ready"
 * @param closeIndex at or above this the verdict is "close"; below it, "not ready"
 */
public record ScoringRules(
    double readyCoverage,
    double closeCoverage,
    double skillsShare,
    double readyIndex,
    double closeIndex) {}
