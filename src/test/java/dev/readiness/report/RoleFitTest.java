package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Samples;
import dev.readiness.plan.StudyCost;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.scoring.Status;
import dev.readiness.testing.Reports;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every report scores the assessment against every role, and the scored role's entry is the
 * report's own.
 */
class RoleFitTest {
  private static final Rubric RUBRIC = RubricLoader.embedded();

  @Test
  void everyRoleInOrderAndTheScoredOneIsTheReportsOwn() {
    for (Samples.Sample s : new Samples(RUBRIC).all()) {
      CandidateReport r = Reports.of(RUBRIC, s.assessment());
      List<RoleFit> fits = r.model().roleFit();
      assertThat(fits).extracting(RoleFit::role).containsExactly("senior", "lead", "principal");
      RoleFit own =
          fits.stream()
              .filter(f -> f.role().equals(r.score().role().id()))
              .findFirst()
              .orElseThrow();
      assertThat(own.readinessIndex()).isEqualTo(r.score().readinessIndex());
      assertThat(own.verdict()).isEqualTo(r.score().verdict());
      StudyCost cost = new StudyCost(RUBRIC);
      double hours =
          r.score().topics().stream()
              .filter(t -> t.rated())
              .mapToDouble(t -> cost.hours(t.rating(), t.target()))
              .sum();
      assertThat(own.hoursToTarget()).isEqualTo(hours);
    }
  }

  @Test
  void aMoreSeniorRoleNeverNeedsFewerHours() {
    for (Samples.Sample s : new Samples(RUBRIC).all()) {
      List<RoleFit> fits = Reports.of(RUBRIC, s.assessment()).model().roleFit();
      for (int i = 1; i < fits.size(); i++) {
        assertThat(fits.get(i).hoursToTarget())
            .isGreaterThanOrEqualTo(fits.get(i - 1).hoursToTarget());
      }
    }
  }

  @Test
  void theLineSaysWhatIsInReach() {
    List<RoleFit> fits =
        List.of(
            new RoleFit("senior", "Senior", 91.24, Status.READY, List.of(), 0, 0.0, null),
            new RoleFit("lead", "Lead", 88.8, Status.CLOSE, List.of("P5"), 95.5, 59.5, null),
            new RoleFit(
                "principal",
                "Principal",
                51.0,
                Status.NOT_READY,
                List.of("P1", "P5"),
                310,
                null,
                "skills"));
    assertThat(RoleFit.line(RUBRIC, fits))
        .isEqualTo(
            "Ready now for Senior (index 91.2); Lead 88.8 (Close: Part 5"
                + " not ready, Ready in about 60 h of topic study); Principal 51.0 (Not ready,"
                + " skills).");
    assertThat(RoleFit.best(fits)).map(RoleFit::role).contains("senior");
    assertThat(RoleFit.line(RUBRIC, fits, false))
        .as("a panel's packet: where the candidate stands, no study")
        .isEqualTo(
            "Ready now for Senior (index 91.2); Lead 88.8 (Close: Part 5 not ready); Principal"
                + " 51.0 (Not ready).");
    List<RoleFit> outOfReach =
        List.of(
            new RoleFit("senior", "Senior", 0.0, Status.NOT_READY, List.of(), 400, null, "why"),
            new RoleFit("lead", "Lead", 0.0, Status.NOT_READY, List.of(), 500, null, "why too"));
    assertThat(RoleFit.line(RUBRIC, outOfReach))
        .as("the reason once, where it first applies")
        .isEqualTo(
            "Senior 0.0 (Not ready, why); Lead 0.0 (Not ready, study alone cannot reach Ready).");
    List<RoleFit> noneReady =
        List.of(
            new RoleFit("senior", "Senior", 80.7, Status.CLOSE, List.of(), 94, 10.0, null),
            new RoleFit("lead", "Lead", 77.9, Status.CLOSE, List.of("P3"), 137, 40.0, null),
            new RoleFit(
                "principal", "Principal", 67.2, Status.CLOSE, List.of("P3"), 321, 200.0, null));
    assertThat(RoleFit.best(noneReady)).map(RoleFit::role).contains("senior");
  }

  @Test
  void theBestFitIsTheMostSeniorReadyRoleElseTheBestCloseOneTheLowerOnATieElseNone() {
    RoleFit seniorReady =
        new RoleFit("senior", "Senior", 90.0, Status.READY, List.of(), 0, null, null);
    RoleFit leadReady = new RoleFit("lead", "Lead", 86.0, Status.READY, List.of(), 0, null, null);
    RoleFit principalClose =
        new RoleFit("principal", "Principal", 88.0, Status.CLOSE, List.of("P5"), 40, null, null);
    assertThat(RoleFit.best(List.of(seniorReady, leadReady, principalClose)))
        .map(RoleFit::role)
        .contains("lead");
    // a tie between close roles goes to the lower one
    List<RoleFit> tie =
        List.of(
            new RoleFit("senior", "Senior", 70.0, Status.CLOSE, List.of(), 20, null, null),
            new RoleFit("lead", "Lead", 70.0, Status.CLOSE, List.of(), 60, null, null),
            new RoleFit("principal", "Principal", 70.0, Status.CLOSE, List.of(), 200, null, null));
    assertThat(RoleFit.best(tie)).map(RoleFit::role).contains("senior");
    // a higher index wins over the lower role
    List<RoleFit> higher =
        List.of(
            tie.get(0), new RoleFit("lead", "Lead", 70.1, Status.CLOSE, List.of(), 60, null, null));
    assertThat(RoleFit.best(higher)).map(RoleFit::role).contains("lead");
    // rated 0 everywhere: no role is at least close, so there is no best fit
    List<RoleFit> zero =
        List.of(
            new RoleFit("senior", "Senior", 0.0, Status.NOT_READY, List.of("P1"), 300, null, null),
            new RoleFit("lead", "Lead", 0.0, Status.NOT_READY, List.of("P1"), 400, null, null),
            new RoleFit(
                "principal", "Principal", 0.0, Status.NOT_READY, List.of("P1"), 500, null, null));
    assertThat(RoleFit.best(zero)).isEmpty();
    assertThat(
            RoleFit.best(
                List.of(
                    new RoleFit(
                        "senior", "Senior", null, Status.NOT_RATED, List.of(), 0, null, null))))
        .isEmpty();
  }
}
