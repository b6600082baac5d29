package dev.readiness.report;

/** A team summary's row of a report, for the tests of the packages that lay the summary out. */
public final class TeamRows {
  private TeamRows() {}

  public static TeamSummary.Row of(CandidateReport r) {
    return TeamSummary.rowOf(r);
  }
}
