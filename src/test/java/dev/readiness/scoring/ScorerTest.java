package dev.readiness.scoring;

import static dev.readiness.testing.Fixtures.RUBRIC;
import static dev.readiness.testing.Fixtures.rated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.readiness.assessment.Assessment;
import dev.readiness.rubric.Role;
import org.junit.jupiter.api.Test;

/**
 * Each rule on small hand-computed cases, against the lead role (targets P1 4, P2 4, P3 3, P4 3, P5
 * 4, P6 3).
 */
class ScorerTest {
  private final Scorer scorer = new Scorer(RUBRIC);
  private final Role lead = RUBRIC.role("lead");

  private Score score(Assessment a) {
    return scorer.score(a, lead);
  }

  @Test
  void exactlyAtTarget() {
    Score s =
        score(
            rated(
                t -> (double) lead.targetOfPart(t.part()),
                g -> (double) lead.targetOfSkillGroup(g)));
    assertThat(s.parts())
        .allSatisfy(
            p -> {
              assertThat(p.coverage()).isEqualTo(1.0);
              assertThat(p.gapPoints()).isZero();
              assertThat(p.status()).isEqualTo(Status.READY);
            });
    assertThat(s.part("P1").depthTopics()).isEqualTo(10);
    assertThat(s.part("P3").depthTopics()).isZero();
    assertThat(s.part("P3").depthMet()).isFalse();
    assertThat(s.readinessIndex()).isEqualTo(100.0);
    assertThat(s.verdict()).isEqualTo(Status.READY);
    assertThat(s.largestGaps()).isEmpty();
    assertThat(s.strengths()).hasSize(55);
    assertThat(s.strengths().get(0).id()).isEqualTo("T01");
    assertThat(s.topics()).allSatisfy(t -> assertThat(t.gap()).isZero());
  }

  @Test
  void allZeros() {
    Score s = score(rated(t -> 0.0, g -> 0.0));
    assertThat(s.part("P1").coverage()).isZero();
    assertThat(s.part("P1").gapPoints()).isEqualTo(10 * 4 * 1.25);
    assertThat(s.part("P3").gapPoints()).isEqualTo(10 * 3 * 1.0);
    assertThat(s.part("P6").gapPoints()).isEqualTo(5 * 3 * 0.75);
    assertThat(s.parts()).allSatisfy(p -> assertThat(p.status()).isEqualTo(Status.NOT_READY));
    assertThat(s.skillGroups())
        .allSatisfy(g -> assertThat(g.gapPoints()).isEqualTo(3.0 * g.target()));
    assertThat(s.readinessIndex()).isZero();
    assertThat(s.verdict()).isEqualTo(Status.NOT_READY);
    assertThat(s.strengths()).isEmpty();
    assertThat(s.largestGaps().get(0).id()).isEqualTo("T01");
    assertThat(s.largestGaps().get(0).weightedGap()).isEqualTo(5.0);
  }

  @Test
  void allBlankIsNotRatedNeverZero() {
    Score s = score(rated(t -> null, g -> null));
    assertThat(s.readinessIndex()).isNull();
    assertThat(s.verdict()).isEqualTo(Status.NOT_RATED);
    assertThat(s.parts())
        .allSatisfy(
            p -> {
              assertThat(p.coverage()).isNull();
              assertThat(p.status()).isEqualTo(Status.NOT_RATED);
              assertThat(p.rated()).isZero();
              assertThat(p.complete()).isFalse();
            });
    assertThat(s.part("P2").unrated()).isEqualTo(12);
    assertThat(s.topics()).allSatisfy(t -> assertThat(t.gap()).isNull());
  }

  @Test
  void oneStrongPart() {
    Score s = score(rated(t -> t.part().equals("P5") ? 5.0 : 1.0, g -> null));
    assertThat(s.part("P5").coverage()).isEqualTo(1.0);
    assertThat(s.part("P5").depthTopics()).isEqualTo(8);
    assertThat(s.part("P5").status()).isEqualTo(Status.READY);
    assertThat(s.part("P1").coverage()).isEqualTo(0.25);
    assertThat(s.part("P3").coverage()).isCloseTo(1 / 3.0, within(1e-12));
    // (1.25·¼ + 1.25·¼ + 1·⅓ + 1·⅓ + 1.25·1 + 0.75·⅓) / 6.5 = 0.42949 → 42.9; no skills rated, so
    // parts only
    assertThat(s.readinessIndex()).isEqualTo(42.9);
    assertThat(s.verdict()).isEqualTo(Status.NOT_READY);
    assertThat(s.strengths()).extracting(TopicScore::id).startsWith("T43", "T44", "T45").hasSize(8);
    assertThat(s.largestGaps()).extracting(TopicScore::id).startsWith("T01", "T02");
    assertThat(s.largestGaps().get(0).weightedGap()).isEqualTo(3.75);
  }

