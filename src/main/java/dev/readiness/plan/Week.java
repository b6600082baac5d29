package dev.readiness.plan;

import java.time.LocalDate;
import java.util.List;

/** One study week: its first day, its planned hours and what to do. */
public record Week(int week, LocalDate start, double hours, List<PlanItem> items) {
  public Week {
    items = List.copyOf(items);
  }
}
