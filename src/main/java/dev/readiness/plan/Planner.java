package dev.readiness.plan;

import dev.readiness.assessment.Assessment;
import dev.readiness.rubric.PlanningRules;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.Topic;
import dev.readiness.scoring.PartScore;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.Scorer;
import dev.readiness.scoring.TopicScore;
import dev.readiness.text.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans the study weeks. Within the hours left after practice, it chooses the level steps that take the readiness
 * index projected at the interview as high as it can go ({@link StepOptimizer}: exact), does the most valuable
 * work first (index gained per hour), then takes the focus topics to depth with the time that is left. Weeks are
 * focused ({@link WeekScheduler}). The rules are stated in README.md, "How the study plan is made".
 */
public final class Planner {
  private final Rubric rubric;
  private final PlanningRules rules;
  private final StudyCost cost;
  private final Scorer scorer;

  public Planner(Rubric rubric) {
    this.rubric = rubric;
    this.rules = rubric.planning();
    this.cost = new StudyCost(rubric);
    this.scorer = new Scorer(rubric);
  }

  public StudyPlan plan(Assessment a, Score score, PlanInputs inputs) {
    Map<String, List<String>> focus = chooseFocus(score);
    Practice practice = new Practice(rubric, a);
    int perWeek = (int) Math.floor(inputs.hoursPerWeek() * 2 + 1e-9);
    List<TopicScore> gaps = score.topics().stream().filter(t -> t.gap() != null && t.gap() > 0).toList();
    boolean upkeep = gaps.isEmpty() && depthTasks(score, focus, Map.of()).isEmpty();
    int practiceCap = upkeep ? perWeek : (int) Math.floor(rules.practice().maxShare() * perWeek + 1e-9);
    List<List<Practice.Slot>> slots = new ArrayList<>();
    int topicBudget = 0;
    for (int w = 1; w <= inputs.weeks(); w++) {
      List<Practice.Slot> s = practice.forWeek(w, inputs.weeks(), practiceCap);
      slots.add(s);
      topicBudget += perWeek - s.stream().mapToInt(Practice.Slot::halves).sum();
    }
    Map<String, Double> perLevel = scorer.indexPerLevel(score);
    List<Integer> rooms = slots.stream().map(x -> perWeek - x.stream().mapToInt(Practice.Slot::halves).sum())
        .toList();
    List<WeekScheduler.Task> tasks = tasks(score, focus, gaps, perLevel, rooms, topicBudget);
    WeekScheduler scheduler = new WeekScheduler(tasks);
    List<Week> weeks = new ArrayList<>();
    for (int w = 1; w <= inputs.weeks(); w++) {
      List<Practice.Slot> s = slots.get(w - 1);
      int room = perWeek - s.stream().mapToInt(Practice.Slot::halves).sum();
      List<WeekScheduler.Block> blocks = scheduler.week(room);
      String weekTopic = blocks.isEmpty() ? null : rubric.topic(blocks.get(0).task().topic).question();
      List<PlanItem> items = new ArrayList<>();
      List<PlanItem> routines = new ArrayList<>();
      for (Practice.Slot slot : s) {
        PlanItem item = practice.item(slot, weekTopic, weekTopic, focus);
        (slot.activity() == Activity.PEP_READING ? routines : items).add(item);
      }
      blocks.forEach(b -> items.add(topicItem(b.task(), b.halves())));
      int used = perWeek - room + blocks.stream().mapToInt(WeekScheduler.Block::halves).sum();
      weeks.add(new Week(w, inputs.weekStart(w), inputs.studyDates(w), inputs.halvesIn(w) / 2.0, used / 2.0,
          routines, items, null, List.of()));
    }
    return result(a, score, inputs, focus, upkeep, tasks, weeks, perWeek, practiceCap);
  }

