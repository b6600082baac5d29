package dev.readiness.calibration;

import static dev.readiness.testing.Fixtures.DATE;
import static dev.readiness.testing.Fixtures.RUBRIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.RaterRole;
import dev.readiness.testing.Fixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalibratorTest {
  private final Calibrator calibrator = new Calibrator(RUBRIC);

  /** A rater's workbook: the given ratings for T01..Tn in order, the rest blank. */
  private static Assessment rater(String name, RaterRole role, Double... ratings) {
    Map<String, Double> topics = new LinkedHashMap<>();
    for (int i = 0; i < ratings.length; i++) {
      if (ratings[i] != null) {
        topics.put(String.format("T%02d", i + 1), ratings[i]);
      }
    }
    return Fixtures.assessment("Cand", "C-9", name, role, DATE, topics, Map.of("S01", 3.0));
  }

  private Calibration calibrate(Assessment... raters) {
    Calibrator.Result r = calibrator.calibrate(List.of(raters), Map.of());
    assertThat(r.problems()).isEmpty();
    return r.calibration();
  }

  @Test
  void handComputedPanel() {
    // T01: 2, 4, 4 → median 4, mean 3.33, spread 2 (discuss)
    // T02: 1, 2, 3 → median 2, mean 2, spread 2 (discuss)
    // T03: 5, 5, 2 → median 5, mean 4, spread 3 (discuss, first)
    // T04: 3, 3, null → median 3 (two raters), spread 0
    // T05: null, null, null → not rated
    Calibration c =
        calibrate(
            rater("Ann", RaterRole.PANEL, 2.0, 1.0, 5.0, 3.0, null),
            rater("Bo", RaterRole.PANEL, 4.0, 2.0, 5.0, 3.0, null),
            rater("Cy", RaterRole.PANEL, 4.0, 3.0, 2.0, null, null),
            rater("Cand", RaterRole.SELF, 5.0, 3.0, 5.0, 4.0, 1.0));
    Calibration.TopicRatings t1 = c.topics().get(0);
    assertThat(t1.median()).isEqualTo(4.0);
    assertThat(t1.mean()).isCloseTo(10 / 3.0, within(1e-12));
    assertThat(t1.spread()).isEqualTo(2.0);
    assertThat(t1.self()).isEqualTo(5.0);
    assertThat(c.topics().get(3).median()).isEqualTo(3.0);
    assertThat(c.topics().get(4).median()).isNull();
    assertThat(c.disagreements())
        .extracting(Calibration.Disagreement::topic)
        .containsExactly("T03", "T01", "T02");
    assertThat(c.disagreements().get(0).ratings())
        .containsExactly(Map.entry("Ann", 5.0), Map.entry("Bo", 5.0), Map.entry("Cy", 2.0));
    // the consensus drives the report: medians, the self-rating left out, T05 not rated
    assertThat(c.consensus().topicRatings())
        .containsExactly(
            Map.entry("T01", 4.0),
            Map.entry("T02", 2.0),
            Map.entry("T03", 5.0),
            Map.entry("T04", 3.0));
    assertThat(c.consensus().raterRole()).isEqualTo(RaterRole.PANEL);
    // self − consensus over P1 topics both rated: (5−4) + (3−2) + (5−5) + (4−3) = 3 over 4 topics
    assertThat(c.selfBias().get("P1")).isEqualTo(0.75);
    assertThat(c.selfBias().get("P2")).isNull();
    assertThat(c.raters())
        .extracting(Calibration.Rater::name)
        .containsExactly("Ann", "Bo", "Cy", "Cand");
  }

  @Test
  void anEvenPanelSplitGivesAHalfLevel() {
    Calibration c =
        calibrate(rater("Ann", RaterRole.PANEL, 3.0), rater("Bo", RaterRole.PANEL, 4.0));
    assertThat(c.consensus().topicRatings()).containsEntry("T01", 3.5);
  }

  @Test
  void everyoneIdenticalLeavesAlphaUndefinedWithAReason() {
    Calibration c =
        calibrate(
            rater("Ann", RaterRole.PANEL, 3.0, 3.0, 3.0),
            rater("Bo", RaterRole.PANEL, 3.0, 3.0, 3.0));
    assertThat(c.overall().value()).isNull();
    assertThat(c.overall().reason()).contains("no variation");
    assertThat(c.disagreements()).isEmpty();
  }

  @Test
  void onePanelRaterAndASelfRatingHaveNoAgreementToMeasure() {
    Calibration c =
        calibrate(rater("Ann", RaterRole.PANEL, 3.0, 2.0), rater("Cand", RaterRole.SELF, 4.0, 4.0));
    assertThat(c.overall().value()).isNull();
    assertThat(c.overall().reason()).contains("two or more raters");
    assertThat(c.consensus().topicRatings()).containsEntry("T01", 3.0).containsEntry("T02", 2.0);
    assertThat(c.selfBias().get("P1")).isEqualTo(1.5);
  }

  @Test
  void aTopicNobodyRatedIsLeftOutOfEverything() {
    Calibration c =
        calibrate(
            rater("Ann", RaterRole.PANEL, 3.0, null, 1.0),
            rater("Bo", RaterRole.PANEL, 4.0, null, 2.0));
    assertThat(c.topics().get(1).panel()).isEmpty();
    assertThat(c.topics().get(1).spread()).isNull();
    assertThat(c.consensus().topicRatings()).doesNotContainKey("T02");
    assertThat(c.overall().pairable()).isEqualTo(4);
  }

  @Test
  void theSameRaterTwiceIsAnErrorNamingBothFiles() {
    Assessment a = rater("Ann Lee", RaterRole.PANEL, 3.0);
    Assessment b = rater(" ann  lee ", RaterRole.PANEL, 4.0);
    Calibrator.Result r = calibrator.calibrate(List.of(a, b), Map.of());
    assertThat(r.calibration()).isNull();
    assertThat(r.problems())
        .singleElement()
        .asString()
        .contains("two workbooks from the same rater")
        .contains(a.source())
        .contains(b.source());
  }

  @Test
  void leniencyIsTheMeanOffsetFromTheConsensusAcrossCandidates() {
    // candidate 1: Ann 4, Bo 2, Cy 3 → median 3: Ann +1, Bo −1, Cy 0
    // candidate 2: Ann 5, Bo 3, Cy 3 → median 3: Ann +2, Bo 0, Cy 0
    Calibration c1 =
        calibrate(
            rater("Ann", RaterRole.PANEL, 4.0),
            rater("Bo", RaterRole.PANEL, 2.0),
            rater("Cy", RaterRole.PANEL, 3.0));
    Calibration c2 =
        calibrate(
            rater("Ann", RaterRole.PANEL, 5.0),
            rater("Bo", RaterRole.PANEL, 3.0),
            rater("Cy", RaterRole.PANEL, 3.0));
    Map<String, Calibration.Leniency> l = Calibrator.leniency(List.of(c1, c2));
    assertThat(l.get("ann")).isEqualTo(new Calibration.Leniency(1.5, 2, 2));
    assertThat(l.get("bo").offset()).isEqualTo(-0.5);
    assertThat(l.get("cy").offset()).isZero();
  }

  @Test
  void medianOfEvenAndOddCounts() {
    assertThat(Calibrator.median(List.of(1.0, 5.0, 2.0))).isEqualTo(2.0);
    assertThat(Calibrator.median(List.of(1.0, 4.0, 2.0, 5.0))).isEqualTo(3.0);
    assertThat(Calibrator.median(List.of())).isNull();
  }
}
