package dev.readiness.report;

import dev.readiness.assessment.RaterRole;
import dev.readiness.scoring.Status;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row per candidate of a run, and every file that failed: what a manager reads in a minute.
 *
 * @param rubricId the rubric the run used
 * @param legend what the colours of the coverage cells mean, from the rubric's thresholds
 * @param asOf the date of the newest assessment in the run, or null when there is none
 * @param thresholds the index thresholds of the verdicts, from the rubric
 */
public record TeamSummary(String rubricId, List<String> partIds, List<Row> rows, List<Failure> failures,
    String legend, LocalDate asOf, List<Threshold> thresholds) {
  public TeamSummary {
    partIds = List.copyOf(partIds);
    rows = List.copyOf(rows);
    failures = List.copyOf(failures);
    thresholds = List.copyOf(thresholds);
  }

  /** A verdict threshold of the index, with its words: "Ready at 85". */
  public record Threshold(double index, Status verdict, String label) {}

  /**
   * The rows by target role, in the rubric's order of roles (the rows come sorted so): indexes against different
   * roles are not comparable, so a reader sees them apart.
   */
  public Map<String, List<Row>> byRole() {
    Map<String, List<Row>> out = new LinkedHashMap<>();
    rows.forEach(r -> out.computeIfAbsent(r.targetRoleTitle(), k -> new java.util.ArrayList<>()).add(r));
    return out;
  }

  /** "3 topics not rated", or "" when every topic is rated. */
  public static String unratedText(long unrated) {
    return unrated == 0 ? "" : unrated + (unrated == 1 ? " topic" : " topics") + " not rated";
  }

  /**
   * One candidate's latest assessment.
   *
   * @param indexChange the index minus the previous assessment's, or null when there is none
   * @param partChanges per part, coverage minus the previous assessment's (null when unknown)
   * @param bestFit the most senior role the candidate is ready (else close) for, or null
   */
  public record Row(String candidate, String candidateId, LocalDate date, String targetRole,
      String targetRoleTitle, RaterRole raterRole, long unratedTopics, int assessments, int raters, Double readinessIndex, Double indexChange, Status verdict, Map<String, Double> coverage,
      Map<String, Status> partStatus, Map<String, Double> partChanges, RoleFit bestFit) {
    public Row {
      coverage = Collections.unmodifiableMap(new LinkedHashMap<>(coverage));
      partStatus = Collections.unmodifiableMap(new LinkedHashMap<>(partStatus));
      partChanges = Collections.unmodifiableMap(new LinkedHashMap<>(partChanges));
    }
  }

  /** A workbook that could not be used, and why. */
  public record Failure(String file, String reason) {}

  /** The row of a finished report. */
  static Row rowOf(CandidateReport r) {
    Map<String, Double> coverage = new LinkedHashMap<>();
    Map<String, Status> status = new LinkedHashMap<>();
    r.score().parts().forEach(p -> coverage.put(p.id(), p.coverage()));
    r.score().parts().forEach(p -> status.put(p.id(), p.status()));
    Map<String, Double> changes = new LinkedHashMap<>();
    Double indexChange = null;
    int assessments = 1;
    if (r.progress() != null) {
      changes.putAll(r.progress().partChanges());
      Double before = r.progress().previous().readinessIndex();
      Double now = r.score().readinessIndex();
      indexChange = before == null || now == null ? null : Math.round((now - before) * 10) / 10.0;
      assessments = r.progress().assessments().size();
    } else {
      r.score().parts().forEach(p -> changes.put(p.id(), null));
    }
    return new Row(r.candidate().name(), r.candidate().id(), r.date(), r.score().role().id(),
        r.score().role().title(), r.assessment().raterRole(), r.score().unratedTopics(), assessments,
        r.sources().size(), r.score().readinessIndex(), indexChange, r.score().verdict(), coverage, status,
        changes, RoleFit.best(r.model().roleFit()).orElse(null));
  }
}
