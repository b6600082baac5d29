package dev.readiness.report;

import static dev.readiness.text.Numbers.decimal;

import dev.readiness.plan.PlanItem;
import dev.readiness.plan.StudyPlan;
import dev.readiness.plan.Week;
import dev.readiness.text.Numbers;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The study plan as the JSON report holds it (the object "plan"): the planner's figures rounded as
 * the JSON shows them. A new field of the plan is a component here, in the place its field takes in
 * the JSON.
 */
public record PlanJson(
    int weeksAvailable,
    BigDecimal hoursPerWeek,
    BigDecimal hoursAvailable,
    BigDecimal hoursPlanned,
    BigDecimal gapCovered,
    int extraWeeksNeeded,
    boolean upkeep,
    String summary,
    Map<String, List<String>> focus,
    List<String> startParts,
    BigDecimal practiceShare,
    boolean closesEveryGap,
    List<String> leftOut,
    BigDecimal leftOutHours,
    BigDecimal unfinishedHours,
    List<Partly> partlyPlanned,
    Map<String, BigDecimal> projectedRatings,
    BigDecimal projectedIndex,
    String projectedVerdict,
    Map<String, BigDecimal> projectedCoverage,
    String achieves,
    List<WeekJson> weeks) {
  public PlanJson {
    focus = Collections.unmodifiableMap(new LinkedHashMap<>(focus));
    startParts = List.copyOf(startParts);
    leftOut = List.copyOf(leftOut);
    partlyPlanned = List.copyOf(partlyPlanned);
    projectedRatings = Views.ordered(projectedRatings);
    projectedCoverage = Views.ordered(projectedCoverage);
    weeks = List.copyOf(weeks);
  }

  public record Partly(
      String topic, BigDecimal rating, BigDecimal plannedTo, int target, BigDecimal hoursLeft) {}

  /**
   * A week.
   *
   * @param days its study dates
   * @param idle why hours are free, or null
   * @param notes the routines that did not fit, in words
   */
  public record WeekJson(
      int week,
      String start,
      List<String> days,
      BigDecimal hoursAvailable,
      BigDecimal hours,
      String idle,
      List<String> notes,
      List<Routine> routines,
      List<Item> items) {
    public WeekJson {
      days = List.copyOf(days);
      notes = List.copyOf(notes);
      routines = List.copyOf(routines);
      items = List.copyOf(items);
    }
  }

  public record Routine(String activity, BigDecimal hours, String description) {}

  /**
   * A line of a week: a topic's study, or a practice with or without a question to answer aloud.
   */
  public sealed interface Item permits TopicItem, PracticeItem, QuestionItem, PractisedItem {}

  public record TopicItem(
      String topic,
      String activity,
      BigDecimal hours,
      String description,
      BigDecimal fromLevel,
      Integer toLevel,
      String question,
      List<String> points)
      implements Item {
    public TopicItem {
      points = List.copyOf(points);
    }
  }

  /**
   * A practice with no question.
   *
   * @param topic always null: a practice is about no one topic
   */
  public record PracticeItem(String topic, String activity, BigDecimal hours, String description)
      implements Item {}

  /**
   * A practice with a question to answer aloud (whiteboard practice).
   *
   * @param topic always null: a practice is about no one topic
   */
  public record QuestionItem(
      String topic,
      String activity,
      BigDecimal hours,
      String description,
      String question,
      String practised)
      implements Item {}

  /**
   * A kata: a practice on a studied topic's question, with no question to answer aloud.
   *
   * @param topic always null: a practice is about no one topic
   * @param practised the topic whose question it takes
   */
  public record PractisedItem(
      String topic, String activity, BigDecimal hours, String description, String practised)
      implements Item {}

  static PlanJson of(StudyPlan p) {
    return new PlanJson(
        p.inputs().weeks(),
        decimal(p.inputs().hoursPerWeek(), 1),
        decimal(p.hoursAvailable(), 1),
        decimal(p.hoursPlanned(), 1),
        decimal(p.gapCovered(), 3),
        p.extraWeeksNeeded(),
        p.upkeep(),
        p.summary(),
        p.focus(),
        p.startParts(),
        decimal(p.practiceShare(), 3),
        p.closesEveryGap(),
        p.leftOut(),
        decimal(p.leftOutHours(), 1),
        decimal(p.unfinishedHours(), 1),
        p.partlyPlanned().stream()
            .map(
                x ->
                    new Partly(
                        x.topic(),
                        decimal(x.rating(), 1),
                        decimal(x.plannedTo(), 1),
                        x.target(),
                        decimal(x.hoursLeft(), 1)))
            .toList(),
        Views.decimals(p.projectedRatings(), 1),
        Numbers.indexValue(p.projectedIndex()),
        p.projectedVerdict().id(),
        Views.decimals(p.projectedCoverage(), 4),
        p.achieves(),
        p.weeks().stream().map(PlanJson::week).toList());
  }

  private static WeekJson week(Week w) {
    return new WeekJson(
        w.week(),
        w.start().toString(),
        w.days().stream().map(Object::toString).toList(),
        decimal(w.available(), 1),
        decimal(w.hours(), 1),
        w.idle(),
        w.notes(),
        w.routines().stream()
            .map(r -> new Routine(r.activity().id(), decimal(r.hours(), 1), r.description()))
            .toList(),
        w.items().stream().map(PlanJson::item).toList());
  }

  private static Item item(PlanItem i) {
    if (i.topic() != null) {
      return new TopicItem(
          i.topic(),
          i.activity().id(),
          decimal(i.hours(), 1),
          i.description(),
          decimal(i.fromLevel(), 1),
          i.toLevel(),
          i.question(),
          i.points());
    }
    if (i.question() != null) {
      return new QuestionItem(
          null,
          i.activity().id(),
          decimal(i.hours(), 1),
          i.description(),
          i.question(),
          i.practised());
    }
    return i.practised() == null
        ? new PracticeItem(null, i.activity().id(), decimal(i.hours(), 1), i.description())
        : new PractisedItem(
            null, i.activity().id(), decimal(i.hours(), 1), i.description(), i.practised());
  }
}
