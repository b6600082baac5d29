package dev.readiness.progress;

import static dev.readiness.testing.Fixtures.RUBRIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.RaterRole;
import dev.readiness.plan.Planner;
import dev.readiness.rubric.Role;
import dev.readiness.rubric.Topic;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.Scorer;
import dev.readiness.testing.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A three-quarter history, checked by hand (lead role: P3 target 3, P5 target 4). */
class ProgressTrackerTest {
  private static final Role LEAD = RUBRIC.role("lead");
  private static final LocalDate Q1 = LocalDate.of(2026, 1, 1);
  private static final LocalDate Q2 = Q1.plusDays(90);
  private static final LocalDate Q3 = Q2.plusDays(90);

  private static ProgressTracker.Dated dated(
      LocalDate date, Function<Topic, Double> rating, String checkIn) {
    Map<String, Double> topics = new LinkedHashMap<>();
    Map<String, String> notes = new LinkedHashMap<>();
    for (Topic t : RUBRIC.topics()) {
      topics.put(t.id(), rating.apply(t));
    }
    notes.put("T23", "note of " + date);
    Assessment base =
        Fixtures.assessment("Sam", "S-1", "Mentor", RaterRole.MENTOR, date, topics, Map.of());
    Assessment a =
        Assessment.builder()
            .source(base.source())
            .candidate(base.candidate())
            .rater(base.rater())
            .raterRole(base.raterRole())
            .date(date)
            .checkInNotes(checkIn)
            .targetRole("lead")
            .hoursPerWeek(5.0)
            .topicRatings(topics)
            .topicNotes(notes)
            .build();
    Score s = new Scorer(RUBRIC).score(a, LEAD);
    List<String> focus = new Planner(RUBRIC).followUp(s);
    return new ProgressTracker.Dated(a, s, 1, focus);
  }

  /**
   * P3: all 1 (coverage ⅓), then all 2 (⅔), then four at 3 and six at 2 (0.8). P5: T43 slips from 5
   * to 3.
   */
  private static List<ProgressTracker.Dated> history() {
    List<ProgressTracker.Dated> h = new ArrayList<>();
    h.add(dated(Q1, t -> t.part().equals("P3") ? 1.0 : t.part().equals("P1") ? 2.0 : 4.0, "first"));
    h.add(
        dated(
            Q2,
            t ->
                t.part().equals("P3")
                    ? 2.0
                    : t.part().equals("P1") ? 2.0 : t.id().equals("T43") ? 5.0 : 4.0,
            "second"));
    h.add(
        dated(
            Q3,
            t ->
                t.part().equals("P3")
                    ? (t.number() <= 26 ? 3.0 : 2.0)
                    : t.part().equals("P1") ? 2.0 : t.id().equals("T43") ? 3.0 : 4.0,
            "third"));
    return h;
  }

  @Test
  void threeQuarters() {
    Progress p = new ProgressTracker(RUBRIC).track(history());
    assertThat(p.assessments()).extracting(Progress.Point::date).containsExactly(Q1, Q2, Q3);
    assertThat(p.assessments().get(0).parts().get("P3")).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(p.assessments().get(1).parts().get("P3")).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(p.assessments().get(2).parts().get("P3")).isCloseTo(0.8, within(1e-12));
    // least squares through (0, ⅓), (90, ⅔), (180, 0.8): slope = 42 / 16200 per day; (1 − 0.8) /
    // slope = 77.1 days, so 78 days after Q3
    Progress.Projection p3 = p.projection().get(2);
    assertThat(p3.perMonth()).isCloseTo(30 * 42 / 16200.0, within(1e-9));
    assertThat(p3.reachesTargetOn()).isEqualTo(Q3.plusDays(78));
    assertThat(p.partChanges().get("P3")).isCloseTo(0.8 - 2 / 3.0, within(1e-12));
    // P1 stays at 2 of 4: flat, so never at this pace; P4 and P6 are at target all along: reached
    assertThat(p.projection().get(0).reachesTargetOn()).isNull();
    assertThat(p.projection().get(0).reached()).isFalse();
    assertThat(p.projection().get(3).reached()).isTrue();
    assertThat(p.checkIns().previous()).isEqualTo("second");
    assertThat(p.checkIns().latest()).isEqualTo("third");
    assertThat(p.checkIns().topicNotes().get("T23"))
        .isEqualTo(new Progress.NotePair("note of " + Q2, "note of " + Q3));
  }

  @Test
  void aRegressionIsListed() {
    Progress p = new ProgressTracker(RUBRIC).track(history());
    assertThat(p.regressed()).singleElement().isEqualTo(new Progress.Change("T43", 5.0, 3.0));
    assertThat(p.improved())
        .extracting(Progress.Change::topic)
        .containsExactly("T23", "T24", "T25", "T26");
    // T43 slipping from 5 to 3 with a target of 4 costs P5 a quarter of a topic: 1/8 · ¼
    assertThat(p.partChanges().get("P5")).isCloseTo(-0.25 / 8, within(1e-12));
  }

  @Test
  void aProjectionThatNeverArrives() {
    List<ProgressTracker.Dated> h = new ArrayList<>();
    h.add(dated(Q1, t -> t.part().equals("P3") ? 2.0 : 4.0, ""));
    h.add(dated(Q2, t -> t.part().equals("P3") ? 1.0 : 4.0, ""));
    Progress p = new ProgressTracker(RUBRIC).track(h);
    Progress.Projection p3 = p.projection().get(2);
    assertThat(p3.reachesTargetOn()).isNull();
    assertThat(p3.reached()).isFalse();
    assertThat(p3.perMonth()).isNegative();
  }

  @Test
  void aVerySlowPaceIsNotAProjection() {
    List<ProgressTracker.Dated> h = new ArrayList<>();
    // one P3 topic up one level in a year: 1/30 of coverage a year, 20 years to go
    h.add(dated(Q1, t -> t.part().equals("P3") ? 1.0 : 4.0, ""));
    h.add(
        dated(
            Q1.plusYears(1),
            t -> t.part().equals("P3") ? (t.number() == 23 ? 2.0 : 1.0) : 4.0,
            ""));
    assertThat(new ProgressTracker(RUBRIC).track(h).projection().get(2).reachesTargetOn()).isNull();
  }

  @Test
  void thePreviousPlansFocusTopicsAreFollowed() {
    Progress p = new ProgressTracker(RUBRIC).track(history());
    // the previous plan put first the largest gaps of the parts most in need (P1's, weighted 1.25)
    // and the depth topics of P5 (T43 at 5): T43's slip is followed up, and P1's gaps show as
    // unchanged
    assertThat(p.focus())
        .anySatisfy(
            c -> {
              assertThat(c.topic()).isEqualTo("T43");
              assertThat(c.from()).isEqualTo(5.0);
              assertThat(c.to()).isEqualTo(3.0);
            });
    assertThat(p.focus()).anySatisfy(c -> assertThat(c.topic()).isEqualTo("T01"));
  }
}
