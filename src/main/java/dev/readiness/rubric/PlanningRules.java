package dev.readiness.rubric;

import java.util.List;

/**
 * The constants of the study plan.
 *
 * @param hoursPerLevelStep hours of study to climb each step of the scale: element 0 is from the
 *     lowest level to the next, and so on
 * @param practice the hours of the guide's practice routines
 */
public record PlanningRules(List<Double> hoursPerLevelStep, Practice practice) {
  public PlanningRules {
    hoursPerLevelStep = hoursPerLevelStep == null ? null : List.copyOf(hoursPerLevelStep);
  }

  /**
   * Hours of the practice woven into the plan.
   *
   * @param maxShare at most this share of a week goes to practice, the rest to the topics
   * @param caseStudyItem the checklist item that, marked done, means the case studies are written
   *     (none: null)
   * @param adrItem the checklist item that, marked done, means the decision records are written
   *     (none: null)
   */
  public record Practice(
      double pepReadingHours,
      double whiteboardHours,
      double caseStudyHours,
      double adrHours,
      double mockInterviewHours,
      int mockInterviewWeeks,
      double kataHours,
      double maxShare,
      String caseStudyItem,
      String adrItem) {}
}