  @Test
  void skillsAreAFifthOfTheIndex() {
    Score s = score(rated(t -> (double) lead.targetOfPart(t.part()), g -> 0.0));
    assertThat(s.readinessIndex()).isEqualTo(80.0);
    assertThat(s.verdict()).isEqualTo(Status.CLOSE);
  }

  @Test
  void depthGoalGatesReadyOnlyWhereTheRoleAsksForDepth() {
    // P1 (target 4): every topic at 4 but one at 3 → coverage 0.975, depth 9: ready.
    // P2 (target 4): all at 3 → coverage 0.75, no topic at depth → close.
    Score s =
        score(
            rated(
                t -> {
                  if (t.part().equals("P1")) {
                    return t.id().equals("T01") ? 3.0 : 4.0;
                  }
                  if (t.part().equals("P2")) {
                    return 3.0;
                  }
                  return (double) lead.targetOfPart(t.part());
                },
                g -> null));
    assertThat(s.part("P1").coverage()).isEqualTo(0.975);
    assertThat(s.part("P1").status()).isEqualTo(Status.READY);
    assertThat(s.part("P2").coverage()).isEqualTo(0.75);
    assertThat(s.part("P2").status()).isEqualTo(Status.CLOSE);
    assertThat(s.part("P2").depthMet()).isFalse();
  }

  @Test
  void fullCoverageWithoutDepthIsOnlyClose() {
    Role principal = RUBRIC.role("principal");
    // principal P1 target 4: one topic at 4, nine just below (a panel consensus can fall between
    // levels)
    Score s =
        scorer.score(
            rated(t -> t.part().equals("P1") ? (t.number() <= 1 ? 4.0 : 3.9) : null, g -> null),
            principal);
    assertThat(s.part("P1").coverage()).isGreaterThanOrEqualTo(0.9);
    assertThat(s.part("P1").depthTopics()).isEqualTo(1);
    assertThat(s.part("P1").status()).isEqualTo(Status.CLOSE);
  }

  @Test
  void unratedTopicsAreCountedApart() {
    Score s = score(rated(t -> t.id().equals("T05") ? null : 3.0, g -> 3.0));
    assertThat(s.part("P1").unrated()).isEqualTo(1);
    assertThat(s.part("P1").rated()).isEqualTo(9);
    assertThat(s.part("P1").complete()).isFalse();
  }

  /**
   * On a scale of 1 to 4 the lowest level covers nothing, as 0 does on 0 to 5: everyone at 1 scored
   * 49.2 when coverage was rating / target.
   */
  @Test
  void onAScaleFromOneTheLowestLevelCoversNothing() throws Exception {
    dev.readiness.rubric.Rubric oneToFour;
    try (java.io.InputStream in =
        ScorerTest.class.getResourceAsStream("/rubrics/scale-1-to-4.json")) {
      oneToFour = dev.readiness.rubric.RubricLoader.parse("scale-1-to-4.json", in.readAllBytes());
    }
    assertThat(oneToFour.scale().min()).isEqualTo(1);
    Scorer four = new Scorer(oneToFour);
    Role role = oneToFour.roles().get(0);
    Score lowest = four.score(rated(t -> 1.0, g -> 1.0), role);
    assertThat(lowest.parts()).allSatisfy(p -> assertThat(p.coverage()).isZero());
    assertThat(lowest.readinessIndex()).isZero();
    Score atTarget =
        four.score(
            rated(
                t -> (double) role.targetOfPart(t.part()),
                g -> (double) role.targetOfSkillGroup(g)),
            role);
    assertThat(atTarget.readinessIndex()).isEqualTo(100.0);
    // one level above the lowest on every topic: 1 of (target − 1) levels
    Score one = four.score(rated(t -> 2.0, g -> 2.0), role);
    assertThat(one.parts())
        .allSatisfy(p -> assertThat(p.coverage()).isCloseTo(1.0 / (p.target() - 1), within(1e-12)));
    // each level above the lowest is worth what indexPerLevel says, as the planner counts on
    double parts =
        lowest.topics().stream()
            .mapToDouble(t -> four.indexPerLevel(lowest).get(t.id()) * (t.target() - 1))
            .sum();
    assertThat(parts).isCloseTo(100 * (1 - oneToFour.scoring().skillsShare()), within(1e-9));
  }
}
