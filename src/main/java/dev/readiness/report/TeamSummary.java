package dev.readiness.report;

import dev.readiness.assessment.RaterRole;
import dev.readiness.plan.PlanInputsResolver;
import dev.readiness.rubric.Part;
import dev.readiness.rubric.Role;
import dev.readiness.rubric.Rubric;
import dev.readiness.scoring.Status;
import dev.readiness.text.Numbers;
import dev.readiness.text.Plural;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One row per candidate of a run, and every file that failed: what a manager reads in a minute. The
 * one view of the team that summary.pdf, summary.json and summary.csv all read; the words they
 * share are worded here.
 *
 * @param rubricId the rubric the run used
 * @param rubricSha256 the SHA-256 of its file, as {@code sha256sum} prints it
 * @param rubricModified it carries the default rubric's ID but is not the default rubric
 * @param provenance the page's last line: as of when, and with which rubric (its ID and SHA-256)
 * @param legend what the colours of the coverage cells mean, from the rubric's thresholds
 * @param asOf the date of the newest assessment in the run, or null when there is none; it also
 *     dates summary.pdf
 * @param thresholds the index thresholds of the verdicts, from the rubric
 * @param roleLabels per role ID, its short label: the first word of its title ("Senior"), or the
 *     whole title when another role's starts with the same word
 */
