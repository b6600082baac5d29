package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Samples;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.scoring.Status;
import dev.readiness.testing.Reports;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The team summary is dated as of its newest assessment, and every row's weeks left are counted
 * from that date: a manager reading it that day sees the same clock for everyone, not each
 * candidate's own assessment date.
 */
class TeamSummaryAsOfTest {
  @Test
  void weeksLeftAreCountedFromTheAsOfDateNotEachAssessment() {
    Samples samples = new Samples(RubricLoader.embedded());
    // Priya assessed 2026-11-02 (interview 2027-01-25), Zoë 2026-10-05 (interview 2027-03-29)
    TeamSummary.Row priya =
        TeamSummary.rowOf(Reports.of(RubricLoader.embedded(), samples.all().get(0).assessment()));
    TeamSummary.Row zoe =
        TeamSummary.rowOf(Reports.of(RubricLoader.embedded(), samples.all().get(2).assessment()));
    TeamSummary s = TeamSummary.of(RubricLoader.embedded(), List.of(priya, zoe), List.of());
    assertThat(s.asOf()).isEqualTo(LocalDate.of(2026, 11, 2));
    // 84 days and 147 days from 2026-11-02: 12 and 21 weeks (Zoë's own plan, from 2026-10-05,
    // counts 25)
    assertThat(s.rows()).extracting(TeamSummary.Row::weeksLeft).containsExactly(12, 21);
    assertThat(TeamSummary.weeksLeftText(s.rows().get(1))).isEqualTo("21 weeks left");
    assertThat(TeamSummary.interviewText(s.rows().get(1))).isEqualTo("2027-03-29\n21 weeks left");
    assertThat(s.title()).isEqualTo("Team readiness summary, as of 2026-11-02");
    assertThat(s.runningHead())
        .isEqualTo("Team readiness summary · 2 candidates · as of 2026-11-02");
    assertThat(TeamSummary.roleHeading("Lead Python Architect", 1))
        .isEqualTo("Lead Python Architect (1 candidate)");
    assertThat(TeamSummary.barLabel(s.rows().get(0))).isEqualTo("70.4 · Close");
    assertThat(s.provenance())
        .isEqualTo(
            "Made by readiness as of 2026-11-02 with the rubric python-architect-2026"
                + " (SHA-256 "
                + RubricLoader.embedded().sha256().substring(0, 12)
                + ").");
  }

  @Test
  void anInterviewThatHasPassedHasNoWeeksLeft() {
    Samples samples = new Samples(RubricLoader.embedded());
    // Marcus's interview is on 2026-12-21: a day after it none is left, a day before it one (a part
    // week counts)
    TeamSummary.Row marcus =
        TeamSummary.rowOf(Reports.of(RubricLoader.embedded(), samples.all().get(1).assessment()));
    assertThat(marcus.asOf(LocalDate.of(2026, 12, 22)).weeksLeft()).isZero();
    assertThat(marcus.asOf(LocalDate.of(2026, 12, 20)).weeksLeft()).isEqualTo(1);
    assertThat(marcus.asOf(LocalDate.of(2026, 11, 9)).weeksLeft()).isEqualTo(6);
  }

  @Test
  void eachCellsTextAndColourAreDecidedInTheView() {
    Samples samples = new Samples(RubricLoader.embedded());
    // Priya: Close (72.5), best fit Senior (Close), the plan projects Ready; Part 5 not ready
    // (34%),
    // Part 2 ready (94%); every topic rated
    TeamSummary.Row priya =
        TeamSummary.rowOf(Reports.of(RubricLoader.embedded(), samples.all().get(0).assessment()));
    assertThat(priya.verdictLabel()).isEqualTo("Close");
    assertThat(priya.verdictId()).isEqualTo("close");
    assertThat(priya.verdictTone()).isEqualTo(Tone.FAIR);
    assertThat(priya.bestFitRole()).isEqualTo("senior");
    assertThat(priya.bestFitVerdictId()).isEqualTo("close");
    assertThat(priya.bestFitTone()).isEqualTo(Tone.FAIR);
    assertThat(priya.projectedVerdictId()).isEqualTo("close");
    assertThat(priya.projectedTone()).isEqualTo(Tone.FAIR);
    assertThat(priya.partStatus()).containsEntry("P5", Status.NOT_READY);
    assertThat(priya.partTone("P5")).isEqualTo(Tone.POOR);
    assertThat(priya.partTone("P9")).isEqualTo(Tone.NONE);
    assertThat(priya.unratedCell()).isEqualTo("—");
    assertThat(priya.unratedTone()).isEqualTo(Tone.NONE);
    // Zoë: 20 topics not rated, a caution
    TeamSummary.Row zoe =
        TeamSummary.rowOf(Reports.of(RubricLoader.embedded(), samples.all().get(2).assessment()));
    assertThat(zoe.unratedCell()).isEqualTo("⚠ 20");
    assertThat(zoe.unratedTone()).isEqualTo(Tone.FAIR);
    TeamSummary s = TeamSummary.of(RubricLoader.embedded(), List.of(priya), List.of());
    assertThat(s.thresholds())
        .extracting(TeamSummary.Threshold::tone)
        .containsExactly(Tone.FAIR, Tone.GOOD);
  }
}
