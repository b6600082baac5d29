package dev.readiness.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the plan has to work with.
 *
 * @param start the first day of week 1 (the assessment date)
 * @param weeks the number of study weeks: the last may be a part week that ends before the
 *     interview
 * @param hoursPerWeek the study hours in a full week with all its study days
 * @param end the first day with no study: the interview date, or the day after the last week when
 *     the weeks are given instead
 * @param days the weekdays studied on and the days off
 */
public record PlanInputs(
    LocalDate start, int weeks, double hoursPerWeek, LocalDate end, StudyDays days) {
  /**
   * Whole weeks from {@code start}, studied every day: the plan of a week's hours with no calendar
   * to fit.
   */
  public PlanInputs(LocalDate start, int weeks, double hoursPerWeek) {
    this(start, weeks, hoursPerWeek, start.plusWeeks(weeks), StudyDays.EVERY_DAY);
  }

  /** The first day of a week (1-based). */
  public LocalDate weekStart(int week) {
    return start.plusWeeks(week - 1L);
  }

  /** The study dates of a week (1-based): its study weekdays before the end, less the days off. */
  public List<LocalDate> studyDates(int week) {
    List<LocalDate> out = new ArrayList<>();
    LocalDate first = weekStart(week);
    for (int d = 0; d < 7; d++) {
      LocalDate date = first.plusDays(d);
      if (date.isBefore(end) && days.studies(date)) {
        out.add(date);
      }
    }
    return out;
  }

  /**
   * The half-hours a week (1-based) can hold: a full week's hours in the share its study dates
   * carry of the study weekdays, rounded down to whole half-hours so that no session is planned
   * that the days cannot hold.
   */
  public int halvesIn(int week) {
    int full = (int) Math.floor(hoursPerWeek * 2 + 1e-9);
    return full * studyDates(week).size() / days.weekdays().size();
  }
}
