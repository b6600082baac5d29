package dev.readiness.plan;

import static dev.readiness.testing.Fixtures.DATE;
import static dev.readiness.testing.Fixtures.RUBRIC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Assessment;
import dev.readiness.rubric.Role;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.Scorer;
import dev.readiness.scoring.TopicScore;
import dev.readiness.testing.Fixtures;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The plan is the most readiness its hours allow: on seeded random personas (blanks, all three
 * roles, part weeks before a mid-week interview, random study days and days off) its projection is
 * measured against the bound that ignores weekly packing (the exact optimum over all the hours the
 * weeks leave for topics), against a greedy plan over the same hours, and on small cases against
 * every choice of levels.
 */
class PlanOptimalityTest {
  private static final Scorer SCORER = new Scorer(RUBRIC);
  private static final StudyCost COST = new StudyCost(RUBRIC);
  private static final int PERSONAS = 60;

  private record Case(Assessment a, Score score, PlanInputs inputs, StudyPlan plan) {
    /**
     * The half-hours the weeks leave for topic work: their study days' hours less the practice
     * placed.
     */
    int topicHalves() {
      int total = 0;
      for (Week w : plan.weeks()) {
        double practice =
            w.routines().stream().mapToDouble(PlanItem::hours).sum()
                + w.items().stream()
                    .filter(i -> i.topic() == null)
                    .mapToDouble(PlanItem::hours)
                    .sum();
        total += (int) Math.round((w.available() - practice) * 2);
      }
      return total;
    }
  }

  private static Case persona(long seed) {
    Random r = new Random(seed);
    Role role = RUBRIC.roles().get(r.nextInt(RUBRIC.roles().size()));
    Assessment a = Fixtures.random(seed, r.nextDouble() * 0.3);
    Score score = SCORER.score(a, role);
    List<DayOfWeek> days = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      if (r.nextInt(3) == 0) {
        days.add(d);
      }
    }
    if (days.isEmpty()) {
      days.add(DayOfWeek.SATURDAY);
    }
    LocalDate interview = DATE.plusDays(5 + r.nextInt(180));
    TreeSet<LocalDate> off = new TreeSet<>();
    LocalDate holiday = DATE.plusDays(r.nextInt(60));
    for (int d = 0; d < r.nextInt(10); d++) {
      off.add(holiday.plusDays(d));
    }
    int weeks = (int) ((java.time.temporal.ChronoUnit.DAYS.between(DATE, interview) + 6) / 7);
    double hours = 2 + r.nextInt(30) / 2.0;
    PlanInputs in = new PlanInputs(DATE, weeks, hours, interview, new StudyDays(days, off));
    return new Case(a, score, in, new Planner(RUBRIC).plan(a, score, in));
  }

  private static Double projected(Case c, Map<String, StepOptimizer.Option> chosen) {
    Map<String, Double> levels = new LinkedHashMap<>();
    c.score().topics().stream()
        .filter(TopicScore::rated)
        .forEach(t -> levels.put(t.id(), t.rating()));
    chosen.forEach((id, o) -> levels.put(id, o.level()));
    return SCORER.score(c.a().withTopicRatings(levels), c.score().role()).readinessIndex();
  }

  private static double bound(Case c) {
    List<TopicScore> gaps =
        c.score().topics().stream().filter(t -> t.gap() != null && t.gap() > 0).toList();
    Map<String, Double> toLeave = new HashMap<>();
    c.score().parts().forEach(p -> toLeave.put(p.id(), SCORER.levelsToLeaveNotReady(p)));
    return projected(
        c,
        new StepOptimizer(COST)
            .choose(gaps, SCORER.indexPerLevel(c.score()), c.topicHalves(), toLeave));
  }

  /** The best gain per hour first, a step at a time, while a step fits the same hours. */
  private static double greedy(Case c) {
    return SCORER
        .score(
            c.a().withTopicRatings(Baselines.greedy(c.score(), c.topicHalves())), c.score().role())
        .readinessIndex();
  }

  @Test
  void theProjectionReachesTheBoundThatIgnoresWeeklyPacking() {
    int within = 0;
    int compared = 0;
    for (long seed = 0; seed < PERSONAS; seed++) {
      Case c = persona(seed);
      if (c.plan().projectedIndex() == null) {
        continue;
      }
      compared++;
      double gap = bound(c) - c.plan().projectedIndex();
      assertThat(gap)
          .as("persona %d: the plan never beats the exact optimum", seed)
          .isGreaterThanOrEqualTo(-1e-9);
      if (gap <= 1e-9) {
        within++;
      }
      assertThat(c.plan().projectedIndex())
          .as("persona %d against greedy", seed)
          .isGreaterThanOrEqualTo(greedy(c));
    }
    assertThat(compared).isGreaterThanOrEqualTo(40);
    assertThat(within)
        .as("personas whose projection is the packing-free optimum, of %d", compared)
        .isGreaterThanOrEqualTo(compared);
  }

  @Test
  void weeksHoldOnlyTheirStudyDatesAndSayWhyHoursIdle() {
    for (long seed = 0; seed < PERSONAS; seed++) {
      Case c = persona(seed);
      for (Week w : c.plan().weeks()) {
        assertThat(w.days())
            .allSatisfy(
                d -> {
                  assertThat(d).isBefore(c.inputs().end());
                  assertThat(c.inputs().days().daysOff()).doesNotContain(d);
                  assertThat(c.inputs().days().weekdays()).contains(d.getDayOfWeek());
                });
        assertThat(w.available()).isEqualTo(c.inputs().halvesIn(w.week()) / 2.0);
        assertThat(w.hours()).isLessThanOrEqualTo(w.available());
        if (w.hours() < w.available()) {
          assertThat(w.idle()).as("persona %d week %d", seed, w.week()).isNotBlank();
          // hours are free only once no gap is left to study
          assertThat(c.plan().leftOut()).as("persona %d week %d", seed, w.week()).isEmpty();
          assertThat(c.plan().partlyPlanned()).as("persona %d week %d", seed, w.week()).isEmpty();
        }
      }
    }
  }

  @Test
  void onSmallCasesNoChoiceOfLevelsDoesBetter() {
    Random r = new Random(11);
    for (int n = 0; n < 40; n++) {
      Role role = RUBRIC.roles().get(r.nextInt(RUBRIC.roles().size()));
      Map<String, Double> low = new LinkedHashMap<>();
      while (low.size() < 3) {
        var t = RUBRIC.topics().get(r.nextInt(RUBRIC.topics().size()));
        low.put(t.id(), (double) r.nextInt(role.targetOfPart(t.part())));
      }
      Assessment a =
          Fixtures.rated(
              t -> low.getOrDefault(t.id(), (double) role.targetOfPart(t.part())), g -> 3.0);
      Score score = SCORER.score(a, role);
      PlanInputs in = new PlanInputs(DATE, 1 + r.nextInt(4), 2 + r.nextInt(10));
      Case c = new Case(a, score, in, new Planner(RUBRIC).plan(a, score, in));
      assertThat(c.plan().projectedIndex()).as("case %d", n).isEqualTo(bruteForce(c));
    }
  }

  /**
   * The highest index over every choice of levels of the topics below target that fits the topic
   * hours.
   */
  private static double bruteForce(Case c) {
    return Baselines.everyChoice(c.score()).stream()
        .filter(x -> x.halves() <= c.topicHalves())
        .mapToDouble(
            x ->
                SCORER.score(c.a().withTopicRatings(x.levels()), c.score().role()).readinessIndex())
        .max()
        .orElseThrow();
  }
}
