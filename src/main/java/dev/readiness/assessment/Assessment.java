package dev.readiness.assessment;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One rater's assessment of one candidate on one date, in five parts: the check-in (who rated whom,
 * when, from which file, and what was agreed), the goal (the role and interview aimed at, and the
 * time there is to study), the topic ratings, the skill ratings and the checklist. Ratings are
 * keyed by topic or skill ID; a topic that was not rated has no entry (it is never a 0). Ratings
 * are doubles because a panel's consensus may fall on a half level.
 *
 * <p>Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}. The one-line
 * accessors below the parts ({@link #date()}, {@link #topicRatings()}, ...) are shortcuts into
 * them, so readers need not know the grouping.
 */
public record Assessment(
    CheckIn checkIn, Goal goal, Ratings topics, Ratings skills, Checklist checks) {

  /**
   * Who rated whom, when, and from which workbook.
   *
   * @param source the workbook it was read from, as the user named it (or a description for a
   *     computed one)
   * @param date the assessment date, or null when the workbook leaves it for the rater to set
   * @param notes the notes agreed at this check-in, stripped; empty when none
   */
  public record CheckIn(
      String source,
      Candidate candidate,
      String rater,
      RaterRole raterRole,
      LocalDate date,
      String notes) {
    public CheckIn {
      rater = rater == null ? "" : rater.strip();
      notes = notes == null ? "" : notes.strip();
    }
  }

  /**
   * What the candidate aims for and the time there is to study: the plan's inputs from the Profile
   * sheet.
   *
   * @param targetRole the role ID the workbook asks for, or null for the rubric's default
   * @param hoursPerWeek study hours per week, or null when the workbook leaves it blank
   * @param daysOff the Profile sheet's days off (no study on them), in order; empty when none are
   *     given
   */
  public record Goal(
      String targetRole,
      LocalDate interviewDate,
      Double hoursPerWeek,
      SortedSet<LocalDate> daysOff) {
    public Goal {
      daysOff =
          daysOff == null
              ? Collections.emptySortedSet()
              : Collections.unmodifiableSortedSet(new TreeSet<>(daysOff));
    }
  }

  /**
   * Levels and notes keyed by topic or skill ID, in the workbook's order; an unrated one has no
   * level.
   */
  public record Ratings(Map<String, Double> levels, Map<String, String> notes) {
    public static final Ratings NONE = new Ratings(Map.of(), Map.of());

    public Ratings {
      levels = frozen(levels);
      notes = frozen(notes);
    }
  }

  /** The checklist's statuses and notes keyed by item ID, in the workbook's order. */
  public record Checklist(Map<String, ChecklistStatus> statuses, Map<String, String> notes) {
    public static final Checklist NONE = new Checklist(Map.of(), Map.of());

    public Checklist {
      statuses = frozen(statuses);
      notes = frozen(notes);
    }
  }

  public Assessment {
    topics = topics == null ? Ratings.NONE : topics;
    skills = skills == null ? Ratings.NONE : skills;
    checks = checks == null ? Checklist.NONE : checks;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this assessment's values, to make a copy with some of them changed. */
  public Builder toBuilder() {
    return new Builder()
        .source(source())
        .candidate(candidate())
        .rater(rater())
        .raterRole(raterRole())
        .date(date())
        .checkInNotes(checkInNotes())
        .targetRole(targetRole())
        .interviewDate(interviewDate())
        .hoursPerWeek(hoursPerWeek())
        .daysOff(daysOff())
        .topics(topics)
        .skills(skills)
        .checks(checks);
  }

  /** The same assessment with other topic ratings: used by tests and by the panel consensus. */
  public Assessment withTopicRatings(Map<String, Double> ratings) {
    return toBuilder().topicRatings(ratings).build();
  }

  /** The same assessment with other skill ratings. */
  public Assessment withSkillRatings(Map<String, Double> ratings) {
    return toBuilder().skillRatings(ratings).build();
  }

  /**
   * The workbook of the next check-in, started from this one: the ratings, notes and plan inputs
   * carried over, the date left blank for the rater to set and the previous check-in's agreed notes
   * cleared.
   */
  public Assessment nextCheckIn() {
    return toBuilder().date(null).checkInNotes("").build();
  }

  /**
   * A panel interviewer's fresh workbook for this candidate: the profile and dates kept, the rater
   * left for the interviewer to name, and no rating, note or checklist status, so no one rates with
   * another's figures in view. Days off are not carried either: each interviewer's workbook starts
   * with none.
   */
  public Assessment blankForPanel() {
    return toBuilder()
        .rater("")
        .raterRole(RaterRole.PANEL)
        .checkInNotes("")
        .daysOff(null)
        .topics(Ratings.NONE)
        .skills(Ratings.NONE)
        .checks(Checklist.NONE)
        .build();
  }

  public String source() {
    return checkIn.source();
  }

  public Candidate candidate() {
    return checkIn.candidate();
  }

  public String rater() {
    return checkIn.rater();
  }

  public RaterRole raterRole() {
    return checkIn.raterRole();
  }

  public LocalDate date() {
    return checkIn.date();
  }

  public String checkInNotes() {
    return checkIn.notes();
  }

  public String targetRole() {
    return goal.targetRole();
  }

  public LocalDate interviewDate() {
    return goal.interviewDate();
  }

  public Double hoursPerWeek() {
    return goal.hoursPerWeek();
  }

  public SortedSet<LocalDate> daysOff() {
    return goal.daysOff();
  }

  public Map<String, Double> topicRatings() {
    return topics.levels();
  }

  public Map<String, String> topicNotes() {
    return topics.notes();
  }

  public Map<String, Double> skillRatings() {
    return skills.levels();
  }

  public Map<String, String> skillNotes() {
    return skills.notes();
  }

  public Map<String, ChecklistStatus> checklist() {
    return checks.statuses();
  }

  public Map<String, String> checklistNotes() {
    return checks.notes();
  }

  private static <V> Map<String, V> frozen(Map<String, V> map) {
    return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /**
   * Sets the parts field by field, by name; what is not set stays blank (null, or empty for maps
   * and notes).
   */
  public static final class Builder {
    private String source;
    private Candidate candidate;
    private String rater;
    private RaterRole raterRole;
    private LocalDate date;
    private String checkInNotes;
    private String targetRole;
    private LocalDate interviewDate;
    private Double hoursPerWeek;
    private SortedSet<LocalDate> daysOff;
    private Map<String, Double> topicRatings = Map.of();
    private Map<String, String> topicNotes = Map.of();
    private Map<String, Double> skillRatings = Map.of();
    private Map<String, String> skillNotes = Map.of();
    private Map<String, ChecklistStatus> checklist = Map.of();
    private Map<String, String> checklistNotes = Map.of();

    private Builder() {}

    public Builder source(String source) {
      this.source = source;
      return this;
    }

    public Builder candidate(Candidate candidate) {
      this.candidate = candidate;
      return this;
    }

    public Builder rater(String rater) {
      this.rater = rater;
      return this;
    }

    public Builder raterRole(RaterRole raterRole) {
      this.raterRole = raterRole;
      return this;
    }

    public Builder date(LocalDate date) {
      this.date = date;
      return this;
    }

    public Builder checkInNotes(String notes) {
      this.checkInNotes = notes;
      return this;
    }

    public Builder targetRole(String targetRole) {
      this.targetRole = targetRole;
      return this;
    }

    public Builder interviewDate(LocalDate interviewDate) {
      this.interviewDate = interviewDate;
      return this;
    }

    public Builder hoursPerWeek(Double hoursPerWeek) {
      this.hoursPerWeek = hoursPerWeek;
      return this;
    }

    public Builder daysOff(SortedSet<LocalDate> daysOff) {
      this.daysOff = daysOff;
      return this;
    }

    public Builder topicRatings(Map<String, Double> ratings) {
      this.topicRatings = ratings;
      return this;
    }

    public Builder topicNotes(Map<String, String> notes) {
      this.topicNotes = notes;
      return this;
    }

    public Builder topics(Ratings topics) {
      return topicRatings(topics.levels()).topicNotes(topics.notes());
    }

    public Builder skillRatings(Map<String, Double> ratings) {
      this.skillRatings = ratings;
      return this;
    }

    public Builder skillNotes(Map<String, String> notes) {
      this.skillNotes = notes;
      return this;
    }

    public Builder skills(Ratings skills) {
      return skillRatings(skills.levels()).skillNotes(skills.notes());
    }

    public Builder checklist(Map<String, ChecklistStatus> statuses) {
      this.checklist = statuses;
      return this;
    }

    public Builder checklistNotes(Map<String, String> notes) {
      this.checklistNotes = notes;
      return this;
    }

    public Builder checks(Checklist checks) {
      return checklist(checks.statuses()).checklistNotes(checks.notes());
    }

    public Assessment build() {
      return new Assessment(
          new CheckIn(source, candidate, rater, raterRole, date, checkInNotes),
          new Goal(targetRole, interviewDate, hoursPerWeek, daysOff),
          new Ratings(topicRatings, topicNotes),
          new Ratings(skillRatings, skillNotes),
          new Checklist(checklist, checklistNotes));
    }
  }
}
