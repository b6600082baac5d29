package dev.readiness.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.testing.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules that start a new workbook from an assessment, decided in the core rather than in a command. */
class AssessmentTest {
  private static final Assessment LAST = new Assessment("alex.xlsx", new Candidate("Alex Doe", "A-1"), "Sam",
      RaterRole.MENTOR, Fixtures.DATE, "lead", Fixtures.DATE.plusWeeks(8), 6.0, "Agreed: two ADRs",
      Map.of("T01", 3.0), Map.of("T01", "good on trade-offs"), Map.of("S01", 2.0), Map.of("S01", "ok"),
      Map.of("C01", ChecklistStatus.DONE), Map.of("C01", "yes"));

  @Test
  void theNextCheckInCarriesTheRatingsAndClearsTheDateAndTheAgreedNotes() {
    Assessment next = LAST.nextCheckIn();
    assertThat(next.date()).isNull();
    assertThat(next.checkInNotes()).isEmpty();
    assertThat(next.topicRatings()).isEqualTo(LAST.topicRatings());
    assertThat(next.topicNotes()).isEqualTo(LAST.topicNotes());
    assertThat(next.checklist()).isEqualTo(LAST.checklist());
    assertThat(next.rater()).isEqualTo("Sam");
    assertThat(next.hoursPerWeek()).isEqualTo(6.0);
  }

  @Test
  void aPanelWorkbookKeepsTheProfileAndNothingRated() {
    Assessment blank = LAST.blankForPanel();
    assertThat(blank.candidate()).isEqualTo(LAST.candidate());
    assertThat(blank.date()).isEqualTo(Fixtures.DATE);
    assertThat(blank.interviewDate()).isEqualTo(LAST.interviewDate());
    assertThat(blank.raterRole()).isEqualTo(RaterRole.PANEL);
    assertThat(blank.rater()).isEmpty();
    assertThat(blank.checkInNotes()).isEmpty();
    assertThat(blank.topicRatings()).isEmpty();
    assertThat(blank.topicNotes()).isEmpty();
    assertThat(blank.skillRatings()).isEmpty();
    assertThat(blank.checklist()).isEmpty();
  }
}
