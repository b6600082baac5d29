/**
 * The study plan: from the gaps, the weeks and the hours available, which topics to study in which
 * week, woven with the guide's practice routines. Pure and deterministic: hours are counted in
 * whole half-hours.
 */
package dev.readiness.plan;
