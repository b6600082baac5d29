package dev.readiness.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * One study week: its first day, its study dates, the hours they hold and what to do.
 *
 * @param days the study dates of the week: its study weekdays before the interview, less the days
 *     off
 * @param available the hours the week's study dates hold
 * @param hours the hours planned, at most {@code available}
 * @param routines the weekly routines, said once in the week's header rather than as rows
 * @param idle why hours of the week are left free, in words, or null when none are (or no gap is
 *     left)
 * @param notes rules of the plan that did not fit this week, said where the work would have been
 *     ("Mock interviews do not fit …")
 */
public record Week(
    int week,
    LocalDate start,
    List<LocalDate> days,
    double available,
    double hours,
    List<PlanItem> routines,
    List<PlanItem> items,
    String idle,
    List<String> notes) {
  public Week {
    days = List.copyOf(days);
    routines = List.copyOf(routines);
    items = List.copyOf(items);
    notes = List.copyOf(notes);
  }
}
