package dev.readiness.workbook;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.Assessment.Ratings;
import dev.readiness.assessment.Candidate;
import dev.readiness.assessment.ChecklistStatus;
import dev.readiness.problem.Location;
import dev.readiness.rubric.Rubric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the sheets of one opened workbook (its {@link Grid}) into an assessment, checking every
 * value against the contract and the rubric; each problem goes to the file's list, named by sheet
 * and cell.
 */
final class SheetsReader {
  private final Rubric rubric;
  private final Grid grid;
  private final String file;
  private final Problems problems;

  /**
   * The sheets refused for their length or as ambiguous: they are there, so "no such sheet" is not
   * said of them.
   */
  private final java.util.Set<String> refused = new java.util.HashSet<>();

  SheetsReader(Rubric rubric, Grid grid, String file, Problems problems) {
    this.rubric = rubric;
    this.grid = grid;
    this.file = file;
    this.problems = problems;
  }

  Assessment read() {
    ProfileReader.Profile profile = readProfile();
    Grid.Sheet topics = sheet(Layout.TOPICS);
    Ratings topicRatings = Ratings.NONE;
    if (topics == null && !refused.contains(Layout.TOPICS)) {
      problems.error(
          Location.FILE,
          "no \""
              + Layout.TOPICS
              + "\" sheet; the workbook needs the Topics sheet of a"
              + " 'readiness template' (sheets found: "
              + grid.names()
              + ")");
    } else if (topics != null) {
      topicRatings =
          new RatingsSheet(rubric, problems, topics, "topic", rubric.topicIds(), rubric::hasTopic)
              .read();
    }
    Ratings skills = Ratings.NONE;
    Grid.Sheet skillSheet = sheet(Layout.SKILLS);
    List<String> skillIds = new ArrayList<>();
    rubric.skillGroups().forEach(g -> g.skills().forEach(s -> skillIds.add(s.id())));
    if (skillSheet == null && !refused.contains(Layout.SKILLS)) {
      problems.warning(
          Location.FILE,
          "no \"" + Layout.SKILLS + "\" sheet; the skill groups are left out of the report");
    } else if (skillSheet != null) {
      skills =
          new RatingsSheet(rubric, problems, skillSheet, "skill", skillIds, rubric::hasSkill)
              .read();
    }
    Map<String, ChecklistStatus> checklist = new LinkedHashMap<>();
    Map<String, String> checklistNotes = new LinkedHashMap<>();
    Grid.Sheet checkSheet = sheet(Layout.CHECKLIST);
    if (checkSheet != null) {
      readChecklist(checkSheet, checklist, checklistNotes);
    }
    return Assessment.builder()
        .source(file)
        .candidate(new Candidate(profile.name, profile.id))
        .rater(profile.rater)
        .raterRole(profile.raterRole)
        .date(profile.date)
        .checkInNotes(profile.notes)
        .targetRole(profile.role)
        .interviewDate(profile.interview)
        .hoursPerWeek(profile.hours)
        .daysOff(profile.daysOff)
        .topics(topicRatings)
        .skills(skills)
        .checklist(checklist)
        .checklistNotes(checklistNotes)
        .build();
  }

  /**
   * The sheet, or null when it is missing, ambiguous or refused for its length (an error said
   * here).
   */
  private Grid.Sheet sheet(String name) {
    List<Grid.Sheet> found = grid.sheets(name);
    if (found.isEmpty()) {
      return null;
    }
    Grid.Sheet s = found.get(0);
    if (found.size() > 1) {
      s = oneOf(name, found);
      if (s == null) {
        refused.add(name);
        return null;
      }
    }
    if (s.filledRows() > WorkbookReader.MAX_ROWS) {
      problems.error(
          Location.sheet(s.name()),
          String.format(
              java.util.Locale.ROOT,
              "the sheet has %,d rows with content, more than the %,d"
                  + " an assessment may have; delete the extra rows",
              s.filledRows(),
              WorkbookReader.MAX_ROWS));
      refused.add(name);
      return null;
    }
    for (Location cell : s.cut()) {
      problems.warning(
          cell,
          String.format(
              java.util.Locale.ROOT,
              "the text is longer than the %,d characters a cell"
                  + " holds, and was cut to them; shorten it",
              Grid.MAX_CELL_CHARS));
    }
    for (Location cell : s.unworked()) {
      problems.error(
          cell,
          "the formula has no saved value and cannot be worked out here; open"
              + " and save the file in a spreadsheet app, or type the value");
    }
    return s;
  }

