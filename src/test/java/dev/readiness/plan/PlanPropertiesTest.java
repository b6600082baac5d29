package dev.readiness.plan;

import static dev.readiness.testing.Fixtures.DATE;
import static dev.readiness.testing.Fixtures.RUBRIC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.rubric.Role;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.Scorer;
import dev.readiness.testing.Fixtures;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Over many seeded random cases: the plan never holds more hours than there are, in total or in any week. */
class PlanPropertiesTest {
  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void plannedHoursNeverExceedTheHoursAvailable(long seed) {
    Random r = new Random(seed);
    Role role = RUBRIC.roles().get(r.nextInt(RUBRIC.roles().size()));
    Score score = new Scorer(RUBRIC).score(Fixtures.random(seed, r.nextDouble() * 0.4), role);
    int weeks = 1 + r.nextInt(30);
    double hours = 0.5 + r.nextInt(40) / 2.0 + (r.nextBoolean() ? 0.25 : 0);
    StudyPlan p = new Planner(RUBRIC).plan(score, new PlanInputs(DATE, weeks, hours));
    assertThat(p.weeks()).hasSize(weeks);
    assertThat(p.hoursPlanned()).isLessThanOrEqualTo(weeks * hours);
    for (Week w : p.weeks()) {
      assertThat(w.hours()).isLessThanOrEqualTo(hours);
      assertThat(w.items().stream().mapToDouble(PlanItem::hours).sum()).isEqualTo(w.hours());
      assertThat(w.start()).isEqualTo(DATE.plusWeeks(w.week() - 1L));
    }
    assertThat(p.gapCovered()).isBetween(0.0, 1.0);
    if (p.leftOut().isEmpty()) {
      assertThat(p.extraWeeksNeeded()).isZero();
      assertThat(p.gapCovered()).isEqualTo(1.0);
    } else {
      assertThat(p.summary()).startsWith("Time is short");
      assertThat(p.extraWeeksNeeded()).isPositive();
    }
  }
}
