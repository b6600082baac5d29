package dev.readiness.workbook;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.ChecklistStatus;
import dev.readiness.assessment.RaterRole;
import dev.readiness.io.AtomicFiles;
import dev.readiness.plan.DaysOff;
import dev.readiness.rubric.Checklist;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.Scale;
import dev.readiness.rubric.SkillGroup;
import dev.readiness.rubric.Topic;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the assessment workbook: blank, or pre-filled from an assessment (a name from the command
 * line, the last check-in, or a generated sample).
 */
public final class TemplateWriter {
  private final Rubric rubric;

  public TemplateWriter(Rubric rubric) {
    this.rubric = rubric;
  }

  /** Writes the workbook to {@code target}, whole or not at all. */
  public void write(TemplateValues values, Path target) throws IOException {
    AtomicFiles.write(target, out -> writeTo(values, out));
  }

  /** Writes the workbook to a stream (one of several files moved into place together). */
  public void writeTo(TemplateValues values, java.io.OutputStream out) throws IOException {
    dev.readiness.io.WatchedStream watched = new dev.readiness.io.WatchedStream(out);
    try (XSSFWorkbook wb = build(values)) {
      wb.write(watched);
    } catch (RuntimeException e) {
      // POI's own exception for a failed save carries no cause: the system's reason is the stream's
      if (watched.failure() != null) {
        throw watched.failure();
      }
      throw e;
    }
  }

  XSSFWorkbook build(TemplateValues values) {
    XSSFWorkbook wb = new XSSFWorkbook();
    TemplateStyles styles = new TemplateStyles(wb);
    writeInstructions(wb.createSheet(Layout.INSTRUCTIONS), styles);
    writeProfile(wb.createSheet(Layout.PROFILE), styles, values);
    writeTopics(
        wb.createSheet(Layout.TOPICS), styles, values.assessment(), values.interviewTopics());
    writeSkills(wb.createSheet(Layout.SKILLS), styles, values.assessment());
    writeChecklist(wb.createSheet(Layout.CHECKLIST), styles, values.assessment());
    wb.forEach(TemplateWriter::printOnePageWide);
    wb.setActiveSheet(values.assessment() == null ? 0 : 1);
    return wb;
  }

  private void writeInstructions(Sheet sheet, TemplateStyles styles) {
    sheet.setColumnWidth(0, 22 * 256);
    sheet.setColumnWidth(1, 100 * 256);
    int r = 0;
    r = line(sheet, r, styles.title, rubric.title() + ": readiness assessment", null);
    r++;
    String[] steps = {
      "1. On the Profile sheet, fill in the white cells: the candidate, who rates (you), your role, the dates and"
          + " the hours per week the candidate can study.",
      "2. On the Topics sheet, give every topic a Rating from "
          + rubric.scale().range()
          + " with the drop-down (or type the number). Leave a rating blank only when you cannot judge it:"
          + " a blank is reported as \"not rated\" and left out of the scores, never counted as 0.",
      "3. Rate the Skills sheet the same way, and set a Status for each line of the Checklist sheet.",
      "4. Use the Notes columns freely: they appear in the report beside the ratings.",
      "5. Grey cells come from the guide: do not change them. You may sort, hide, filter, insert rows or columns,"
          + " or add sheets of your own; the tool finds everything by its header text.",
      "6. Check the file with: readiness validate FILE.xlsx; then make the report with: readiness report FILE.xlsx",
    };
    for (String step : steps) {
      r = line(sheet, r, styles.wrap, step, null);
    }
    r++;
    r = line(sheet, r, styles.header, "Rating scale", "What the level means");
    for (Scale.Level level : rubric.scale().levels()) {
      r = line(sheet, r, styles.wrap, level.level() + " — " + level.label(), level.descriptor());
    }
    r++;
    r = line(sheet, r, styles.header, "Depth", null);
    r =
        line(
            sheet,
            r,
            styles.wrap,
            "Guide's advice",
            rubric.depthAdvice().text()
                + ": the depth goal of a part is met"
                + " when at least "
                + rubric.depthAdvice().minTopics()
                + " of its topics are rated "
                + rubric.depthAdvice().level()
                + " or more.");
    r++;
    r = line(sheet, r, styles.header, "Target roles", null);
    for (var role : rubric.roles()) {
      r = line(sheet, r, styles.wrap, role.id(), role.title() + ". " + role.description());
    }
    r++;
    line(sheet, r, styles.readOnly, Layout.FORMAT, String.valueOf(Layout.FORMAT_VERSION));
  }

