package dev.readiness.report;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.Candidate;
import dev.readiness.calibration.Calibration;
import dev.readiness.plan.StudyPlan;
import dev.readiness.progress.Progress;
import dev.readiness.rubric.Rubric;
import dev.readiness.scoring.Score;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything one candidate's report shows, computed once and rendered as JSON and PDF alike.
 *
 * @param assessment the assessment scored: the workbook itself, or the panel's consensus
 * @param sources the workbooks this report was made from
 * @param calibration the panel's calibration when several raters assessed the candidate on this date, else null
 * @param progress the candidate's progress when they were assessed on earlier dates too, else null
 */
public record CandidateReport(Rubric rubric, Candidate candidate, LocalDate date, Assessment assessment,
    List<String> sources, Score score, StudyPlan plan, Calibration calibration, Progress progress) {
  public CandidateReport {
    sources = List.copyOf(sources);
  }

  /** The file name both outputs share, e.g. "priya-raman-c-1001-2026-11-02" (the runner adds a hash on a clash). */
  public String baseName() {
    return FileNames.slug(candidate) + "-" + date;
  }
}
