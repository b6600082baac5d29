package dev.readiness.plan;

import java.time.LocalDate;

/**
 * What the plan has to work with.
 *
 * @param start the first day of week 1 (the assessment date)
 * @param weeks the number of study weeks
 * @param hoursPerWeek the study hours in each week
 */
public record PlanInputs(LocalDate start, int weeks, double hoursPerWeek) {}
