package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.Samples;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.Scorer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Page 1's sentence names the parts to start with, and the gaps beside it come from those parts.
 */
class HeadlineTest {
  private static final Rubric RUBRIC = RubricLoader.embedded();

  private static Score score(Function<String, Double> ratingOfPart) {
    Assessment base = new Samples(RUBRIC).all().get(0).assessment();
    Map<String, Double> ratings = new LinkedHashMap<>();
    RUBRIC
        .topics()
        .forEach(
            t -> {
              Double r = ratingOfPart.apply(t.id().equals("T05") ? "unrated" : t.part());
              if (r != null) {
                ratings.put(t.id(), r);
              }
            });
    Scorer scorer = new Scorer(RUBRIC);
    return scorer.score(base.withTopicRatings(ratings), RUBRIC.role("lead"));
  }

  @Test
  void notReadyPartsComeBeforeCloseOnesAndTheGapsFollowThem() {
    // P1 is close with the most gap points; P4 and P6 are not ready with fewer
    Score s =
        score(
            p ->
                switch (p) {
                  case "P4" -> 1.0;
                  case "P6" -> 1.0;
                  case "unrated" -> null;
                  default -> 3.0;
                });
    Headline h = Headline.of(RUBRIC, s, List.of());
    assertThat(h.focusParts()).containsExactly("P4", "P6");
    assertThat(h.text())
        .isEqualTo(
            "Close to ready for Lead Python Architect; start with Part 4: Data Engineering &"
                + " ML Systems (Not ready) and Part 6: Emerging Trends & Future-Proofing (Not ready).");
    assertThat(h.gapTopics())
        .isNotEmpty()
        .allSatisfy(t -> assertThat(RUBRIC.topic(t).part()).isIn("P4", "P6"));
    assertThat(h.gapNote()).isEmpty();
  }

  @Test
  void noTopicRatedNeverReadsAsEveryPartReady() {
    Headline h = Headline.of(RUBRIC, score(p -> null), List.of());
    assertThat(h.text())
        .isEqualTo(
            "Not ready yet for Lead Python Architect; no topic is rated yet, so rate the"
                + " topics first.");
    assertThat(h.focusParts()).isEmpty();
  }

  @Test
  void aPartWithNothingRatedIsNamed() {
    Headline h = Headline.of(RUBRIC, score(p -> p.equals("P6") ? null : 5.0), List.of());
    assertThat(h.text())
        .contains(
            "; rate the topics of Part 6: Emerging Trends & Future-Proofing to judge that"
                + " part.");
  }

  /**
   * Rated 0 everywhere, Parts 1 and 2 tie on their largest gaps (weight 1.25, target 4): the gaps
   * shown come from the part the sentence names first, and the heading says which parts they are
   * from (the JSON's largestGaps, over every part, is a different list).
   */
  @Test
  void theGapsComeFromThePartNamedFirstOnATieAndSaySo() {
    Headline h = Headline.of(RUBRIC, score(p -> 0.0), List.of());
    assertThat(h.gapsHeading())
        .isEqualTo(
            "Largest gaps in Part "
                + RUBRIC.part(h.focusParts().get(0)).number()
                + " and Part "
                + RUBRIC.part(h.focusParts().get(1)).number());
    assertThat(h.gapTopics())
        .allSatisfy(t -> assertThat(RUBRIC.topic(t).part()).isEqualTo(h.focusParts().get(0)));
  }
}
