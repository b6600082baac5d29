package dev.readiness.testing;

import dev.readiness.assessment.Assessment;
import dev.readiness.problem.Problem;
import dev.readiness.report.CandidateReport;
import dev.readiness.report.ReportBuilder;
import dev.readiness.report.ReportOptions;
import dev.readiness.rubric.Rubric;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports built in memory by the same steps the report runner takes (group by candidate, leniency
 * over the run, one report per candidate), for tests that look at a report's content rather than
 * its files.
 */
public final class Reports {
  private Reports() {}

  /** The reports that could be made, and the problems that stopped the others. */
  public record Built(List<CandidateReport> reports, List<Problem> problems) {}

  public static Built build(Rubric rubric, List<Assessment> assessments, ReportOptions options) {
    ReportBuilder builder = new ReportBuilder(rubric);
    List<ReportBuilder.History> histories = ReportBuilder.group(assessments);
    dev.readiness.report.LeniencyPool leniency = builder.leniency(histories);
    List<CandidateReport> reports = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (ReportBuilder.History h : histories) {
      ReportBuilder.Result r = builder.buildOne(h, options, leniency);
      if (r.report() != null) {
        reports.add(r.report());
      }
      problems.addAll(r.problems());
    }
    return new Built(reports, problems);
  }

  /** The one report of a single assessment, with the default options. */
  public static CandidateReport of(Rubric rubric, Assessment a) {
    return build(rubric, List.of(a), options()).reports().get(0);
  }

  public static ReportOptions options() {
    return new ReportOptions(
        List.of(),
        java.nio.file.Path.of("."),
        java.util.Set.of(ReportOptions.Format.JSON),
        null,
        null,
        null,
        "a4",
        1);
  }
}
