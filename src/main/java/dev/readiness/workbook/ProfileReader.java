package dev.readiness.workbook;

import dev.readiness.assessment.RaterRole;
import dev.readiness.plan.DaysOff;
import dev.readiness.plan.PlanLimits;
import dev.readiness.problem.Location;
import dev.readiness.rubric.Rubric;
import dev.readiness.text.Names;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Reads the Profile sheet: who is assessed, by whom and when, and the plan's inputs, each value
 * checked.
 */
final class ProfileReader {
  private final Rubric rubric;
  private final Grid grid;
  private final Problems problems;

  ProfileReader(Rubric rubric, Grid grid, Problems problems) {
    this.rubric = rubric;
    this.grid = grid;
    this.problems = problems;
  }

  /** The Profile sheet's values, checked. */
  static final class Profile {
    String name;
    String id;
    String rater;
    RaterRole raterRole;
    LocalDate date;
    String role;
    LocalDate interview;
    Double hours;
    SortedSet<LocalDate> daysOff;
    String notes;
  }

  /**
   * The Profile sheet's values, each checked; what cannot be used is left null, with its problem
   * said.
   */
  Profile read(Grid.Sheet sheet) {
    Map<String, Grid.Value> values = new LinkedHashMap<>();
    Map<String, Integer> rows = new LinkedHashMap<>();
    for (int r : sheet.rowNumbers()) {
      String key = Layout.key(Cells.text(sheet.cell(r, 0)));
      if (!key.isEmpty() && !rows.containsKey(key)) {
        rows.put(key, r);
        values.put(key, sheet.cell(r, 1));
      }
    }
    ProfileField field = new ProfileField(sheet, values, rows);
    checkFormat(field);
    checkRubric(field);
    Profile p = new Profile();
    readPeople(field, p);
    readDates(field, p);
    p.role = targetRole(field);
    // a blank or impossible interview date or hours per week stops the study plan, unless the
    // command line gives weeks or hours: PlanInputsResolver says so, for validate and report alike
    p.hours = field.hours();
    p.daysOff = field.daysOff();
    p.notes = field.text(Layout.CHECK_IN_NOTES);
    return p;
  }

  private void checkRubric(ProfileField field) {
    String rubricId = field.text(Layout.RUBRIC);
    if (!rubricId.isEmpty() && !rubricId.equals(rubric.id())) {
      problems.warning(
          field.where(Layout.RUBRIC),
          "the workbook was made for rubric \""
              + rubricId
              + "\" but is read with \""
              + rubric.id()
              + "\"; pass the same rubric with --rubric");
    }
  }

  /** Who is assessed and who rates: the candidate's name and ID, the rater and the rater's role. */
  private void readPeople(ProfileField field, Profile p) {
    p.name = field.text(Layout.CANDIDATE);
    if (p.name.isEmpty()) {
      problems.error(field.where(Layout.CANDIDATE), "the candidate's name is empty; type it in");
    }
    p.id = field.text(Layout.CANDIDATE_ID);
    p.rater = field.text(Layout.RATER);
    if (p.rater.isEmpty()) {
      problems.warning(field.where(Layout.RATER), "no rater named; panels need one name per rater");
    }
    String roleText = field.text(Layout.RATER_ROLE);
    if (roleText.isEmpty()) {
      p.raterRole = RaterRole.SELF;
      problems.warning(field.where(Layout.RATER_ROLE), "rater role is empty; read as \"self\"");
    } else {
      p.raterRole = RaterRole.parse(roleText).orElse(null);
      if (p.raterRole == null) {
        problems.error(
            field.where(Layout.RATER_ROLE),
            "rater role \""
                + roleText
                + "\" is not known; expected"
                + " one of "
                + RaterRole.choices());
      }
    }
  }

  /**
   * The assessment date (required) and the interview date, which must fall within the plan's reach
   * of it.
   */
  private void readDates(ProfileField field, Profile p) {
    p.date = field.date(Layout.ASSESSMENT_DATE, true);
    p.interview = field.date(Layout.INTERVIEW_DATE, false);
    if (p.date != null
        && p.interview != null
        && p.interview.isAfter(p.date.plusWeeks(PlanLimits.MAX_WEEKS))) {
      problems.error(
          field.where(Layout.INTERVIEW_DATE),
          "the interview date "
              + p.interview
              + " is more than "
              + PlanLimits.MAX_WEEKS / 52
              + " years after the assessment date "
              + p.date
              + "; type the right date as"
              + " YYYY-MM-DD");
      p.interview = null;
    }
  }

