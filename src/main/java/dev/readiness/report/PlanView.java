package dev.readiness.report;

import dev.readiness.plan.Activity;
import dev.readiness.plan.PlanItem;
import dev.readiness.plan.StudyPlan;
import dev.readiness.plan.Week;
import dev.readiness.rubric.Rubric;
import dev.readiness.text.Numbers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The study plan as the report shows it: each line named and worded once, a line already explained in an earlier
 * week said briefly.
 *
 * @param thisWeek page 1's "This week": the first week's lines in short
 */
public record PlanView(String summary, String achieves, String hoursLine, String focusLine, List<WeekRow> weeks,
    List<String> thisWeek) {
  public PlanView {
    weeks = List.copyOf(weeks);
    thisWeek = List.copyOf(thisWeek);
  }

  /** A week: its heading, its weekly routines in words, and its lines (none when nothing is planned). */
  public record WeekRow(int week, LocalDate start, String hours, String heading, List<String> routines,
      List<ItemRow> items) {
    public WeekRow {
      routines = List.copyOf(routines);
      items = List.copyOf(items);
    }
  }

  /** A line of a week: hours, what it is (a topic or a practice) and what to do. */
  public record ItemRow(String hours, String name, boolean topic, String details) {}

  /** What an empty week says. */
  public static final String NOTHING_PLANNED = "Nothing planned: the work is done; keep the hours for upkeep.";

  static PlanView of(Rubric rubric, StudyPlan plan) {
    String hoursLine = plan.inputs().weeks() + " weeks from " + plan.inputs().start() + " at "
        + Numbers.hours(plan.inputs().hoursPerWeek()) + " h a week: " + Numbers.hours(plan.hoursPlanned()) + " of "
        + Numbers.hours(plan.hoursAvailable()) + " hours planned; " + Numbers.percent(plan.gapCovered())
        + " of the gap to target covered.";
    List<String> focus = new ArrayList<>();
    plan.focus().forEach((part, topics) -> {
      if (!topics.isEmpty()) {
        focus.add("Part " + rubric.part(part).number() + ": " + String.join(", ", topics));
      }
    });
    String focusLine = focus.isEmpty() ? "" : "Focus topics to take to depth (the guide: \""
        + rubric.depthAdvice().text() + "\"): " + String.join("; ", focus) + ".";
    Map<String, Integer> firstWeekOf = new HashMap<>();
    List<WeekRow> weeks = new ArrayList<>();
    for (Week w : plan.weeks()) {
      List<ItemRow> items = new ArrayList<>();
      for (PlanItem item : w.items()) {
        String key = item.topic() == null ? item.activity().id() : item.topic() + item.activity();
        Integer since = firstWeekOf.putIfAbsent(key, w.week());
        items.add(new ItemRow(Numbers.hours(item.hours()), name(rubric, item), item.topic() != null,
            since == null ? details(rubric, item) : repeated(item, since)));
      }
      List<String> routines = w.routines().stream().map(r -> r.activity().label() + ", " + Numbers.hours(r.hours())
          + " h: " + r.description()).toList();
      weeks.add(new WeekRow(w.week(), w.start(), Numbers.hours(w.hours()), "Week " + w.week() + " · from "
          + w.start() + " · " + Numbers.hours(w.hours()) + " h", routines, items));
    }
    List<String> thisWeek = plan.weeks().isEmpty() ? List.of() : plan.weeks().get(0).items().stream()
        .map(i -> name(rubric, i) + " (" + Numbers.hours(i.hours()) + " h)").toList();
    return new PlanView(plan.summary(), plan.achieves(), hoursLine, focusLine, weeks, thisWeek);
  }

  private static String name(Rubric rubric, PlanItem item) {
    return item.topic() == null ? item.activity().label() : item.topic() + " " + rubric.topic(item.topic()).title();
  }

  private static String details(Rubric rubric, PlanItem item) {
    if (item.topic() == null) {
      return item.description();
    }
    return item.description() + "\n" + rubric.topic(item.topic()).pointsHeading() + ": "
        + String.join("; ", item.points()) + ".\nPractise aloud: \"" + item.question() + "\"";
  }

  private static String repeated(PlanItem item, int since) {
    if (item.topic() != null) {
      return item.description() + " (continued from week " + since + ")";
    }
    if (item.activity() == Activity.WHITEBOARD && item.question() != null) {
      return "Answer \"" + item.question() + "\" aloud, following the System Design Interview Structure (see week "
          + since + ").";
    }
    return item.description();
  }
}