  /**
   * Of several sheets named like one of the contract's (a file no spreadsheet app wrote), the one
   * visible sheet, with a warning of each hidden one; null when there is none or more than one,
   * said as an error.
   */
  private Grid.Sheet oneOf(String name, List<Grid.Sheet> found) {
    List<Grid.Sheet> visible = found.stream().filter(x -> !x.hidden()).toList();
    if (visible.size() == 1) {
      for (Grid.Sheet hidden : found) {
        if (hidden.hidden()) {
          problems.warning(
              Location.FILE,
              "a hidden sheet is also named \""
                  + hidden.name()
                  + "\"; the visible \""
                  + visible.get(0).name()
                  + "\" sheet was read and the hidden one left out; if the hidden one is the one"
                  + " you filled in, unhide it and delete the other");
        }
      }
      return visible.get(0);
    }
    List<String> names =
        found.stream().map(x -> "\"" + x.name() + "\"" + (x.hidden() ? " (hidden)" : "")).toList();
    problems.error(
        Location.FILE,
        "the workbook has "
            + found.size()
            + " sheets named like the "
            + name
            + " sheet ("
            + String.join(", ", names)
            + "); keep one, and delete or rename the others");
    return null;
  }

  private ProfileReader.Profile readProfile() {
    Grid.Sheet sheet = sheet(Layout.PROFILE);
    if (sheet == null && !refused.contains(Layout.PROFILE)) {
      problems.error(
          Location.FILE,
          "no \""
              + Layout.PROFILE
              + "\" sheet; the workbook needs the Profile sheet of a"
              + " 'readiness template' (sheets found: "
              + grid.names()
              + ")");
    }
    return sheet == null
        ? new ProfileReader.Profile()
        : new ProfileReader(rubric, grid, problems).read(sheet);
  }

  private void readChecklist(
      Grid.Sheet sheet, Map<String, ChecklistStatus> statuses, Map<String, String> notes) {
    Optional<Header> found = Header.find(sheet, Layout.ID);
    if (found.isEmpty()) {
      problems.warning(
          Location.sheet(sheet.name()),
          "no header row with an \"ID\" column; the checklist is left out");
      return;
    }
    Header header = found.get();
    int idCol = header.column(Layout.ID);
    int statusCol = header.column(Layout.STATUS);
    int notesCol = header.column(Layout.NOTES);
    if (statusCol < 0) {
      problems.warning(
          Cells.where(sheet.name(), header.row, 0),
          "no \"Status\" column; the checklist is left out");
      return;
    }
    Map<String, ?> items = rubric.checklistOfItem();
    for (int r : sheet.rowNumbers()) {
      String id = r <= header.row ? "" : Cells.text(sheet.cell(r, idCol)).strip();
      if (id.isEmpty()) {
        continue;
      }
      if (!items.containsKey(id)) {
        problems.warning(
            Cells.where(sheet.name(), r, idCol),
            "checklist item \"" + id + "\" is not in the rubric;" + " it is ignored");
        continue;
      }
      String text = Cells.text(sheet.cell(r, statusCol)).strip();
      if (!text.isEmpty()) {
        Optional<ChecklistStatus> status = ChecklistStatus.parse(text);
        if (status.isEmpty()) {
          problems.error(
              Cells.where(sheet.name(), r, statusCol),
              "status \""
                  + text
                  + "\" is not known; expected one"
                  + " of "
                  + ChecklistStatus.choices());
        } else {
          statuses.put(id, status.get());
        }
      }
      if (notesCol >= 0) {
        String note = Cells.text(sheet.cell(r, notesCol)).strip();
        if (!note.isEmpty()) {
          notes.put(id, note);
        }
      }
    }
  }
}
