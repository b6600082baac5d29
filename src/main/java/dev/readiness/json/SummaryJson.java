package dev.readiness.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.report.TeamSummary;

/** The team summary as JSON, in the same style as the reports. */
public final class SummaryJson {
  private SummaryJson() {}

  public static byte[] render(TeamSummary s) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("formatVersion", JsonReport.FORMAT_VERSION);
    root.put("rubric", s.rubricId());
    root.put("asOf", s.asOf() == null ? null : s.asOf().toString());
    root.put("candidates", s.rows().size());
    root.put("failed", s.failures().size());
    ArrayNode rows = root.putArray("rows");
    for (TeamSummary.Row r : s.rows()) {
      ObjectNode n = rows.addObject();
      n.put("candidate", r.candidate());
      n.put("candidateId", r.candidateId());
      n.put("latestAssessment", r.date().toString());
      n.put("targetRole", r.targetRole());
      n.put("targetRoleTitle", r.targetRoleTitle());
      n.put("raterRole", r.raterRole().label());
      n.put("unratedTopics", r.unratedTopics());
      n.put("assessments", r.assessments());
      n.put("raters", r.raters());
      n.put("readinessIndex", dev.readiness.text.Numbers.indexValue(r.readinessIndex()));
      JsonReport.putNumber(n, "indexChange", r.indexChange(), 1);
      n.put("verdict", r.verdict().id());
      ObjectNode coverage = n.putObject("coverage");
      r.coverage().forEach((p, v) -> JsonReport.putNumber(coverage, p, v, 4));
      ObjectNode changes = n.putObject("coverageChange");
      r.partChanges().forEach((p, v) -> JsonReport.putNumber(changes, p, v, 4));
      n.put("bestFitRole", r.bestFit() == null ? null : r.bestFit().role());
      n.put("bestFitVerdict", r.bestFit() == null ? null : r.bestFit().verdict().id());
    }
    ArrayNode failures = root.putArray("failures");
    for (TeamSummary.Failure x : s.failures()) {
      ObjectNode n = failures.addObject();
      n.put("file", x.file());
      n.put("reason", x.reason());
    }
    return JsonReport.pretty(root);
  }
}
