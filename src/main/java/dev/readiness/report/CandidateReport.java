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
 * @param calibration the panel's calibration when several raters assessed the candidate on this
 *     date, else null
 * @param progress the candidate's progress when they were assessed on earlier dates too, else null
 * @param model every figure, label and sentence the report shows, as the PDF lays it out
 * @param json the report as its JSON holds it, which the {@code json} package only serialises
 */
public record CandidateReport(
    Rubric rubric,
    Candidate candidate,
    LocalDate date,
    Assessment assessment,
    List<String> sources,
    Score score,
    StudyPlan plan,
    Calibration calibration,
    Progress progress,
    ReportModel model,
    JsonView json) {
  public CandidateReport {
    sources = List.copyOf(sources);
  }

  /** The report of these results, with its model and its JSON view decided once from them. */
  static CandidateReport of(
      Rubric rubric,
      Assessment assessment,
      LocalDate date,
      List<String> sources,
      Score score,
      StudyPlan plan,
      Calibration calibration,
      Progress progress,
      String planRule,
      LeniencyPool pool,
      ReportOptions.Audience audience) {
    ReportModel model =
        ReportModel.of(
            rubric,
            assessment,
            date,
            sources,
            score,
            plan,
            calibration,
            progress,
            planRule,
            pool,
            audience);
    return new CandidateReport(
        rubric,
        assessment.candidate(),
        date,
        assessment,
        sources,
        score,
        plan,
        calibration,
        progress,
        model,
        JsonView.of(rubric, assessment, date, sources, score, plan, calibration, progress, model));
  }
}