  /**
   * The work to schedule: the optimal steps, depth work, then a start on further steps. The optimiser counts hours
   * only, while weeks also limit the topics a week and the shortest block; where the chosen steps do not all fit
   * the weeks, it chooses again with the hours that did not fit taken off, so that every chosen step is done by the
   * interview and the projection is exactly the optimum for the hours it uses.
   */
  private List<WeekScheduler.Task> tasks(Score score, Map<String, List<String>> focus, List<TopicScore> gaps,
      Map<String, Double> perLevel, List<Integer> rooms, int topicBudget) {
    StepOptimizer optimizer = new StepOptimizer(cost);
    Map<String, Double> toLeaveNotReady = new LinkedHashMap<>();
    score.parts().forEach(p -> toLeaveNotReady.put(p.id(), scorer.levelsToLeaveNotReady(p)));
    int budget = topicBudget;
    Map<String, StepOptimizer.Option> chosen;
    List<WeekScheduler.Task> study;
    while (true) {
      chosen = optimizer.choose(gaps, perLevel, budget, toLeaveNotReady);
      study = studyTasks(score, chosen, perLevel);
      WeekScheduler trial = new WeekScheduler(study);
      rooms.forEach(trial::week);
      int unplaced = study.stream().mapToInt(t -> t.left).sum();
      study.forEach(t -> t.left = t.total);
      if (unplaced == 0 || budget == 0) {
        break;
      }
      budget = Math.max(0, budget - unplaced);
    }
    List<WeekScheduler.Task> tasks = new ArrayList<>(study);
    Map<String, Double> reached = new LinkedHashMap<>();
    chosen.forEach((id, o) -> reached.put(id, o.level()));
    int room = topicBudget - tasks.stream().mapToInt(t -> t.total).sum();
    for (WeekScheduler.Task t : depthTasks(score, focus, reached)) {
      if (t.total <= room) {
        tasks.add(t);
        room -= t.total;
      }
    }
    tasks.addAll(headStarts(score, chosen, perLevel, room));
    return tasks;
  }

  private StudyPlan result(Assessment a, Score score, PlanInputs inputs, Map<String, List<String>> focus,
      boolean upkeep, List<WeekScheduler.Task> tasks, List<Week> weeks, int perWeek, int practiceCap) {
    Map<String, Double> projected = new LinkedHashMap<>();
    score.topics().stream().filter(TopicScore::rated).forEach(t -> projected.put(t.id(), t.rating()));
    for (WeekScheduler.Task t : tasks) {
      projected.merge(t.topic, levelAfter(t), Math::max);
    }
    Score after = scorer.score(a.withTopicRatings(projected), score.role());
    Map<String, Double> coverage = new LinkedHashMap<>();
    after.parts().forEach(p -> coverage.put(p.id(), p.coverage()));
    Set<String> touched = new LinkedHashSet<>();
    tasks.stream().filter(t -> t.done() > 0).forEach(t -> touched.add(t.topic));
    List<TopicScore> gaps = score.largestGaps();
    List<String> leftOut = gaps.stream().map(TopicScore::id).filter(id -> !touched.contains(id)).toList();
    List<StudyPlan.PartlyPlanned> partly = new ArrayList<>();
    for (TopicScore t : gaps) {
      double to = projected.get(t.id());
      if (touched.contains(t.id()) && to < t.target()) {
        partly.add(new StudyPlan.PartlyPlanned(t.id(), t.rating(), to, t.target()));
      }
    }
    double totalGap = gaps.stream().mapToDouble(t -> cost.hours(t.rating(), t.target())).sum();
    double closed = gaps.stream().mapToDouble(t -> cost.hours(t.rating(), Math.min(t.target(),
        projected.get(t.id())))).sum();
    double covered = totalGap == 0 ? 1.0 : closed / totalGap;
    double leftHours = totalGap - closed;
    int topicRoom = perWeek - practiceCap;
    int extraWeeks = leftHours <= 0 ? 0 : topicRoom <= 0 ? -1
        : (int) Math.ceil(StepOptimizer.halves(leftHours) / (double) topicRoom);
    double planned = weeks.stream().mapToDouble(Week::hours).sum();
    double available = inputs.weeks() * inputs.hoursPerWeek();
    String summary = summary(score, inputs, upkeep, covered, leftOut, StepOptimizer.halves(leftHours), extraWeeks,
        planned, available, focus);
    String achieves = score.readinessIndex() == null ? "" : "Following this plan takes the index from "
        + Numbers.index(score.readinessIndex()) + " to " + Numbers.index(after.readinessIndex()) + " ("
        + score.verdict().label() + (after.verdict() == score.verdict() ? "" : " → " + after.verdict().label())
        + ").";
    return new StudyPlan(inputs, available, planned, covered, Math.max(0, extraWeeks), focus, leftOut, partly,
        summary, upkeep, weeks, projected, after.readinessIndex(), after.verdict(), coverage, achieves);
  }

  /** The level a task's scheduled half-hours reach: only whole steps count, a step begun is not yet climbed. */
  private double levelAfter(WeekScheduler.Task t) {
    double reached = t.from;
    for (double level = Math.floor(t.from) + 1; level <= t.to; level++) {
      if (StepOptimizer.halves(cost.hours(t.from, level)) <= t.done()) {
        reached = level;
      }
    }
    return reached;
  }

