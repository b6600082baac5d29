package dev.readiness.plan;

import static dev.readiness.testing.Fixtures.RUBRIC;
import static dev.readiness.testing.Fixtures.rated;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Assessment;
import dev.readiness.rubric.Role;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.Scorer;
import dev.readiness.scoring.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hours to Ready are the exact minimum: checked against every choice of levels on small cases.
 */
class ReadyHoursTest {
  private static final Scorer SCORER = new Scorer(RUBRIC);
  private static final StudyCost COST = new StudyCost(RUBRIC);

  @Test
  void matchesBruteForceOnSmallCases() {
    Random r = new Random(7);
    int reachable = 0;
    for (int n = 0; n < 60; n++) {
      Role role = RUBRIC.roles().get(r.nextInt(RUBRIC.roles().size()));
      // every topic at target but four of one part, which sit below it (so the part is not ready),
      // and skills that put the index near the Ready line
      String part = RUBRIC.parts().get(r.nextInt(RUBRIC.parts().size())).id();
      List<String> inPart =
          RUBRIC.topics().stream().filter(t -> t.part().equals(part)).map(t -> t.id()).toList();
      List<String> low = new ArrayList<>();
      while (low.size() < Math.min(4, inPart.size())) {
        String id = inPart.get(r.nextInt(inPart.size()));
        if (!low.contains(id)) {
          low.add(id);
        }
      }
      Map<String, Double> below = new LinkedHashMap<>();
      low.forEach(
          id ->
              below.put(
                  id,
                  (double)
                      r.nextInt(RUBRIC.role(role.id()).targetOfPart(RUBRIC.topic(id).part()))));
      double skills = 1 + r.nextInt(8) / 2.0;
      Assessment a =
          rated(t -> below.getOrDefault(t.id(), (double) role.targetOfPart(t.part())), g -> skills);
      Score score = SCORER.score(a, role);
      ReadyHours.Result got = new ReadyHours(RUBRIC).of(a, score);
      Double brute = bruteForce(a, score);
      assertThat(got.hours()).as("case %d (%s, %s)", n, role.id(), below).isEqualTo(brute);
      if (brute == null) {
        assertThat(got.reason()).startsWith("even with every rated topic at target the index");
      } else if (brute > 0) {
        reachable++;
      }
    }
    assertThat(reachable).as("cases where study reaches Ready").isGreaterThan(10);
  }

  /** The least half-hours over every combination of levels of the topics below target, or null. */
  private static Double bruteForce(Assessment a, Score score) {
    if (score.verdict() == Status.READY) {
      return 0.0;
    }
    Integer best = null;
    for (Baselines.Choice c : Baselines.everyChoice(score)) {
      if ((best == null || c.halves() < best)
          && SCORER.score(a.withTopicRatings(c.levels()), score.role()).verdict() == Status.READY) {
        best = c.halves();
      }
    }
    return best == null ? null : best / 2.0;
  }

  @Test
  void skillsAtZeroCapTheIndexBelowReady() {
    Role lead = RUBRIC.role("lead");
    Assessment a = rated(t -> 0.0, g -> 0.0);
    ReadyHours.Result r = new ReadyHours(RUBRIC).of(a, SCORER.score(a, lead));
    assertThat(r.hours()).isNull();
    assertThat(r.reason())
        .isEqualTo(
            "even with every rated topic at target the index reaches 80.0, short of Ready at 85:"
                + " raise the skill ratings too");
  }
}
