package dev.readiness.plan;

import dev.readiness.rubric.AnswerShape;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.Topic;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.TopicScore;
import dev.readiness.text.Limits;
import dev.readiness.text.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the scheduled work into weeks: each week's topic blocks first, then its practice, so that a
 * question is practised aloud only after its topic is studied; a week with hours left free says
 * why.
 */
final class WeekBuilder {
  /**
   * How many topics a mock interview names at most: a one-hour mock covers about four, and the peer
   * running it needs a short brief.
   */
  static final int MOCK_TOPICS = 4;

  private final Rubric rubric;
  private final Practice practice;
  private final Score score;
  private final List<String> startParts;
  private final StudyCost cost;

  /** Topics studied so far, most recent last. */
  private final List<String> studied = new ArrayList<>();

  /** This week's topics, the most hours first: practice takes the topic the week worked on most. */
  private List<String> thisWeek = List.of();

  /**
   * The topics this week's practice has taken, so a kata and a whiteboard take different questions.
   */
  private final List<String> takenThisWeek = new ArrayList<>();

  private String lastPractised;

  WeekBuilder(Rubric rubric, Practice practice, Score score, List<String> startParts) {
    this.rubric = rubric;
    this.practice = practice;
    this.score = score;
    this.startParts = startParts;
    this.cost = new StudyCost(rubric);
  }

  List<Week> weeks(
      PlanInputs inputs,
      List<WeekScheduler.Task> tasks,
      List<Practice.WeekPractice> practices,
      List<Integer> rooms,
      boolean upkeep) {
    WeekScheduler scheduler = new WeekScheduler(tasks);
    List<Week> weeks = new ArrayList<>();
    for (int w = 1; w <= inputs.weeks(); w++) {
      int room = rooms.get(w - 1);
      List<WeekScheduler.Block> blocks = scheduler.week(room);
      List<PlanItem> items = new ArrayList<>();
      blocks.forEach(b -> items.add(topicItem(b.task(), b.halves())));
      blocks.forEach(
          b -> {
            studied.remove(b.task().topic);
            studied.add(b.task().topic);
          });
      thisWeek =
          blocks.stream()
              .sorted(Comparator.comparingInt((WeekScheduler.Block b) -> -b.halves()))
              .map(b -> b.task().topic)
              .distinct()
              .toList();
      takenThisWeek.clear();
      List<PlanItem> routines = new ArrayList<>();
      Practice.WeekPractice p = practices.get(w - 1);
      for (Practice.Slot slot : p.slots()) {
        PlanItem item = practice.item(slot, practised(slot.activity()), mockTopics());
        (slot.activity() == Activity.PEP_READING ? routines : items).add(item);
      }
      int free = room - blocks.stream().mapToInt(WeekScheduler.Block::halves).sum();
      int halves = inputs.halvesIn(w);
      List<String> notes = new ArrayList<>(p.notes());
      List<java.time.LocalDate> days = inputs.studyDates(w);
      if (days.isEmpty()) {
        notes.add(
            0,
            "No study day falls in this week"
                + (inputs.weekStart(w).plusDays(7).isAfter(inputs.end())
                    ? " before the interview."
                    : ": its study days are days off."));
      }
      weeks.add(
          new Week(
              w,
              inputs.weekStart(w),
              days,
              halves / 2.0,
              (halves - free) / 2.0,
              routines,
              items,
              free > 0 ? idle(free, upkeep) : null,
              notes));
    }
    return weeks;
  }

  /**
   * Why a week's hours are left free: the scheduler idles none while work remains, so only when
   * none does.
   */
  private String idle(int free, boolean upkeep) {
    String hours = Numbers.hours(free / 2.0) + " h free: ";
    if (upkeep) {
      return hours + "no gap is left to close; use them for practice or your own reading.";
    }
    long unrated = score.unratedTopics();
    return hours
        + "every rated topic is planned to its target and the focus topics to depth"
        + (unrated > 0
            ? "; rate the "
                + unrated
                + (unrated == 1 ? " unrated topic" : " unrated topics")
                + " to plan them, or use the hours for practice."
            : "; use them for practice.");
  }

