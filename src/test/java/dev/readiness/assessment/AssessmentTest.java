package dev.readiness.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.testing.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules that start a new workbook from an assessment, decided in the core rather than in a
 * command.
 */
class AssessmentTest {
  private static final Assessment LAST =
      Assessment.builder()
          .source("alex.xlsx")
          .candidate(new Candidate("Alex Doe", "A-1"))
          .rater("Sam")
          .raterRole(RaterRole.MENTOR)
          .date(Fixtures.DATE)
          .checkInNotes("Agreed: two ADRs")
          .targetRole("lead")
          .interviewDate(Fixtures.DATE.plusWeeks(8))
          .hoursPerWeek(6.0)
          .topicRatings(Map.of("T01", 3.0))
          .topicNotes(Map.of("T01", "good on trade-offs"))
          .skillRatings(Map.of("S01", 2.0))
          .skillNotes(Map.of("S01", "ok"))
          .checklist(Map.of("C01", ChecklistStatus.DONE))
          .checklistNotes(Map.of("C01", "yes"))
          .build();

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

  @Test
  void theBuilderGroupsTheFieldsIntoTheirPartsAndACopyIsEqual() {
    assertThat(LAST.checkIn())
        .isEqualTo(
            new Assessment.CheckIn(
                "alex.xlsx",
                new Candidate("Alex Doe", "A-1"),
                "Sam",
                RaterRole.MENTOR,
                Fixtures.DATE,
                "Agreed: two ADRs"));
    assertThat(LAST.goal().targetRole()).isEqualTo("lead");
    assertThat(LAST.goal().hoursPerWeek()).isEqualTo(6.0);
    assertThat(LAST.topics().notes()).containsExactly(Map.entry("T01", "good on trade-offs"));
    assertThat(LAST.skills().levels()).containsExactly(Map.entry("S01", 2.0));
    assertThat(LAST.checks().statuses()).containsExactly(Map.entry("C01", ChecklistStatus.DONE));
    assertThat(LAST.toBuilder().build()).isEqualTo(LAST);
    assertThat(LAST.toBuilder().rater("Kim").build())
        .isNotEqualTo(LAST)
        .extracting(Assessment::rater)
        .isEqualTo("Kim");
  }

  @Test
  void anUnsetPartIsBlankNotNull() {
    Assessment bare = Assessment.builder().source("x.xlsx").build();
    assertThat(bare.checkInNotes()).isEmpty();
    assertThat(bare.rater()).isEmpty();
    assertThat(bare.daysOff()).isEmpty();
    assertThat(bare.topicRatings()).isEmpty();
    assertThat(bare.checklistNotes()).isEmpty();
  }
}
