package dev.readiness.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which days are for study: the weekdays a person studies on and the dates they take off. The plan
 * gives a week the share of its hours that its study days carry, so a week of holidays or the part
 * week before the interview plans fewer hours, and the calendar books sessions only on these days.
 *
 * @param weekdays the days of the week studied on, Monday first
 * @param daysOff dates with no study, in order
 */
public record StudyDays(List<DayOfWeek> weekdays, SortedSet<LocalDate> daysOff) {
  /** The study days when none are given: as {@code --study-days} says. */
  public static final StudyDays DEFAULT =
      new StudyDays(
          List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY), new TreeSet<>());

  /** Every day of the week, none off: a week's hours are then spread over all seven. */
  public static final StudyDays EVERY_DAY =
      new StudyDays(List.copyOf(EnumSet.allOf(DayOfWeek.class)), new TreeSet<>());

  public StudyDays {
    if (weekdays.isEmpty()) {
      throw new IllegalArgumentException("no study day");
    }
    weekdays = List.copyOf(EnumSet.copyOf(weekdays));
    daysOff = Collections.unmodifiableSortedSet(new TreeSet<>(daysOff));
  }

  /** The same weekdays with these dates off. */
  public StudyDays withDaysOff(SortedSet<LocalDate> off) {
    return new StudyDays(weekdays, off);
  }

  /** True when the date is a study day and not taken off. */
  public boolean studies(LocalDate date) {
    return weekdays.contains(date.getDayOfWeek()) && !daysOff.contains(date);
  }
}