  /**
   * The topic a whiteboard or kata takes: of the topics studied so far, the one this week worked on
   * most, else the most recently studied; never the one the last whiteboard took, nor one this
   * week's other practice took. A kata takes a design question already studied, or none. Before any
   * study, a whiteboard takes a rated topic of the parts most in need.
   */
  private Topic practised(Activity activity) {
    if (activity != Activity.WHITEBOARD && activity != Activity.KATA) {
      return null;
    }
    List<String> pool = new ArrayList<>(thisWeek);
    List<String> earlier = new ArrayList<>(studied);
    java.util.Collections.reverse(earlier);
    earlier.stream().filter(id -> !pool.contains(id)).forEach(pool::add);
    if (activity == Activity.WHITEBOARD) {
      score.topics().stream()
          .filter(TopicScore::rated)
          .sorted(
              Comparator.comparingInt(
                      (TopicScore t) ->
                          startParts.contains(t.part())
                              ? startParts.indexOf(t.part())
                              : startParts.size())
                  .thenComparingDouble(TopicScore::rating)
                  .thenComparingInt(t -> rubric.orderOf(t.id())))
          .map(TopicScore::id)
          .filter(id -> !pool.contains(id))
          .forEach(pool::add);
    }
    Topic chosen =
        pool.stream()
            .filter(id -> !id.equals(lastPractised) && !takenThisWeek.contains(id))
            .map(rubric::topic)
            .filter(t -> activity != Activity.KATA || t.answerShape() == AnswerShape.DESIGN)
            .findFirst()
            .orElse(null);
    if (chosen != null) {
      takenThisWeek.add(chosen.id());
      if (activity == Activity.WHITEBOARD) {
        lastPractised = chosen.id();
      }
    }
    return chosen;
  }

  /**
   * The topics a mock interview aims at: those studied of the parts page 1 names, taken in turn
   * from each part (most recently studied first), so that every part named is drilled.
   */
  private List<String> mockTopics() {
    List<String> named = startParts.subList(0, Math.min(Limits.NAMED_PARTS, startParts.size()));
    List<String> recent = new ArrayList<>(studied);
    java.util.Collections.reverse(recent);
    List<List<String>> perPart =
        named.stream()
            .map(p -> recent.stream().filter(id -> rubric.topic(id).part().equals(p)).toList())
            .toList();
    int rounds = perPart.stream().mapToInt(List::size).max().orElse(0);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < rounds && ids.size() < MOCK_TOPICS; i++) {
      for (List<String> l : perPart) {
        if (i < l.size() && ids.size() < MOCK_TOPICS) {
          ids.add(l.get(i));
        }
      }
    }
    if (ids.isEmpty()) {
      ids =
          score.topics().stream()
              .filter(TopicScore::rated)
              .sorted(
                  Comparator.comparingDouble(TopicScore::rating)
                      .thenComparingInt(t -> rubric.orderOf(t.id())))
              .limit(MOCK_TOPICS)
              .map(TopicScore::id)
              .toList();
    }
    return ids.stream().map(id -> id + " " + rubric.topic(id).title()).toList();
  }

  /**
   * "Close the gap: from 1 to 3" when the step reaches the target, "Raise it: from 0 to 2 (target
   * 3)" when the plan stops short of it, "Take it to depth: from 3 to 4" beyond the target.
   */
  private String stepWords(WeekScheduler.Task t) {
    String fromTo = "from " + Numbers.level(t.from) + " to " + Numbers.level(t.to);
    if (t.activity != Activity.STUDY) {
      return "Take it to depth: " + fromTo;
    }
    int target = score.topic(t.topic).target();
    return t.to < target
        ? "Raise it: " + fromTo + " (target " + target + ")"
        : "Close the gap: " + fromTo;
  }

  private PlanItem topicItem(WeekScheduler.Task t, int halves) {
    Topic topic = rubric.topic(t.topic);
    boolean whole = t.total >= StepOptimizer.halves(cost.hours(t.from, t.to));
    String what =
        !whole
            ? "Make a start: from "
                + Numbers.level(t.from)
                + " toward "
                + Numbers.level(t.to)
                + " (the rest of this step falls after the interview)"
            : stepWords(t);
    String description =
        what
            + ". Study \""
            + topic.pointsHeading()
            + "\", then answer the question aloud"
            + " following "
            + topic.answerShape().label()
            + ".";
    return new PlanItem(
        topic.id(),
        t.activity,
        description,
        topic.points(),
        topic.question(),
        halves / 2.0,
        t.from,
        (int) Math.ceil(t.to),
        null);
  }
}