  /** The chosen steps as tasks, the most index gained per hour first, then in the guide's order. */
  private List<WeekScheduler.Task> studyTasks(Score score, Map<String, StepOptimizer.Option> chosen,
      Map<String, Double> perLevel) {
    List<WeekScheduler.Task> tasks = new ArrayList<>();
    chosen.forEach((id, o) -> {
      if (o.halves() > 0) {
        tasks.add(new WeekScheduler.Task(id, Activity.STUDY, score.topic(id).rating(), o.level(), o.halves()));
      }
    });
    tasks.sort(Comparator.comparingDouble((WeekScheduler.Task t) -> -perLevel.get(t.topic) * (t.to - t.from)
        / t.total).thenComparingInt(t -> rubric.orderOf(t.topic)));
    return tasks;
  }

  /**
   * With hours still left that no whole step fits, a start on the next step of the topics worth most per hour:
   * progress the projection does not count (a step begun is not climbed), but no hour is wasted.
   */
  private List<WeekScheduler.Task> headStarts(Score score, Map<String, StepOptimizer.Option> chosen,
      Map<String, Double> perLevel, int room) {
    List<WeekScheduler.Task> out = new ArrayList<>();
    List<TopicScore> open = chosen.keySet().stream().map(score::topic)
        .filter(t -> chosen.get(t.id()).level() < t.target())
        .sorted(Comparator.comparingDouble((TopicScore t) -> -perLevel.getOrDefault(t.id(), 0.0)
            / cost.hours(chosen.get(t.id()).level(), Math.floor(chosen.get(t.id()).level()) + 1))
            .thenComparingInt(t -> rubric.orderOf(t.id())))
        .toList();
    for (TopicScore t : open) {
      if (room < WeekScheduler.MIN_BLOCK) {
        break;
      }
      double from = chosen.get(t.id()).level();
      double to = Math.floor(from) + 1;
      int halves = Math.min(room, StepOptimizer.halves(cost.hours(from, to)));
      WeekScheduler.Task task = new WeekScheduler.Task(t.id(), Activity.STUDY, from, to, halves);
      out.add(task);
      room -= halves;
    }
    return out;
  }

  /** Focus topics taken from where they will stand up to the depth level, where the role asks for that depth. */
  private List<WeekScheduler.Task> depthTasks(Score score, Map<String, List<String>> focus,
      Map<String, Double> reached) {
    int level = rubric.depthAdvice().level();
    List<WeekScheduler.Task> tasks = new ArrayList<>();
    for (PartScore part : score.parts()) {
      if (part.target() < level) {
        continue;
      }
      focus.get(part.id()).stream().map(score::topic)
          .map(t -> new double[] {rubric.orderOf(t.id()), Math.max(reached.getOrDefault(t.id(), t.rating()),
              t.target())})
          .filter(x -> x[1] < level)
          .forEach(x -> {
            String id = rubric.topics().get((int) x[0]).id();
            tasks.add(new WeekScheduler.Task(id, Activity.DEPTH, x[1], level,
                StepOptimizer.halves(cost.hours(x[1], level))));
          });
    }
    tasks.sort(Comparator.comparingInt((WeekScheduler.Task t) -> t.total).thenComparingInt(t -> rubric.orderOf(t.topic)));
    return tasks;
  }

  private PlanItem topicItem(WeekScheduler.Task t, int halves) {
    Topic topic = rubric.topic(t.topic);
    boolean whole = t.total >= StepOptimizer.halves(cost.hours(t.from, t.to));
    String what = !whole ? "Make a start: from " + Numbers.level(t.from) + " toward " + Numbers.level(t.to)
        + " (the rest of this step falls after the interview)"
        : (t.activity == Activity.STUDY ? "Close the gap: from " : "Take it to depth: from ")
        + Numbers.level(t.from) + " to " + Numbers.level(t.to);
    String description = what + ". Study \"" + topic.pointsHeading() + "\", then answer the question aloud.";
    return new PlanItem(topic.id(), t.activity, description, topic.points(), topic.question(), halves / 2.0, t.from,
        (int) Math.ceil(t.to));
  }

