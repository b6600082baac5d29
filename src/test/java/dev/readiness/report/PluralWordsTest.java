package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.Samples;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.testing.Reports;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A one-week plan says "1 week", and the page's status words are the tables' words. */
class PluralWordsTest {
  private static CandidateReport oneWeek() {
    Assessment base = new Samples(RubricLoader.embedded()).all().get(2).assessment();
    Assessment a =
        base.toBuilder().interviewDate(base.date().plusWeeks(1)).checkInNotes("").build();
    return Reports.of(RubricLoader.embedded(), a);
  }

  @Test
  void aOneWeekPlanSaysOneWeek() {
    ReportModel m = oneWeek().model();
    assertThat(m.profile().studyTime()).isEqualTo("1 week × 5 h");
    assertThat(m.plan().hoursLine()).startsWith("1 week from 2026-10-05 at 5 h a week: ");
  }

  @Test
  void oneThingNotRatedIsIt() {
    assertThat(ReportModel.unratedNote(List.of("T02 Async/Await at Scale"), List.of(), true))
        .isEqualTo(
            "1 topic is not rated yet: T02 Async/Await at Scale; rate it to include it in the scores"
                + " and the plan.");
    assertThat(
            ReportModel.unratedNote(
                List.of("T02 Async/Await at Scale", "T05 Python Native Extensions"),
                List.of("S01 Python mastery"),
                false))
        .isEqualTo(
            "2 topics and 1 skill are not rated yet: T02 Async/Await at Scale, T05 Python Native"
                + " Extensions and S01 Python mastery; rate them to include them in the scores.");
    assertThat(
            ReportModel.unratedNote(
                List.of("T02 A", "T05 B", "T06 C", "T09 D", "T10 E"), List.of(), true))
        .isEqualTo(
            "5 topics are not rated yet: T02 A, T05 B, T06 C and 2 more; rate them to include them"
                + " in the scores and the plan.");
  }

  @Test
  void statusWordsAreTheTablesWords() {
    ReportModel m = oneWeek().model();
    for (PartRow p : m.parts()) {
      assertThat(p.summary()).contains(" · status: " + p.status() + " · ");
    }
    assertThat(m.headline().text())
        .contains("(Not ready)")
        .doesNotContain("(not ready)", "(close)");
  }
}