  /**
   * The target role's ID, or null when blank (the rubric's default) or not one of the rubric's (an
   * error said).
   */
  private String targetRole(ProfileField field) {
    String role = field.text(Layout.TARGET_ROLE);
    if (role.isEmpty()) {
      return null;
    }
    String id = role.toLowerCase(java.util.Locale.ROOT);
    if (rubric.hasRole(id)) {
      return id;
    }
    problems.error(
        field.where(Layout.TARGET_ROLE),
        "target role \""
            + role
            + "\" is not a role of this"
            + " rubric; expected one of "
            + rubric.roleIds());
    return null;
  }

  private void checkFormat(ProfileField field) {
    String version = field.text(Layout.FORMAT);
    if (version.isEmpty()) {
      return;
    }
    // a number, not the text it shows: in a cell formatted as a date, 1 shows as 1900-01-01
    Optional<Double> v = Cells.numberOf(field.cell(Layout.FORMAT));
    if (v.isEmpty() || v.get() != Math.rint(v.get()) || v.get() < 1) {
      problems.error(
          field.where(Layout.FORMAT),
          "format version \""
              + version
              + "\" is not a version number;"
              + " put back "
              + Layout.FORMAT_VERSION);
    } else if (v.get() > Layout.FORMAT_VERSION) {
      problems.error(
          field.where(Layout.FORMAT),
          "the workbook has format version "
              + v.get().intValue()
              + ", newer than this readiness reads ("
              + Layout.FORMAT_VERSION
              + "); update readiness");
    }
  }

  /** Reads labelled values from the Profile sheet. */
  private final class ProfileField {
    final Grid.Sheet sheet;
    final Map<String, Grid.Value> values;
    final Map<String, Integer> rows;

    ProfileField(Grid.Sheet sheet, Map<String, Grid.Value> values, Map<String, Integer> rows) {
      this.sheet = sheet;
      this.values = values;
      this.rows = rows;
    }

    Location where(String label) {
      Integer row = rows.get(Layout.key(label));
      return row == null ? Location.sheet(sheet.name()) : Cells.where(sheet.name(), row, 1);
    }

    Grid.Value cell(String label) {
      return values.get(Layout.key(label));
    }

    String text(String label) {
      return Cells.text(cell(label)).strip();
    }

    LocalDate date(String label, boolean required) {
      if (!rows.containsKey(Layout.key(label))) {
        if (required) {
          problems.error(
              Location.sheet(sheet.name()),
              "no \"" + label + "\" row; add it back in column A with the date" + " in column B");
        }
        return null;
      }
      Grid.Value c = cell(label);
      if (Cells.isBlank(c)) {
        if (required) {
          problems.error(
              where(label),
              "the "
                  + label.toLowerCase(java.util.Locale.ROOT)
                  + " is empty; type the"
                  + " date as YYYY-MM-DD");
        }
        return null;
      }
      Optional<LocalDate> d = Cells.date(c, grid.date1904());
      if (d.isEmpty()) {
        Optional<LocalDate> far = Cells.outOfRange(c, grid.date1904());
        problems.error(
            where(label),
            far.isPresent()
                ? Cells.outOfRangeMessage(far.get())
                : "\""
                    + Names.trimSpaces(Cells.text(c))
                    + "\" is not a date; type it as YYYY-MM-DD, e.g. 2026-11-24");
        return null;
      }
      return d.get();
    }

    Double hours() {
      Grid.Value c = cell(Layout.HOURS);
      if (Cells.isBlank(c)) {
        return null;
      }
      Optional<Double> h = Cells.numberOf(c);
      if (h.isEmpty() || !PlanLimits.hoursOk(h.get())) {
        problems.error(
            where(Layout.HOURS),
            "hours per week \""
                + Cells.text(c).strip()
                + "\" must be a number"
                + " of hours "
                + PlanLimits.hoursRange());
        return null;
      }
      return h.get();
    }

    /** The optional "Days off" row: a date cell is one day, text is read as --days-off reads it. */
    SortedSet<LocalDate> daysOff() {
      Grid.Value c = cell(Layout.DAYS_OFF);
      if (Cells.isBlank(c)) {
        return null;
      }
      Optional<LocalDate> one = Cells.date(c, grid.date1904());
      if (one.isPresent()) {
        return new java.util.TreeSet<>(List.of(one.get()));
      }
      if (c.isDate()) {
        // a date cell outside the range is refused as the date rows are, not read as text
        problems.error(where(Layout.DAYS_OFF), "days off: " + Cells.outOfRangeMessage(c.date()));
        return null;
      }
      DaysOff.Parsed parsed = DaysOff.parse(Cells.text(c));
      if (!parsed.ok()) {
        problems.error(where(Layout.DAYS_OFF), "days off: " + parsed.problem());
        return null;
      }
      return parsed.dates();
    }
  }
}
