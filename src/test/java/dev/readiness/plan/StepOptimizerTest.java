package dev.readiness.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.rubric.RubricLoader;
import dev.readiness.scoring.TopicScore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The optimiser's order of preference: index first, then the fewest parts left not ready, then the
 * guide's order.
 */
class StepOptimizerTest {
  private static final StepOptimizer OPTIMIZER =
      new StepOptimizer(new StudyCost(RubricLoader.embedded()));

  private static TopicScore topic(String id, String part, double rating) {
    return new TopicScore(id, part, id, rating, 4, 4 - rating, 4 - rating);
  }

  /** Two topics whose next step costs the same and gains the same index: room for one of them. */
  private static Map<String, StepOptimizer.Option> chooseOne(Map<String, Double> toLeaveNotReady) {
    List<TopicScore> topics = List.of(topic("T01", "P1", 2), topic("T10", "P2", 2));
    int oneStep = StepOptimizer.halves(new StudyCost(RubricLoader.embedded()).hours(2, 3));
    return OPTIMIZER.choose(topics, Map.of("T01", 1.5, "T10", 1.5), oneStep, toLeaveNotReady);
  }

  @Test
  void aTieGoesToTheStepThatTakesAPartOutOfNotReady() {
    // P2 is one level short of "close", P1 further: the step goes to the later topic, T10
    Map<String, StepOptimizer.Option> chosen = chooseOne(Map.of("P1", 3.0, "P2", 1.0));
    assertThat(chosen.get("T01").level()).isEqualTo(2);
    assertThat(chosen.get("T10").level()).isEqualTo(3);
  }

  @Test
  void otherwiseATieGoesToTheEarlierTopicInTheGuide() {
    Map<String, StepOptimizer.Option> chosen = chooseOne(Map.of("P1", 3.0, "P2", 3.0));
    assertThat(chosen.get("T01").level()).isEqualTo(3);
    assertThat(chosen.get("T10").level()).isEqualTo(2);
    assertThat(chooseOne(Map.of()).get("T01").level()).isEqualTo(3);
  }

  @Test
  void theIndexComesBeforeTheParts() {
    // T10's step gains less index, though it would take P2 out of "not ready": the higher index
    // wins
    List<TopicScore> topics = List.of(topic("T01", "P1", 2), topic("T10", "P2", 2));
    int oneStep = StepOptimizer.halves(new StudyCost(RubricLoader.embedded()).hours(2, 3));
    Map<String, StepOptimizer.Option> chosen =
        OPTIMIZER.choose(
            topics, Map.of("T01", 1.5, "T10", 1.0), oneStep, Map.of("P1", 3.0, "P2", 1.0));
    assertThat(chosen.get("T01").level()).isEqualTo(3);
    assertThat(chosen.get("T10").level()).isEqualTo(2);
  }
}
