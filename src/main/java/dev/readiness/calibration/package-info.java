/**
 * Hiring-panel calibration: several raters of one candidate on one date, their agreement
 * (Krippendorff's alpha), the topics to discuss, the candidate's self-rating against the panel,
 * rater leniency, and the panel consensus that the report scores. Pure functions over records.
 */
package dev.readiness.calibration;
