package dev.readiness.calibration;

/**
 * A bootstrap confidence interval of alpha, and how much of the bootstrap distribution lies below a
 * bound.
 *
 * @param level the confidence level, e.g. 0.95
 * @param low the lower end (the (1 − level)/2 quantile of the resampled alphas)
 * @param high the upper end
 * @param bound the alpha the probability is taken against (the rubric's tentative threshold)
 * @param belowBound the share of resampled alphas below {@code bound}: the probability that the
 *     panel's true agreement does not reach it (Hayes &amp; Krippendorff's q)
 * @param resamples how many resamples the distribution was made of
 */
public record Interval(
    double level, double low, double high, double bound, double belowBound, int resamples) {}
