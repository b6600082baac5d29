package dev.readiness.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.readiness.report.TeamSummary;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The team summary as JSON: the summary's view mapped onto the records below, in the documented
 * field order, and serialised by Jackson in the same style as the reports.
 */
public final class SummaryJson {
  private SummaryJson() {}

  /** The document: README.md's summary.json contract. */
  @JsonPropertyOrder({
    "formatVersion",
    "rubric",
    "rubricSha256",
    "rubricModified",
    "asOf",
    "candidates",
    "failed",
    "rows",
    "failures"
  })
  record Document(
      int formatVersion,
      String rubric,
      String rubricSha256,
      boolean rubricModified,
      String asOf,
      int candidates,
      int failed,
      List<Row> rows,
      List<Failure> failures) {}

  /** One candidate's row. */
  @JsonPropertyOrder({
    "candidate",
    "candidateId",
    "latestAssessment",
    "targetRole",
    "targetRoleTitle",
    "raterRole",
    "unratedTopics",
    "assessments",
    "raters",
    "readinessIndex",
    "indexChange",
    "verdict",
    "coverage",
    "coverageChange",
    "bestFitRole",
    "bestFitVerdict",
    "interviewDate",
    "weeksLeft",
    "projectedVerdict"
  })
  record Row(
      String candidate,
      String candidateId,
      String latestAssessment,
      String targetRole,
      String targetRoleTitle,
      String raterRole,
      long unratedTopics,
      int assessments,
      int raters,
      BigDecimal readinessIndex,
      BigDecimal indexChange,
      String verdict,
      Map<String, BigDecimal> coverage,
      Map<String, BigDecimal> coverageChange,
      String bestFitRole,
      String bestFitVerdict,
      String interviewDate,
      Integer weeksLeft,
      String projectedVerdict) {}

  /** A file that could not be used. */
  @JsonPropertyOrder({"file", "reason"})
  record Failure(String file, String reason) {}

  public static byte[] render(TeamSummary s) {
    List<Row> rows = s.rows().stream().map(SummaryJson::row).toList();
    List<Failure> failures =
        s.failures().stream().map(f -> new Failure(f.file(), f.reason())).toList();
    Document doc =
        new Document(
            JsonReport.FORMAT_VERSION,
            s.rubricId(),
            s.rubricSha256(),
            s.rubricModified(),
            s.asOf() == null ? null : s.asOf().toString(),
            s.rows().size(),
            s.failures().size(),
            rows,
            failures);
    // the records themselves, not a tree: a tree's decimal nodes would drop an index's ".0"
    return JsonReport.pretty(doc);
  }

  private static Row row(TeamSummary.Row r) {
    return new Row(
        r.candidate(),
        r.candidateId(),
        r.date().toString(),
        r.targetRole(),
        r.targetRoleTitle(),
        r.raterRole().label(),
        r.unratedTopics(),
        r.assessments(),
        r.raters(),
        dev.readiness.text.Numbers.indexValue(r.readinessIndex()),
        number(r.indexChange(), 1),
        r.verdictId(),
        numbers(r.coverage()),
        numbers(r.partChanges()),
        r.bestFitRole(),
        r.bestFitVerdictId(),
        r.interviewDate() == null ? null : r.interviewDate().toString(),
        r.weeksLeft(),
        r.projectedVerdictId());
  }

  /** Per part, the share to four places; null stays null ("no data"). */
  private static Map<String, BigDecimal> numbers(Map<String, Double> values) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put(k, number(v, 4)));
    return out;
  }

  private static BigDecimal number(Double value, int scale) {
    return dev.readiness.text.Numbers.decimal(value, scale);
  }
}
