package dev.readiness.plan;

import static dev.readiness.testing.Fixtures.DATE;
import static dev.readiness.testing.Fixtures.RUBRIC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Assessment;
import dev.readiness.rubric.Role;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.Scorer;
import dev.readiness.testing.Fixtures;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * On seeded random personas, the practice takes questions that make sense where the plan puts them.
 */
class PracticeChoiceTest {
  private static final Scorer SCORER = new Scorer(RUBRIC);

  @Test
  void katasTakeStudiedDesignQuestionsAndMocksDrillEveryPartPageOneNames() {
    for (long seed = 0; seed < 40; seed++) {
      Random r = new Random(seed);
      Role role = RUBRIC.roles().get(r.nextInt(RUBRIC.roles().size()));
      Assessment a = Fixtures.random(seed, 0.1);
      Score score = SCORER.score(a, role);
      StudyPlan p =
          new Planner(RUBRIC)
              .plan(a, score, new PlanInputs(DATE, 6 + r.nextInt(20), 4 + r.nextInt(10)));
      Set<String> studied = new HashSet<>();
      String lastWhiteboard = null;
      for (Week w : p.weeks()) {
        w.items().stream().filter(i -> i.topic() != null).forEach(i -> studied.add(i.topic()));
        List<PlanItem> practice = w.items().stream().filter(i -> i.practised() != null).toList();
        assertThat(practice.stream().map(PlanItem::practised).distinct().count())
            .as(
                "seed %d week %d: a kata and a" + " whiteboard take different questions",
                seed, w.week())
            .isEqualTo(practice.size());
        for (PlanItem i : practice) {
          if (i.activity() == Activity.KATA) {
            assertThat(studied)
                .as("seed %d week %d: the kata's topic is studied", seed, w.week())
                .contains(i.practised());
            assertThat(RUBRIC.topic(i.practised()).answerShape())
                .isEqualTo(dev.readiness.rubric.AnswerShape.DESIGN);
          } else {
            assertThat(i.practised())
                .as("seed %d week %d", seed, w.week())
                .isNotEqualTo(lastWhiteboard);
            lastWhiteboard = i.practised();
          }
        }
        List<String> named = p.startParts().subList(0, Math.min(2, p.startParts().size()));
        for (PlanItem mock :
            w.items().stream().filter(i -> i.activity() == Activity.MOCK_INTERVIEW).toList()) {
          for (String part : named) {
            boolean partStudied =
                studied.stream().anyMatch(t -> RUBRIC.topic(t).part().equals(part));
            if (partStudied) {
              assertThat(
                      RUBRIC.topics().stream()
                          .filter(t -> t.part().equals(part))
                          .anyMatch(t -> mock.description().contains(t.id() + " ")))
                  .as("seed %d week %d: the mock interview drills %s", seed, w.week(), part)
                  .isTrue();
            }
          }
        }
      }
    }
  }
}