  /**
   * Per part, the topics to take to depth: those already at the depth level, then the cheapest to bring there,
   * then by gap, then by the guide's order; as many as the guide's minimum.
   */
  public Map<String, List<String>> chooseFocus(Score score) {
    int level = rubric.depthAdvice().level();
    int wanted = rubric.depthAdvice().minTopics();
    Map<String, List<String>> focus = new LinkedHashMap<>();
    for (PartScore part : score.parts()) {
      List<TopicScore> rated = score.topics().stream().filter(t -> t.part().equals(part.id()) && t.rated()).toList();
      List<String> chosen = new ArrayList<>();
      rated.stream().filter(t -> t.rating() >= level).limit(wanted).forEach(t -> chosen.add(t.id()));
      rated.stream().filter(t -> t.rating() < level)
          .sorted(Comparator.comparingDouble((TopicScore t) -> cost.hours(t.rating(), level))
              .thenComparing(Comparator.comparingDouble(TopicScore::weightedGap).reversed())
              .thenComparingInt(t -> rubric.orderOf(t.id())))
          .limit(Math.max(0, wanted - chosen.size()))
          .forEach(t -> chosen.add(t.id()));
      chosen.sort(Comparator.comparingInt(rubric::orderOf));
      focus.put(part.id(), List.copyOf(chosen));
    }
    return focus;
  }

  private String summary(Score score, PlanInputs in, boolean upkeep, double covered, List<String> leftOut,
      int leftHalves, int extraWeeks, double planned, double available, Map<String, List<String>> focus) {
    String hours = fmt(in.hoursPerWeek()) + " h a week";
    StringBuilder s = new StringBuilder();
    if (upkeep) {
      s.append("No gap to the ").append(score.role().title()).append(" target and the depth goals are met: this is"
          + " an upkeep plan of practice and reading, ").append(hours).append('.');
    } else if (leftOut.isEmpty()) {
      s.append("The plan closes every gap to the ").append(score.role().title()).append(" target and takes the"
          + " focus topics to depth in ").append(in.weeks()).append(in.weeks() == 1 ? " week" : " weeks")
          .append(" (").append(fmt(planned)).append(" of ").append(fmt(available)).append(" hours).");
    } else {
      s.append("Time is short: the plan covers ").append(Math.round(covered * 100)).append("% of the gap to the ")
          .append(score.role().title()).append(" target in ").append(in.weeks())
          .append(in.weeks() == 1 ? " week" : " weeks").append(" at ").append(hours).append(". Left out: ")
          .append(leftOut.size()).append(leftOut.size() == 1 ? " topic (" : " topics (")
          .append(String.join(", ", leftOut.subList(0, Math.min(10, leftOut.size()))))
          .append(leftOut.size() > 10 ? ", …" : "").append("), ").append(fmt(leftHalves / 2.0)).append(" hours.");
      if (extraWeeks > 0) {
        s.append(" At ").append(hours).append(", ").append(extraWeeks).append(" more")
            .append(extraWeeks == 1 ? " week" : " weeks").append(" would cover it.");
      } else {
        s.append(" At ").append(hours).append(" there is no room for topic work; more hours are needed.");
      }
    }
    long unrated = score.unratedTopics();
    if (unrated > 0) {
      s.append(' ').append(unrated).append(unrated == 1 ? " topic is" : " topics are")
          .append(" not rated and not planned: rate them to include them.");
    }
    return s.toString();
  }

  static String fmt(double v) {
    return Numbers.hours(v);
  }

  /** How this planner works, in words, with the rubric's own figures: the appendix states it. */
  public String rule() {
    PlanningRules.Practice p = rubric.planning().practice();
    List<String> steps = new ArrayList<>();
    List<Double> hours = rubric.planning().hoursPerLevelStep();
    for (int i = 0; i < hours.size(); i++) {
      steps.add((rubric.scale().min() + i) + "→" + (rubric.scale().min() + i + 1) + ": " + fmt(hours.get(i)));
    }
    int mock = p.mockInterviewWeeks();
    return "Climbing a level costs " + String.join(", ", steps) + " hours for the successive steps of the scale."
        + " Each week gives at most " + Numbers.percent(p.maxShare()) + " of its hours to practice: case studies in"
        + " week 1 and decision records in week 2 (unless the checklist marks them done), PEP reading and"
        + " whiteboard practice weekly, a kata every fourth week, mock interviews in the last "
        + (mock == 1 ? "week" : mock + " weeks") + ". With the hours left, the plan chooses the level steps that"
        + " raise the readiness index at the interview the most (an exact choice, not a rule of thumb), does the"
        + " steps worth most per hour first, and then takes the focus topics to depth. A topic's work comes in"
        + " blocks of at least an hour, at most " + WeekScheduler.TOPICS_PER_WEEK + " topics a week.";
  }
}
