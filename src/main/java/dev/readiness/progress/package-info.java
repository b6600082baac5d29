/**
 * Progress over time: one person's assessments on several dates, the change since the previous one,
 * how the previous plan's focus topics moved, and when each part reaches its target at the pace so
 * far. Pure functions.
 */
package dev.readiness.progress;
