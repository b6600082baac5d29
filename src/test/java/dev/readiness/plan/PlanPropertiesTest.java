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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Over many seeded random personas and budgets, what the plan promises holds. */
class PlanPropertiesTest {
  private static final Scorer SCORER = new Scorer(RUBRIC);
  private static final StudyCost COST = new StudyCost(RUBRIC);

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  private record Case(Assessment a, Score score, StudyPlan plan, double hours) {}

  private static Case of(long seed) {
    Random r = new Random(seed);
    Role role = RUBRIC.roles().get(r.nextInt(RUBRIC.roles().size()));
    Assessment a = Fixtures.random(seed, r.nextDouble() * 0.4);
    Score score = SCORER.score(a, role);
    int weeks = 1 + r.nextInt(30);
    double hours = 0.5 + r.nextInt(40) / 2.0 + (r.nextBoolean() ? 0.25 : 0);
    return new Case(
        a, score, new Planner(RUBRIC).plan(a, score, new PlanInputs(DATE, weeks, hours)), hours);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theHoursAddUpAndIdleHoursAreExplained(long seed) {
    Case c = of(seed);
    StudyPlan p = c.plan();
    assertThat(p.hoursPlanned()).isLessThanOrEqualTo(p.weeks().size() * c.hours());
    Map<String, Double> lastBlock = new HashMap<>();
    Set<String> planned = new HashSet<>();
    for (Week w : p.weeks()) {
      assertThat(w.hours()).isLessThanOrEqualTo(c.hours());
      assertThat(
              w.items().stream().mapToDouble(PlanItem::hours).sum()
                  + w.routines().stream().mapToDouble(PlanItem::hours).sum())
          .isEqualTo(w.hours());
      assertThat(w.start()).isEqualTo(DATE.plusWeeks(w.week() - 1L));
      List<PlanItem> topics = w.items().stream().filter(i -> i.topic() != null).toList();
      double free = w.available() - w.hours();
      assertThat(free).isGreaterThanOrEqualTo(0);
      if (free > 0) {
        assertThat(w.idle()).as("a week with free hours says why").isNotBlank();
      }
      topics.forEach(i -> planned.add(i.topic()));
      for (int k = 0; k < topics.size(); k++) {
        PlanItem i = topics.get(k);
        boolean weeksLast = k == topics.size() - 1;
        lastBlock.merge(
            i.topic() + "|" + i.activity() + "|" + i.fromLevel(),
            i.hours(),
            (before, now) -> {
              // an earlier block of the same work under an hour was the last of its week: only then
              // may it be
              assertThat(before)
                  .as("a block before the last is at least an hour")
                  .isGreaterThanOrEqualTo(0.5);
              return now;
            });
        if (i.hours() < 1 && !weeksLast) {
          // a short block inside a week is a topic's last piece: the topic does not come back
          assertThat(
                  p.weeks().stream()
                      .filter(x -> x.week() > w.week())
                      .flatMap(x -> x.items().stream())
                      .anyMatch(
                          x ->
                              i.topic().equals(x.topic())
                                  && i.activity() == x.activity()
                                  && java.util.Objects.equals(i.fromLevel(), x.fromLevel())))
              .isFalse();
        }
      }
    }
    assertThat(p.leftOut()).allSatisfy(t -> assertThat(planned).doesNotContain(t));
    assertThat(p.partlyPlanned()).allSatisfy(x -> assertThat(planned).contains(x.topic()));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theProjectionIsTheScoringFormulaAndPaidForByThePlannedHours(long seed) {
    Case c = of(seed);
    StudyPlan p = c.plan();
    Score after = SCORER.score(c.a().withTopicRatings(p.projectedRatings()), c.score().role());
    assertThat(p.projectedIndex()).isEqualTo(after.readinessIndex());
    assertThat(p.projectedVerdict()).isEqualTo(after.verdict());
    after
        .parts()
        .forEach(x -> assertThat(p.projectedCoverage().get(x.id())).isEqualTo(x.coverage()));
    double cost =
        c.score().topics().stream()
            .filter(TopicScore::rated)
            .mapToDouble(t -> COST.hours(t.rating(), p.projectedRatings().get(t.id())))
            .sum();
    double topicHours =
        p.weeks().stream()
            .flatMap(w -> w.items().stream())
            .filter(i -> i.topic() != null)
            .mapToDouble(PlanItem::hours)
            .sum();
    assertThat(cost).isLessThanOrEqualTo(topicHours + 1e-9);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void noGreedyBestGainPerHourPlanOverTheSameHoursDoesBetter(long seed) {
    Case c = of(seed);
    StudyPlan p = c.plan();
    // the hours the plan's projection costs: within them, no greedy choice of steps climbs higher
    int budget =
        c.score().topics().stream()
            .filter(TopicScore::rated)
            .mapToInt(
                t -> StepOptimizer.halves(COST.hours(t.rating(), p.projectedRatings().get(t.id()))))
            .sum();
    Map<String, Double> levels = Baselines.greedy(c.score(), budget);
    Double greedy = SCORER.score(c.a().withTopicRatings(levels), c.score().role()).readinessIndex();
    if (greedy != null) {
      assertThat(p.projectedIndex()).isGreaterThanOrEqualTo(greedy);
    }
  }
}
