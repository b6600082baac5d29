package dev.readiness.workbook;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.RaterRole;

/**
 * What a new workbook is pre-filled with.
 *
 * @param role the target role ID, or null to leave it blank
 * @param assessment ratings, notes and dates to carry over, or null for a blank workbook
 * @param interviewTopics topics an interview kit asks about, marked "yes" in the Topics sheet's "In
 *     this interview" column (empty: no such column)
 */
public record TemplateValues(
    String candidateName,
    String candidateId,
    String rater,
    RaterRole raterRole,
    String role,
    Assessment assessment,
    java.util.List<String> interviewTopics) {
  public TemplateValues {
    interviewTopics = java.util.List.copyOf(interviewTopics);
  }

  public static TemplateValues blank() {
    return new TemplateValues(null, null, null, null, null, null, java.util.List.of());
  }

  /** Everything taken from an assessment: used for samples and for the next check-in. */
  public static TemplateValues of(Assessment a) {
    return new TemplateValues(
        a.candidate().name(),
        a.candidate().id(),
        a.rater(),
        a.raterRole(),
        a.targetRole(),
        a,
        java.util.List.of());
  }
}
