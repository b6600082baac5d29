package dev.readiness.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * One study week: its first day, its planned hours and what to do.
 *
 * @param routines the weekly routines, said once in the week's header rather than as rows
 */
public record Week(int week, LocalDate start, double hours, List<PlanItem> routines, List<PlanItem> items) {
  public Week {
    routines = List.copyOf(routines);
    items = List.copyOf(items);
  }
}
