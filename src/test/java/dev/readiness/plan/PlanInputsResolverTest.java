package dev.readiness.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Assessment;
import dev.readiness.testing.Fixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanInputsResolverTest {
  private final Assessment base = Fixtures.rated(t -> 2.0, g -> 2.0);

  private Assessment with(LocalDate interview, Double hours) {
    return base.toBuilder()
        .interviewDate(interview)
        .hoursPerWeek(hours)
        .checkInNotes("")
        .daysOff(null)
        .build();
  }

  @Test
  void weeksRunFromTheAssessmentToTheInterview() {
    PlanInputsResolver.Result r =
        PlanInputsResolver.resolve(with(base.date().plusDays(10), 6.0), null, null);
    assertThat(r.ok()).isTrue();
    assertThat(r.inputs().weeks()).isEqualTo(2);
    assertThat(r.inputs().hoursPerWeek()).isEqualTo(6.0);
    assertThat(
            PlanInputsResolver.resolve(with(base.date().plusDays(14), 6.0), null, null)
                .inputs()
                .weeks())
        .isEqualTo(2);
  }

  @Test
  void theCommandLineWins() {
    PlanInputsResolver.Result r = PlanInputsResolver.resolve(with(null, null), 5, 3.0);
    assertThat(r.inputs().weeks()).isEqualTo(5);
    assertThat(r.inputs().hoursPerWeek()).isEqualTo(3.0);
  }

  @Test
  void missingOrImpossibleValuesSayWhereTheyCameFrom() {
    assertThat(messages(with(base.date().plusWeeks(3), null), null, null))
        .containsExactly(
            "\"Hours per week\" on the Profile sheet is empty; fill it in or pass --hours H");
    assertThat(messages(with(base.date().minusDays(1), 5.0), null, null))
        .containsExactly(
            "the \"Interview date\" 2026-11-01 is not after the \"Assessment date\" 2026-11-02 on the"
                + " Profile sheet; correct one of them or pass --weeks N");
    assertThat(messages(with(base.date().plusWeeks(3), 5.0), null, 0.0))
        .containsExactly(
            "--hours 0 is impossible; give the study hours per week, at least 0.5 and at most 80");
    assertThat(messages(with(null, 5.0), null, null))
        .singleElement()
        .asString()
        .contains("\"Interview date\" on the Profile sheet is empty");
    assertThat(PlanInputsResolver.resolve(with(null, 5.0), null, null).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.isError()).isTrue());
  }

  private static java.util.List<String> messages(
      dev.readiness.assessment.Assessment a, Integer weeks, Double hours) {
    return PlanInputsResolver.resolve(a, weeks, hours).problems().stream()
        .map(dev.readiness.problem.Problem::message)
        .toList();
  }
}
