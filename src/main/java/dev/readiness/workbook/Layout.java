package dev.readiness.workbook;

import java.util.List;
import java.util.Locale;

/**
 * The workbook contract: sheet names, profile labels and column headers. Readers find all of these
 * by text (case and surrounding spaces ignored), never by position. Changing a name here breaks
 * workbooks already filled in.
 */
final class Layout {
  /**
   * Written in the Profile sheet; a reader refuses a workbook from a newer format than it knows.
   */
  static final int FORMAT_VERSION = 1;

  static final String INSTRUCTIONS = "Instructions";
  static final String PROFILE = "Profile";
  static final String TOPICS = "Topics";
  static final String SKILLS = "Skills";
  static final String CHECKLIST = "Checklist";

  static final String FORMAT = "Format version";
  static final String RUBRIC = "Rubric";
  static final String CANDIDATE = "Candidate";
  static final String CANDIDATE_ID = "Candidate ID";
  static final String RATER = "Rater";
  static final String RATER_ROLE = "Rater role";
  static final String ASSESSMENT_DATE = "Assessment date";
  static final String TARGET_ROLE = "Target role";
  static final String INTERVIEW_DATE = "Interview date";
  static final String HOURS = "Hours per week";

  /** Optional: a workbook without the row is read as before (format 1 still). */
  static final String DAYS_OFF = "Days off";

  static final String CHECK_IN_NOTES = "Check-in notes";

  static final List<String> PROFILE_ROWS =
      List.of(
          FORMAT,
          RUBRIC,
          CANDIDATE,
          CANDIDATE_ID,
          RATER,
          RATER_ROLE,
          ASSESSMENT_DATE,
          TARGET_ROLE,
          INTERVIEW_DATE,
          HOURS,
          DAYS_OFF,
          CHECK_IN_NOTES);

  static final String ID = "ID";
  static final String PART = "Part";
  static final String TOPIC = "Topic";
  static final String QUESTION = "Question";
  static final String RATING = "Rating";
  static final String NOTES = "Notes";
  static final String POINTS = "Points to cover";
  static final String GROUP = "Group";
  static final String SKILL = "Skill";
  static final String LIST = "List";
  static final String ITEM = "Item";
  static final String STATUS = "Status";

  /**
   * An interview kit's mark on the Topics sheet; not part of the contract, so the reader passes
   * over it.
   */
  static final String IN_THIS_INTERVIEW = "In this interview";

  static final List<String> TOPIC_COLUMNS =
      List.of(ID, PART, TOPIC, QUESTION, RATING, NOTES, POINTS);
  static final List<String> SKILL_COLUMNS = List.of(ID, GROUP, SKILL, RATING, NOTES);
  static final List<String> CHECKLIST_COLUMNS = List.of(ID, LIST, ITEM, STATUS, NOTES);

  private Layout() {}

  /** How labels and headers are compared: case and surrounding or repeated spaces ignored. */
  static String key(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
