package dev.readiness.assessment;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One rater's assessment of one candidate on one date. Ratings are keyed by topic or skill ID; a topic that was not
 * rated has no entry (it is never a 0). Ratings are doubles because a panel's consensus may fall on a half level.
 *
 * @param source the workbook it was read from, as the user named it (or a description for a computed one)
 * @param targetRole the role ID the workbook asks for, or null for the rubric's default
 * @param hoursPerWeek study hours per week, or null when the workbook leaves it blank
 * @param daysOff the Profile sheet's days off (no study on them), in order; empty when none are given
 */
public record Assessment(
    String source,
    Candidate candidate,
    String rater,
    RaterRole raterRole,
    LocalDate date,
    String targetRole,
    LocalDate interviewDate,
    Double hoursPerWeek,
    String checkInNotes,
    Map<String, Double> topicRatings,
    Map<String, String> topicNotes,
    Map<String, Double> skillRatings,
    Map<String, String> skillNotes,
    Map<String, ChecklistStatus> checklist,
    Map<String, String> checklistNotes,
    SortedSet<LocalDate> daysOff) {

  /** With no days off: an assessment from before the Profile sheet had them, or one computed from others. */
  public Assessment(String source, Candidate candidate, String rater, RaterRole raterRole, LocalDate date,
      String targetRole, LocalDate interviewDate, Double hoursPerWeek, String checkInNotes,
      Map<String, Double> topicRatings, Map<String, String> topicNotes, Map<String, Double> skillRatings,
      Map<String, String> skillNotes, Map<String, ChecklistStatus> checklist, Map<String, String> checklistNotes) {
    this(source, candidate, rater, raterRole, date, targetRole, interviewDate, hoursPerWeek, checkInNotes,
        topicRatings, topicNotes, skillRatings, skillNotes, checklist, checklistNotes, null);
  }

  public Assessment {
    topicRatings = frozen(topicRatings);
    topicNotes = frozen(topicNotes);
    skillRatings = frozen(skillRatings);
    skillNotes = frozen(skillNotes);
    checklist = frozen(checklist);
    checklistNotes = frozen(checklistNotes);
    rater = rater == null ? "" : rater.strip();
    checkInNotes = checkInNotes == null ? "" : checkInNotes.strip();
    daysOff = daysOff == null ? Collections.emptySortedSet()
        : Collections.unmodifiableSortedSet(new TreeSet<>(daysOff));
  }

  /** The same assessment with other topic ratings: used by tests and by the panel consensus. */
  public Assessment withTopicRatings(Map<String, Double> ratings) {
    return new Assessment(source, candidate, rater, raterRole, date, targetRole, interviewDate, hoursPerWeek,
        checkInNotes, ratings, topicNotes, skillRatings, skillNotes, checklist, checklistNotes, daysOff);
  }

  /**
   * The workbook of the next check-in, started from this one: the ratings, notes and plan inputs carried over, the
   * date left blank for the rater to set and the previous check-in's agreed notes cleared.
   */
  public Assessment nextCheckIn() {
    return new Assessment(source, candidate, rater, raterRole, null, targetRole, interviewDate, hoursPerWeek, "",
        topicRatings, topicNotes, skillRatings, skillNotes, checklist, checklistNotes, daysOff);
  }

  /**
   * A panel interviewer's fresh workbook for this candidate: the profile and dates kept, the rater left for the
   * interviewer to name, and no rating, note or checklist status, so no one rates with another's figures in view.
   */
  public Assessment blankForPanel() {
    return new Assessment(source, candidate, "", RaterRole.PANEL, date, targetRole, interviewDate, hoursPerWeek, "",
        Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
  }

  /** The same assessment with other skill ratings. */
  public Assessment withSkillRatings(Map<String, Double> ratings) {
    return new Assessment(source, candidate, rater, raterRole, date, targetRole, interviewDate, hoursPerWeek,
        checkInNotes, topicRatings, topicNotes, ratings, skillNotes, checklist, checklistNotes, daysOff);
  }

  private static <V> Map<String, V> frozen(Map<String, V> map) {
    return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