public record TeamSummary(
    String rubricId,
    String rubricSha256,
    boolean rubricModified,
    String provenance,
    List<String> partIds,
    List<Row> rows,
    List<Failure> failures,
    String legend,
    LocalDate asOf,
    List<Threshold> thresholds,
    Map<String, String> roleLabels) {
  public TeamSummary {
    partIds = List.copyOf(partIds);
    rows = List.copyOf(rows);
    failures = List.copyOf(failures);
    thresholds = List.copyOf(thresholds);
    roleLabels = Collections.unmodifiableMap(new LinkedHashMap<>(roleLabels));
  }

  /**
   * The summary of a run's rows (in the rubric's order of roles) and failures, with the rubric's
   * rules.
   */
  public static TeamSummary of(Rubric rubric, List<Row> rows, List<Failure> failures) {
    LocalDate asOf = rows.stream().map(Row::date).max(Comparator.naturalOrder()).orElse(null);
    // every row's weeks are counted from the one date the page is dated, not from each candidate's
    // assessment
    List<Row> dated = rows.stream().map(r -> r.asOf(asOf)).toList();
    String provenance =
        "Made by readiness"
            + (asOf == null ? "" : " as of " + asOf)
            + " with the rubric "
            + rubric.reference()
            + ".";
    return new TeamSummary(
        rubric.id(),
        rubric.sha256(),
        rubric.modified(),
        provenance,
        rubric.parts().stream().map(Part::id).toList(),
        dated,
        failures,
        RuleBook.coverageLegend(rubric),
        asOf,
        RuleBook.thresholds(rubric),
        roleLabels(rubric.roles()));
  }

  static Map<String, String> roleLabels(List<Role> roles) {
    Map<String, Long> firstWords =
        roles.stream()
            .collect(Collectors.groupingBy(TeamSummary::firstWord, Collectors.counting()));
    Map<String, String> out = new LinkedHashMap<>();
    roles.forEach(
        r -> out.put(r.id(), firstWords.get(firstWord(r)) == 1 ? firstWord(r) : r.title()));
    return out;
  }

  private static String firstWord(Role r) {
    return r.title().strip().split("\\s+", -1)[0];
  }

  /** What the page's charts and columns mean, under its title. */
  public String intro() {
    return "Each row is a candidate's latest assessment, grouped by the role it was scored against: indexes against"
        + " different roles are not comparable, so each role has its own chart. "
        + legend
        + " Change is the"
        + " readiness index since the candidate's previous assessment. Best fit now is the most senior role the"
        + " candidate is ready for; failing that, of the roles they are close for, the one with the highest index;"
        + " — when they are not at least close for any. Interview shows the weeks left to it from the \"as of\""
        + " date, the newest assessment in this run; On track? is the verdict the candidate's plan projects for the"
        + " interview.";
  }

  /**
   * "Senior (Close)": the best fit's short label and verdict, or "—" when no role is at least
   * close.
   */
  public String bestFitText(Row r) {
    return r.bestFit() == null
        ? Numbers.NONE
        : roleLabels.getOrDefault(r.bestFit().role(), r.bestFit().title())
            + " ("
            + r.bestFit().verdict().label()
            + ")";
  }

  /**
   * "Yes: Ready", "No: Close": the verdict the plan projects for the interview, or "—" when there
   * is none.
   */
  public static String onTrackText(Row r) {
    return r.projectedVerdict() == null
        ? Numbers.NONE
        : (r.projectedVerdict() == Status.READY ? "Yes: " : "No: ") + r.projectedVerdict().label();
  }

  /**
   * "12 weeks left", "1 week left": the study weeks to the interview, or "—" when there is no
   * interview date.
   */
  public static String weeksLeftText(Row r) {
    return r.weeksLeft() == null ? Numbers.NONE : Plural.count(r.weeksLeft(), "week") + " left";
  }

  /** The document's title: "Team readiness summary, as of 2026-11-09". */
  public String title() {
    return "Team readiness summary" + (asOf() == null ? "" : ", as of " + asOf());
  }

  /** The head of every page: "Team readiness summary · 3 candidates · as of 2026-11-09". */
  public String runningHead() {
    return "Team readiness summary · "
        + Plural.count(rows.size(), "candidate")
        + (asOf() == null ? "" : " · as of " + asOf());
  }

  /** A role's heading over its chart: "Lead Python Architect (2 candidates)". */
  public static String roleHeading(String role, int candidates) {
    return role + " (" + Plural.count(candidates, "candidate") + ")";
  }

  /** The heading of a role's table when it goes apart from its chart. */
  public static String tableHeading(String role) {
    return role + ": each candidate by part";
  }

  /** "77.9 · Close": a candidate's bar's label. */
  public static String barLabel(Row r) {
    return Numbers.index(r.readinessIndex()) + " · " + r.verdict().label();
  }

  /** "2027-01-25", and under it "12 weeks left"; "—" without an interview date. */
  public static String interviewText(Row r) {
    return r.interviewDate() == null ? Numbers.NONE : r.interviewDate() + "\n" + weeksLeftText(r);
  }

  /** A verdict threshold of the index, with its words: "Ready at 85". */
  public record Threshold(double index, Status verdict, String label) {
    /** How the verdict at this threshold reads, for the line's colour. */
    public Tone tone() {
      return Tone.of(verdict);
    }
  }

  /**
   * The rows by target role, in the rubric's order of roles (the rows come sorted so): indexes
   * against different roles are not comparable, so a reader sees them apart.
   */
  public Map<String, List<Row>> byRole() {
    Map<String, List<Row>> out = new LinkedHashMap<>();
    rows.forEach(
        r -> out.computeIfAbsent(r.targetRoleTitle(), k -> new java.util.ArrayList<>()).add(r));
    return out;
  }

  /**
   * One candidate's latest assessment.
   *
   * @param indexChange the index minus the previous assessment's, or null when there is none
   * @param partChanges per part, coverage minus the previous assessment's (null when unknown)
   * @param bestFit the best fit now ({@link RoleFit#best}), or null when no role is at least close
   * @param interviewDate the interview date of the workbook, or null
   * @param weeksLeft the weeks from the summary's as-of date to the interview (a part week counted
   *     whole, 0 once it has passed), or null without an interview date
   * @param projectedVerdict the verdict at the interview if the plan is followed, or null without a
   *     plan
   */
  public record Row(
      String candidate,
      String candidateId,
      LocalDate date,
      String targetRole,
      String targetRoleTitle,
      RaterRole raterRole,
      long unratedTopics,
      int assessments,
      int raters,
      Double readinessIndex,
      Double indexChange,
      Status verdict,
      Map<String, Double> coverage,
      Map<String, Status> partStatus,
      Map<String, Double> partChanges,
      RoleFit bestFit,
      LocalDate interviewDate,
      Integer weeksLeft,
      Status projectedVerdict) {
    public Row {
      coverage = Collections.unmodifiableMap(new LinkedHashMap<>(coverage));
      partStatus = Collections.unmodifiableMap(new LinkedHashMap<>(partStatus));
      partChanges = Collections.unmodifiableMap(new LinkedHashMap<>(partChanges));
    }

    /** The verdict as the JSON and CSV give it: "close". */
    public String verdictId() {
      return verdict.id();
    }

    /** The verdict in words, as the tables print it: "Close". */
    public String verdictLabel() {
      return verdict.label();
    }

    /** The best fit's role ID, or null when no role is at least close. */
    public String bestFitRole() {
      return bestFit == null ? null : bestFit.role();
    }

    /** The best fit's verdict ID, or null when no role is at least close. */
    public String bestFitVerdictId() {
      return bestFit == null ? null : bestFit.verdict().id();
    }

    /** The projected verdict's ID, or null without a plan. */
    public String projectedVerdictId() {
      return projectedVerdict == null ? null : projectedVerdict.id();
    }

    /** The table's "Not rated" cell: "⚠ 3" (a warning sign and the count), or "—" for none. */
    public String unratedCell() {
      return unratedTopics == 0 ? Numbers.NONE : "⚠ " + unratedTopics;
    }

    /** Topics not rated are a caution (amber); none is nothing to colour. */
    public Tone unratedTone() {
      return unratedTopics == 0 ? Tone.NONE : Tone.FAIR;
    }

    /** How the verdict reads, for every renderer's colour. */
    public Tone verdictTone() {
      return Tone.of(verdict);
    }

    /** How the best fit's verdict reads; none when no role is at least close. */
    public Tone bestFitTone() {
      return bestFit == null ? Tone.NONE : Tone.of(bestFit.verdict());
    }

    /** How the projected verdict reads; none without a plan. */
    public Tone projectedTone() {
      return projectedVerdict == null ? Tone.NONE : Tone.of(projectedVerdict);
    }

    /** How a part's status reads; none for a part the row does not judge. */
    public Tone partTone(String part) {
      Status s = partStatus.get(part);
      return s == null ? Tone.NONE : Tone.of(s);
    }

    /** This row with its weeks left counted from the summary's as-of date. */
    Row asOf(LocalDate asOf) {
      Integer weeks =
          interviewDate == null ? null : (int) PlanInputsResolver.weeksTo(asOf, interviewDate);
      return new Row(
          candidate,
          candidateId,
          date,
          targetRole,
          targetRoleTitle,
          raterRole,
          unratedTopics,
          assessments,
          raters,
          readinessIndex,
          indexChange,
          verdict,
          coverage,
          partStatus,
          partChanges,
          bestFit,
          interviewDate,
          weeks,
          projectedVerdict);
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
    return new Row(
        r.candidate().name(),
        r.candidate().id(),
        r.date(),
        r.score().role().id(),
        r.score().role().title(),
        r.assessment().raterRole(),
        r.score().unratedTopics(),
        assessments,
        r.sources().size(),
        r.score().readinessIndex(),
        indexChange,
        r.score().verdict(),
        coverage,
        status,
        changes,
        RoleFit.best(r.model().roleFit()).orElse(null),
        r.assessment().interviewDate(),
        null,
        r.plan() == null ? null : r.plan().projectedVerdict());
  }
}
