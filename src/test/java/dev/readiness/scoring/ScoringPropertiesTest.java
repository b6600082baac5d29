package dev.readiness.scoring;

import static dev.readiness.testing.Fixtures.RUBRIC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Assessment;
import dev.readiness.rubric.Role;
import dev.readiness.testing.Fixtures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over many seeded random assessments: raising a rating never lowers a coverage or the index, nor
 * raises a gap.
 */
class ScoringPropertiesTest {
  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void raisingATopicRatingNeverHurts(long seed) {
    Random r = new Random(seed * 31 + 7);
    Assessment before = Fixtures.random(seed, r.nextDouble() * 0.5);
    Role role = RUBRIC.roles().get(r.nextInt(RUBRIC.roles().size()));
    List<String> raisable = new ArrayList<>();
    before
        .topicRatings()
        .forEach(
            (id, v) -> {
              if (v < RUBRIC.scale().max()) {
                raisable.add(id);
              }
            });
    if (raisable.isEmpty()) {
      return;
    }
    String id = raisable.get(r.nextInt(raisable.size()));
    Map<String, Double> raised = new LinkedHashMap<>(before.topicRatings());
    raised.put(id, raised.get(id) + 1 + r.nextInt((int) (RUBRIC.scale().max() - raised.get(id))));
    Assessment after = before.withTopicRatings(raised);
    Scorer scorer = new Scorer(RUBRIC);
    assertNoWorse(scorer.score(before, role), scorer.score(after, role));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void raisingASkillRatingNeverHurts(long seed) {
    Random r = new Random(seed * 17 + 3);
    Assessment before = Fixtures.random(seed + 1000, 0.3);
    Role role = RUBRIC.roles().get(r.nextInt(RUBRIC.roles().size()));
    Map<String, Double> raised = new LinkedHashMap<>(before.skillRatings());
    String id = raised.keySet().stream().filter(k -> raised.get(k) < 5).findFirst().orElse(null);
    if (id == null) {
      return;
    }
    raised.put(id, raised.get(id) + 1);
    Scorer scorer = new Scorer(RUBRIC);
    assertNoWorse(scorer.score(before, role), scorer.score(before.withSkillRatings(raised), role));
  }

  private static void assertNoWorse(Score before, Score after) {
    for (int i = 0; i < before.parts().size(); i++) {
      PartScore b = before.parts().get(i);
      PartScore a = after.parts().get(i);
      if (b.coverage() != null) {
        assertThat(a.coverage()).as(b.id()).isGreaterThanOrEqualTo(b.coverage());
      }
      assertThat(a.gapPoints()).as(b.id()).isLessThanOrEqualTo(b.gapPoints());
      assertThat(a.status().ordinal()).as(b.id()).isLessThanOrEqualTo(b.status().ordinal());
    }
    for (int i = 0; i < before.skillGroups().size(); i++) {
      GroupScore b = before.skillGroups().get(i);
      if (b.coverage() != null) {
        assertThat(after.skillGroups().get(i).coverage()).isGreaterThanOrEqualTo(b.coverage());
      }
    }
    for (int i = 0; i < before.topics().size(); i++) {
      TopicScore b = before.topics().get(i);
      if (b.gap() != null) {
        assertThat(after.topics().get(i).gap()).as(b.id()).isLessThanOrEqualTo(b.gap());
      }
    }
    if (before.readinessIndex() != null) {
      assertThat(after.readinessIndex()).isGreaterThanOrEqualTo(before.readinessIndex());
    }
    assertThat(after.verdict().ordinal()).isLessThanOrEqualTo(before.verdict().ordinal());
  }
}