  private static int line(Sheet sheet, int r, CellStyle style, String a, String b) {
    Row row = sheet.createRow(r);
    Cell ca = row.createCell(0);
    ca.setCellValue(a);
    ca.setCellStyle(style);
    if (b != null) {
      Cell cb = row.createCell(1);
      cb.setCellValue(b);
      cb.setCellStyle(style);
    } else if (a.length() > 30) {
      sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, 0, 1));
    }
    return r + 1;
  }

  private void writeProfile(Sheet sheet, TemplateStyles styles, TemplateValues values) {
    sheet.setColumnWidth(0, 20 * 256);
    sheet.setColumnWidth(1, 60 * 256);
    sheet.setColumnWidth(2, 70 * 256);
    Map<String, Object> prefill = profileValues(values);
    Map<String, String> help = profileHelp();
    Row head = sheet.createRow(0);
    header(head, styles, List.of("Field", "Value", "Help"));
    int r = 1;
    for (String label : Layout.PROFILE_ROWS) {
      Row row = sheet.createRow(r);
      cell(row, 0, label, styles.readOnly);
      profileValue(row.createCell(1), label, prefill.get(label), styles);
      cell(row, 2, help.get(label), styles.help);
      r++;
    }
    DataValidationHelper dv = sheet.getDataValidationHelper();
    String[] raterRoles =
        Arrays.stream(RaterRole.values()).map(RaterRole::label).toArray(String[]::new);
    dropDown(sheet, dv, rowOf(Layout.RATER_ROLE), 1, raterRoles);
    dropDown(
        sheet,
        dv,
        rowOf(Layout.TARGET_ROLE),
        1,
        rubric.roles().stream().map(x -> x.id()).toArray(String[]::new));
    sheet.createFreezePane(0, 1);
  }

  /**
   * The Profile rows' values by label: the contract's own, and those carried from an assessment, if
   * any.
   */
  private Map<String, Object> profileValues(TemplateValues values) {
    Assessment a = values.assessment();
    Map<String, Object> prefill = new java.util.HashMap<>();
    prefill.put(Layout.FORMAT, (double) Layout.FORMAT_VERSION);
    prefill.put(Layout.RUBRIC, rubric.id());
    prefill.put(Layout.CANDIDATE, values.candidateName());
    prefill.put(Layout.CANDIDATE_ID, values.candidateId());
    prefill.put(Layout.RATER, values.rater());
    prefill.put(Layout.RATER_ROLE, values.raterRole() == null ? null : values.raterRole().label());
    prefill.put(Layout.TARGET_ROLE, values.role());
    if (a != null) {
      prefill.put(Layout.ASSESSMENT_DATE, a.date());
      prefill.put(Layout.INTERVIEW_DATE, a.interviewDate());
      prefill.put(Layout.HOURS, a.hoursPerWeek());
      prefill.put(Layout.DAYS_OFF, DaysOff.format(a.daysOff()));
      prefill.put(Layout.CHECK_IN_NOTES, a.checkInNotes());
    }
    return prefill;
  }

  /** The Help column of the Profile sheet, by label. */
  private Map<String, String> profileHelp() {
    return Map.ofEntries(
        Map.entry(Layout.FORMAT, "The layout of this workbook. Do not change."),
        Map.entry(Layout.RUBRIC, "The guide the topics come from. Do not change."),
        Map.entry(Layout.CANDIDATE, "The person assessed."),
        Map.entry(
            Layout.CANDIDATE_ID, "Optional: an ID that tells apart two people of the same name."),
        Map.entry(Layout.RATER, "Who filled in this workbook."),
        Map.entry(Layout.RATER_ROLE, "One of: " + RaterRole.choices() + "."),
        Map.entry(Layout.ASSESSMENT_DATE, "The day of this assessment, as YYYY-MM-DD."),
        Map.entry(
            Layout.TARGET_ROLE,
            "One of: " + rubric.roleIds() + " (blank: " + rubric.defaultRole().id() + ")."),
        Map.entry(
            Layout.INTERVIEW_DATE,
            "The day of the interview, as YYYY-MM-DD: the study plan ends there."),
        Map.entry(Layout.HOURS, "Hours a week the candidate can study."),
        Map.entry(
            Layout.DAYS_OFF,
            "Optional: days with no study, e.g. 2026-12-24..2027-01-01, 2027-02-14 (dates"
                + " and ranges, comma-separated)."),
        Map.entry(Layout.CHECK_IN_NOTES, "What was agreed at this check-in."));
  }

  /**
   * A Profile value cell: a date, a number or text, styled as read-only, a date, a note or an
   * input.
   */
  private static void profileValue(Cell c, String label, Object value, TemplateStyles styles) {
    boolean fixed = label.equals(Layout.FORMAT) || label.equals(Layout.RUBRIC);
    if (value instanceof LocalDate) {
      c.setCellValue((LocalDate) value);
      c.setCellStyle(styles.date);
    } else if (value instanceof Double) {
      c.setCellValue((Double) value);
      c.setCellStyle(fixed ? styles.readOnly : styles.input);
    } else {
      if (value != null && !value.toString().isEmpty()) {
        c.setCellValue(value.toString());
      }
      c.setCellStyle(
          fixed
              ? styles.readOnly
              : label.equals(Layout.CHECK_IN_NOTES)
                  ? styles.inputWrap
                  : label.contains("date") ? styles.date : styles.input);
    }
  }

  /**
   * Wrapped text does not make a row taller by itself in every app: the row gets the height of its
   * longest wrapped cell. {@code texts[i]} sits in column {@code firstColumn + i}; a null is
   * skipped.
   */
  private static void fitTopicRowHeight(Row row, int[] widths, String... texts) {
    int lines = 1;
    for (int i = 0; i < texts.length && i + 1 < widths.length; i++) {
      String text = texts[i];
      if (text == null || text.isEmpty()) {
        continue;
      }
      int width = widths[columnOf(i)] - 1;
      int needed = 0;
      for (String paragraph : text.split("\n", -1)) {
        needed += Math.max(1, (paragraph.length() + width - 1) / width);
      }
      lines = Math.max(lines, needed);
    }
    row.setHeightInPoints(lines * 13f + 3);
  }

  /** The columns the texts sit in, for the Topics sheet: Part, Topic, Question, Notes, Points. */
  private static int columnOf(int i) {
    return new int[] {1, 2, 3, 5, 6}[i];
  }

  /** Printed, every sheet is landscape and one page wide, with its header row repeated. */
  private static void printOnePageWide(Sheet sheet) {
    sheet.getPrintSetup().setLandscape(true);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    if (!sheet.getSheetName().equals(Layout.INSTRUCTIONS)) {
      sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
    }
  }

  private static int rowOf(String label) {
    return Layout.PROFILE_ROWS.indexOf(label) + 1;
  }

  private void writeTopics(
      Sheet sheet, TemplateStyles styles, Assessment a, List<String> interview) {
    int[] widths = {7, 30, 34, 60, 8, 40, 70, 12};
    setWidths(sheet, widths);
    List<String> columns = new java.util.ArrayList<>(Layout.TOPIC_COLUMNS);
    if (!interview.isEmpty()) {
      // the interview kit's topics are marked in a column of their own, which the reader passes
      // over
      columns.add(Layout.IN_THIS_INTERVIEW);
    }
    header(sheet.createRow(0), styles, columns);
    int r = 1;
    for (Topic t : rubric.topics()) {
      Row row = sheet.createRow(r++);
      cell(row, 0, t.id(), styles.readOnly);
      cell(row, 1, rubric.part(t.part()).heading(), styles.readOnlyWrap);
      cell(row, 2, t.title(), styles.readOnlyWrap);
      cell(row, 3, t.question(), styles.readOnlyWrap);
      rating(row, 4, a == null ? null : a.topicRatings().get(t.id()), styles);
      cell(row, 5, a == null ? null : a.topicNotes().get(t.id()), styles.inputWrap);
      String points = t.pointsHeading() + ": " + String.join("; ", t.points());
      cell(row, 6, points, styles.readOnlyWrap);
      if (!interview.isEmpty()) {
        cell(
            row,
            7,
            interview.contains(t.id()) ? "yes" : null,
            interview.contains(t.id()) ? styles.header : styles.readOnly);
      }
      fitTopicRowHeight(
          row,
          widths,
          rubric.part(t.part()).heading(),
          t.title(),
          t.question(),
          a == null ? null : a.topicNotes().get(t.id()),
          points);
    }
    ratingDropDown(sheet, 1, rubric.topics().size(), 4);
    sheet.createFreezePane(3, 1);
    sheet.setAutoFilter(
        new org.apache.poi.ss.util.CellRangeAddress(0, r - 1, 0, columns.size() - 1));
  }

  private void writeSkills(Sheet sheet, TemplateStyles styles, Assessment a) {
    setWidths(sheet, new int[] {7, 24, 40, 8, 50});
    header(sheet.createRow(0), styles, Layout.SKILL_COLUMNS);
    int r = 1;
    for (SkillGroup g : rubric.skillGroups()) {
      for (SkillGroup.Skill s : g.skills()) {
        Row row = sheet.createRow(r++);
        cell(row, 0, s.id(), styles.readOnly);
        cell(row, 1, g.title(), styles.readOnly);
        cell(row, 2, s.title(), styles.readOnlyWrap);
        rating(row, 3, a == null ? null : a.skillRatings().get(s.id()), styles);
        cell(row, 4, a == null ? null : a.skillNotes().get(s.id()), styles.inputWrap);
      }
    }
    ratingDropDown(sheet, 1, r - 1, 3);
    sheet.createFreezePane(0, 1);
  }

  private void writeChecklist(Sheet sheet, TemplateStyles styles, Assessment a) {
    setWidths(sheet, new int[] {8, 36, 70, 10, 50});
    header(sheet.createRow(0), styles, Layout.CHECKLIST_COLUMNS);
    int r = 1;
    for (Checklist list : rubric.checklists()) {
      for (Checklist.Item item : list.items()) {
        Row row = sheet.createRow(r++);
        cell(row, 0, item.id(), styles.readOnly);
        cell(row, 1, list.title(), styles.readOnlyWrap);
        cell(row, 2, item.fullText(), styles.readOnlyWrap);
        ChecklistStatus status = a == null ? null : a.checklist().get(item.id());
        cell(row, 3, status == null ? null : status.label(), styles.input);
        cell(row, 4, a == null ? null : a.checklistNotes().get(item.id()), styles.inputWrap);
      }
    }
    String[] statuses =
        Arrays.stream(ChecklistStatus.values()).map(ChecklistStatus::label).toArray(String[]::new);
    dropDown(sheet, sheet.getDataValidationHelper(), 1, r - 1, 3, statuses);
    sheet.createFreezePane(0, 1);
  }

  private void rating(Row row, int col, Double value, TemplateStyles styles) {
    Cell c = row.createCell(col);
    c.setCellStyle(styles.rating);
    if (value != null) {
      c.setCellValue(value);
    }
  }

  private void ratingDropDown(Sheet sheet, int first, int last, int col) {
    String[] levels =
        IntStream.rangeClosed(rubric.scale().min(), rubric.scale().max())
            .mapToObj(String::valueOf)
            .toArray(String[]::new);
    DataValidationHelper dv = sheet.getDataValidationHelper();
    DataValidation v =
        dv.createValidation(
            dv.createExplicitListConstraint(levels),
            new CellRangeAddressList(first, last, col, col));
    v.setShowErrorBox(true);
    v.setErrorStyle(DataValidation.ErrorStyle.STOP);
    v.createErrorBox(
        "Rating",
        "Choose a whole level from "
            + rubric.scale().range()
            + ", or leave it blank if you"
            + " cannot judge.");
    v.setSuppressDropDownArrow(true);
    sheet.addValidationData(v);
  }

  private static void dropDown(
      Sheet sheet, DataValidationHelper dv, int row, int col, String[] choices) {
    dropDown(sheet, dv, row, row, col, choices);
  }

  private static void dropDown(
      Sheet sheet, DataValidationHelper dv, int first, int last, int col, String[] choices) {
    DataValidationConstraint constraint = dv.createExplicitListConstraint(choices);
    DataValidation v =
        dv.createValidation(constraint, new CellRangeAddressList(first, last, col, col));
    v.setShowErrorBox(true);
    v.createErrorBox("Choose from the list", "Expected one of: " + String.join(", ", choices));
    v.setSuppressDropDownArrow(true);
    sheet.addValidationData(v);
  }

  private static void setWidths(Sheet sheet, int[] widths) {
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, widths[i] * 256);
    }
  }

  private static void header(Row row, TemplateStyles styles, List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      cell(row, i, names.get(i), styles.header);
    }
  }

  private static void cell(Row row, int col, String value, CellStyle style) {
    Cell c = row.createCell(col);
    if (value != null && !value.isEmpty()) {
      c.setCellValue(value);
    }
    c.setCellStyle(style);
  }
}
