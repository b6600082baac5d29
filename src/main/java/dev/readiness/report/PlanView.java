package dev.readiness.report;

import dev.readiness.plan.Activity;
import dev.readiness.plan.PlanItem;
import dev.readiness.plan.StudyPlan;
import dev.readiness.plan.Week;
import dev.readiness.rubric.Rubric;
import dev.readiness.scoring.Score;
import dev.readiness.text.Lists;
import dev.readiness.text.Numbers;
import dev.readiness.text.Plural;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The study plan as the report shows it: each line named and worded once, a line already explained
 * in an earlier week said briefly.
 *
 * @param thisWeek page 1's "This week": the first week's lines in short
 */
public record PlanView(
    String summary,
    String achieves,
    String hoursLine,
    String focusLine,
    List<WeekRow> weeks,
    List<String> thisWeek,
    Glance glance) {
  public PlanView {
    weeks = List.copyOf(weeks);
    thisWeek = List.copyOf(thisWeek);
  }

  /**
   * A week: its heading, its weekly routines in words, its lines (none when nothing is planned),
   * and what the plan says of it: hours left free and why, routines that did not fit.
   */
  public record WeekRow(
      int week,
      LocalDate start,
      String hours,
      String heading,
      List<String> routines,
      List<ItemRow> items,
      List<String> notes) {
    public WeekRow {
      routines = List.copyOf(routines);
      items = List.copyOf(items);
      notes = List.copyOf(notes);
    }
  }

  /** A line of a week: hours, what it is (a topic or a practice) and what to do. */
  public record ItemRow(String hours, String name, boolean topic, String details) {}

  /** What an empty week says. */
  public static final String NOTHING_PLANNED =
      "Nothing planned: the work is done; keep the hours for upkeep.";

  static PlanView of(Rubric rubric, StudyPlan plan, Score score) {
    // a line's key -> the week it was first explained in, shared across the weeks in order
    Map<String, Integer> firstWeekOf = new HashMap<>();
    List<WeekRow> weeks = new ArrayList<>();
    for (Week w : plan.weeks()) {
      weeks.add(weekRow(rubric, plan, w, firstWeekOf));
    }
    // the week's routines too (the weekly reading), so that the hours page 1 names add up to the
    // week's
    List<String> thisWeek =
        plan.weeks().isEmpty()
            ? List.of()
            : java.util.stream.Stream.concat(
                    plan.weeks().get(0).items().stream(), plan.weeks().get(0).routines().stream())
                .map(i -> name(rubric, i) + " (" + Numbers.hours(i.hours()) + " h)")
                .toList();
    return new PlanView(
        plan.summary(),
        plan.achieves(),
        hoursLine(plan),
        focusLine(rubric, plan, score),
        weeks,
        thisWeek,
        Glance.of(rubric, plan));
  }

  /** "6 weeks from … at 6 h a week: 36 of 36 hours planned; 80% of the gap to target covered." */
  private static String hoursLine(StudyPlan plan) {
    return Plural.count(plan.inputs().weeks(), "week")
        + " from "
        + plan.inputs().start()
        + " at "
        + Numbers.hours(plan.inputs().hoursPerWeek())
        + " h a week: "
        + Numbers.hours(plan.hoursPlanned())
        + " of "
        + Numbers.hours(plan.hoursAvailable())
        + " hours planned; "
        + Numbers.percent(plan.gapCovered())
        + " of the gap to target covered.";
  }

  /**
   * The focus topics per part, with the guide's depth advice, or "" when there are none. Each is
   * said as it stands: already at depth (kept there, not "taken" there), taken to depth by this
   * plan, or still below depth at the interview.
   */
  private static String focusLine(Rubric rubric, StudyPlan plan, Score score) {
    int level = rubric.depthAdvice().level();
    List<String> parts = new ArrayList<>();
    plan.focus()
        .forEach(
            (part, topics) -> {
              List<String> at = new ArrayList<>();
              List<String> taken = new ArrayList<>();
              List<String> below = new ArrayList<>();
              for (String id : topics) {
                String name = id + " " + rubric.topic(id).title();
                Double now = score.topic(id).rating();
                Double then = plan.projectedRatings().get(id);
                (now != null && now >= level ? at : then != null && then >= level ? taken : below)
                    .add(name);
              }
              List<String> clauses = new ArrayList<>();
              if (!at.isEmpty()) {
                clauses.add(Lists.and(at) + " at depth already");
              }
              if (!taken.isEmpty()) {
                clauses.add(Lists.and(taken) + " taken to depth by this plan");
              }
              if (!below.isEmpty()) {
                clauses.add(Lists.and(below) + " still below depth at the interview");
              }
              if (!clauses.isEmpty()) {
                parts.add("Part " + rubric.part(part).number() + ": " + String.join("; ", clauses));
              }
            });
    return parts.isEmpty()
        ? ""
        : "Depth, where the role asks for it (the guide: \""
            + rubric.depthAdvice().text()
            + "\"): "
            + String.join(". ", parts)
            + ".";
  }

  /**
   * A week as the report shows it.
   *
   * @param firstWeekOf each line's key to the week it was first explained in; updated here
   */
  private static WeekRow weekRow(
      Rubric rubric, StudyPlan plan, Week w, Map<String, Integer> firstWeekOf) {
    List<ItemRow> items = new ArrayList<>();
    for (PlanItem item : w.items()) {
      Integer since = firstWeekOf.putIfAbsent(repeatKey(rubric, item), w.week());
      items.add(
          new ItemRow(
              Numbers.hours(item.hours()),
              name(rubric, item),
              item.topic() != null,
              since == null ? details(rubric, item) : repeated(rubric, item, since)));
    }
    List<String> routines =
        w.routines().stream()
            .map(
                r ->
                    r.activity().label()
                        + ", "
                        + Numbers.hours(r.hours())
                        + " h: "
                        + r.description())
            .toList();
    List<String> notes = new ArrayList<>(w.notes());
    if (w.idle() != null) {
      notes.add(0, w.idle());
    }
    String hours =
        w.hours() == w.available() && w.available() == plan.inputs().hoursPerWeek()
            ? Numbers.hours(w.hours()) + " h"
            : Numbers.hours(w.hours())
                + " of "
                + Numbers.hours(w.available())
                + " h ("
                + daysLine(plan, w)
                + ")";
    return new WeekRow(
        w.week(),
        w.start(),
        Numbers.hours(w.hours()),
        "Week " + w.week() + " · from " + w.start() + " · " + hours,
        routines,
        items,
        notes);
  }

  /** What makes a line the same as an earlier one, so that it is said briefly the second time. */
  private static String repeatKey(Rubric rubric, PlanItem item) {
    // a whiteboard's steps are said in full the first time each answer shape comes up
    return item.topic() != null
        ? item.topic() + item.activity() + item.fromLevel()
        : item.activity().id()
            + (item.activity() == Activity.WHITEBOARD && item.practised() != null
                ? rubric.topic(item.practised()).answerShape().id()
                : "");
  }

  /** "2 of 3 study days": why a week holds fewer hours than a full one. */
  private static String daysLine(StudyPlan plan, Week w) {
    int full = plan.inputs().days().weekdays().size();
    long off =
        w.start()
            .datesUntil(w.start().plusDays(7))
            .filter(d -> plan.inputs().days().daysOff().contains(d))
            .count();
    String days = w.days().size() + " of " + full + " study days";
    if (!w.start().plusDays(7).isAfter(plan.inputs().end()) || w.days().size() == full) {
      return days + (off > 0 ? ", days off" : "");
    }
    return days
        + " before "
        + (plan.inputs().end().equals(plan.inputs().start().plusWeeks(plan.inputs().weeks()))
            ? "the end"
            : "the interview");
  }

  private static String name(Rubric rubric, PlanItem item) {
    return item.topic() == null
        ? item.activity().label()
        : item.topic() + " " + rubric.topic(item.topic()).title();
  }

  private static String details(Rubric rubric, PlanItem item) {
    if (item.topic() == null) {
      return item.description();
    }
    return item.description()
        + "\n"
        + rubric.topic(item.topic()).pointsHeading()
        + ": "
        + String.join("; ", item.points())
        + ".\nPractise aloud: \""
        + item.question()
        + "\"";
  }

  private static String repeated(Rubric rubric, PlanItem item, int since) {
    if (item.topic() != null) {
      return item.description() + " (continued from week " + since + ")";
    }
    if (item.activity() == Activity.WHITEBOARD
        && item.question() != null
        && item.practised() != null) {
      return "Answer \""
          + item.question()
          + "\" aloud, following "
          + rubric.topic(item.practised()).answerShape().label()
          + " (its steps: see week "
          + since
          + ").";
    }
    return item.description();
  }
}
