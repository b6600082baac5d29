package dev.readiness.plan;

import dev.readiness.assessment.Assessment;
import dev.readiness.rubric.Rubric;
import dev.readiness.scoring.PartScore;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.Scorer;
import dev.readiness.scoring.TopicScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans the study weeks. Each week's practice is fitted first (within the rubric's share of the
 * hours its study days hold); with all the hours left, it chooses the level steps that take the
 * readiness index projected at the interview as high as it can go ({@link StepOptimizer}: exact),
 * studies them part by part in the order page 1 names the parts (the parts most in need first),
 * then takes the focus topics to depth and starts on further steps with whatever is left. Weeks are
 * filled in that order ({@link WeekScheduler}), so they hold as few topics as their hours allow and
 * no hour idles while work remains but for a stated rule. The rules are stated in README.md, "How
 * the study plan is made".
 */
public final class Planner {
  private final Rubric rubric;
  private final StudyCost cost;
  private final Scorer scorer;

  public Planner(Rubric rubric) {
    this.rubric = rubric;
    this.cost = new StudyCost(rubric);
    this.scorer = new Scorer(rubric);
  }

  public StudyPlan plan(Assessment a, Score score, PlanInputs inputs) {
    Map<String, List<String>> focus = chooseFocus(score);
    List<TopicScore> gaps =
        score.topics().stream().filter(t -> t.gap() != null && t.gap() > 0).toList();
    PlanTasks planTasks = new PlanTasks(rubric, cost, scorer, score);
    boolean upkeep = gaps.isEmpty() && planTasks.depth(focus, Map.of()).isEmpty();
    Practice practice = new Practice(rubric, a);
    List<Practice.WeekPractice> practices = new ArrayList<>();
    List<Integer> rooms = new ArrayList<>();
    for (int w = 1; w <= inputs.weeks(); w++) {
      int halves = inputs.halvesIn(w);
      Practice.WeekPractice p = practice.forWeek(w, inputs.weeks(), halves, upkeep);
      practices.add(p);
      rooms.add(halves - p.halves());
    }
    List<WeekScheduler.Task> tasks = planTasks.tasks(gaps, focus, rooms);
    List<Week> weeks =
        new WeekBuilder(rubric, practice, score, planTasks.startParts(tasks))
            .weeks(inputs, tasks, practices, rooms, upkeep);
    return new PlanResult(rubric, cost, scorer)
        .of(a, score, inputs, focus, upkeep, tasks, weeks, planTasks.startParts(tasks));
  }

  /**
   * Per part where the role asks for depth (its target reaches the guide's depth level), the topics
   * to take to depth: those already at the depth level, then the cheapest to bring there, then by
   * gap, then by the guide's order; as many as the guide's minimum. A part whose target is below
   * the depth level has none: depth is not needed there, and naming topics "to take to depth" would
   * contradict the parts table.
   */
  public Map<String, List<String>> chooseFocus(Score score) {
    int level = rubric.depthAdvice().level();
    int wanted = rubric.depthAdvice().minTopics();
    Map<String, List<String>> focus = new LinkedHashMap<>();
    for (PartScore part : score.parts()) {
      if (part.target() < level) {
        focus.put(part.id(), List.of());
        continue;
      }
      List<TopicScore> rated =
          score.topics().stream().filter(t -> t.part().equals(part.id()) && t.rated()).toList();
      List<String> chosen = new ArrayList<>();
      rated.stream()
          .filter(t -> t.rating() >= level)
          .limit(wanted)
          .forEach(t -> chosen.add(t.id()));
      rated.stream()
          .filter(t -> t.rating() < level)
          .sorted(
              Comparator.comparingDouble((TopicScore t) -> cost.hours(t.rating(), level))
                  .thenComparing(Comparator.comparingDouble(TopicScore::weightedGap).reversed())
                  .thenComparingInt(t -> rubric.orderOf(t.id())))
          .limit(Math.max(0, wanted - chosen.size()))
          .forEach(t -> chosen.add(t.id()));
      chosen.sort(Comparator.comparingInt(rubric::orderOf));
      focus.put(part.id(), List.copyOf(chosen));
    }
    return focus;
  }

  /**
   * What a plan made from this score puts first, which the next check-in follows up: the three
   * largest gaps in the parts most in need (those page 1 shows), then the topics to take to (or
   * keep at) depth.
   */
  public List<String> followUp(Score score) {
    List<String> parts =
        scorer.partsByNeed(score).stream()
            .limit(dev.readiness.text.Limits.NAMED_PARTS)
            .map(PartScore::id)
            .toList();
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    score.largestGaps().stream()
        .filter(t -> parts.contains(t.part()))
        .limit(dev.readiness.text.Limits.PAGE_ONE_TOPICS)
        .forEach(t -> out.add(t.id()));
    chooseFocus(score).values().forEach(out::addAll);
    return List.copyOf(out);
  }

  /** How this planner works, in words, with the rubric's own figures: the appendix states it. */
  public String rule() {
    return PlanRule.of(rubric);
  }
}
