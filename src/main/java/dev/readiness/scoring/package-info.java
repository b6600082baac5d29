/**
 * Gap scoring: one assessment against the target role's profile gives per-topic gaps, per-part and
 * per-skill-group coverage, depth and status, the readiness index and the verdict. Pure functions
 * over records.
 */
package dev.readiness.scoring;
