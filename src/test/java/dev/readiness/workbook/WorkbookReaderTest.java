package dev.readiness.workbook;

import static dev.readiness.workbook.TestWorkbooks.RUBRIC;
import static dev.readiness.workbook.TestWorkbooks.cell;
import static dev.readiness.workbook.TestWorkbooks.priya;
import static dev.readiness.workbook.TestWorkbooks.profile;
import static dev.readiness.workbook.TestWorkbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.RaterRole;
import dev.readiness.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookReaderTest {
  @TempDir Path dir;
  private final WorkbookReader reader = new WorkbookReader(RUBRIC);

  private Assessment readOk(Path file) {
    return TestWorkbooks.readOk(reader, file);
  }

  private List<String> messages(Path file) {
    return reader.read(file).problems().stream().map(Problem::toString).toList();
  }

  @Test
  void readsBackWhatTheTemplateWrote() throws IOException {
    Assessment expected = priya();
    Assessment a = readOk(write(dir, "p.xlsx", wb -> {}));
    assertThat(a.candidate()).isEqualTo(expected.candidate());
    assertThat(a.rater()).isEqualTo("Priya Raman");
    assertThat(a.raterRole()).isEqualTo(RaterRole.SELF);
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(a.interviewDate()).isEqualTo(LocalDate.of(2027, 1, 25));
    assertThat(a.targetRole()).isEqualTo("lead");
    assertThat(a.hoursPerWeek()).isEqualTo(8.0);
    assertThat(a.topicRatings()).isEqualTo(expected.topicRatings()).hasSize(55);
    assertThat(a.topicNotes()).isEqualTo(expected.topicNotes());
    assertThat(a.skillRatings()).isEqualTo(expected.skillRatings());
    assertThat(a.checklist()).isEqualTo(expected.checklist());
    assertThat(a.checkInNotes()).isEqualTo(expected.checkInNotes());
  }

  @Test
  void acceptsRatingsAsTextWholeDecimalsAndFormulas() throws IOException {
    Assessment a =
        readOk(
            write(
                dir,
                "typed.xlsx",
                wb -> {
                  cell(wb, "Topics", "T01", "Rating").setCellValue(" 4 ");
                  cell(wb, "Topics", "T02", "Rating").setCellValue(4.0);
                  cell(wb, "Topics", "T03", "Rating").setCellValue("2.0");
                  cell(wb, "Topics", "T04", "Rating").setCellFormula("1+2");
                  wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
                }));
    assertThat(a.topicRatings())
        .containsEntry("T01", 4.0)
        .containsEntry("T02", 4.0)
        .containsEntry("T03", 2.0)
        .containsEntry("T04", 3.0);
  }

  @Test
  void blankRatingIsNotRatedNeverZero() throws IOException {
    Path file = write(dir, "blank.xlsx", wb -> cell(wb, "Topics", "T05", "Rating").setBlank());
    Assessment a = readOk(file);
    assertThat(a.topicRatings()).doesNotContainKey("T05").hasSize(54);
    assertThat(messages(file))
        .contains(
            file
                + ": Topics: warning: 1 topic is not rated (T05); blank ratings are"
                + " left out of the scores, never counted as 0");
  }

  @Test
  void fractionsWordsAndOffScaleValuesAreErrorsNamingTheCell() throws IOException {
    Path file =
        write(
            dir,
            "alex.xlsx",
            wb -> {
              cell(wb, "Topics", "T16", "Rating").setCellValue(7);
              cell(wb, "Topics", "T02", "Rating").setCellValue(3.5);
              cell(wb, "Topics", "T03", "Rating").setCellValue("good");
              cell(wb, "Skills", "S02", "Rating").setCellValue(-1);
            });
    assertThat(reader.read(file).assessment()).isEmpty();
    assertThat(messages(file))
        .contains(
            file
                + ": Topics!E17: rating \"7\" is outside the scale 0–5; choose a level from 0 to 5",
            file + ": Topics!E3: rating \"3.5\" is not a whole level; choose one of 0–5",
            file
                + ": Topics!E4: rating \"good\" is not a number; choose a level 0–5 from the drop-down, or leave it"
                + " blank if not rated",
            file
                + ": Skills!D3: rating \"-1\" is outside the scale 0–5; choose a level from 0 to 5");
  }

  @Test
  void sortedHiddenAndInsertedRowsAndColumnsAreReadByHeader() throws IOException {
    Assessment a =
        readOk(
            write(
                dir,
                "edited.xlsx",
                wb -> {
                  Sheet topics = wb.getSheet("Topics");
                  // sort the topic rows by descending ID, as a user sorting the column would
                  List<String[]> rows = new ArrayList<>();
                  for (int r = 1; r <= topics.getLastRowNum(); r++) {
                    Row row = topics.getRow(r);
                    rows.add(
                        new String[] {
                          TestWorkbooks.text(row.getCell(0)),
                          TestWorkbooks.text(row.getCell(4)),
                          TestWorkbooks.text(row.getCell(5))
                        });
                  }
                  rows.sort(Comparator.comparing((String[] x) -> x[0]).reversed());
                  for (int r = 1; r <= rows.size(); r++) {
                    Row row = topics.getRow(r);
                    row.getCell(0).setCellValue(rows.get(r - 1)[0]);
                    row.getCell(4).setCellValue(Double.parseDouble(rows.get(r - 1)[1]));
                    row.getCell(5).setCellValue(rows.get(r - 1)[2]);
                  }
                  topics.getRow(10).setZeroHeight(true);
                  // insert a column before everything and two rows above the header
                  topics.shiftColumns(0, 6, 1);
                  topics.shiftRows(0, topics.getLastRowNum(), 2);
                  topics.createRow(0).createCell(0).setCellValue("My own title row");
                  wb.createSheet("My notes").createRow(0).createCell(0).setCellValue("anything");
                  wb.setSheetOrder("My notes", 0);
                }));
    assertThat(a.topicRatings()).isEqualTo(priya().topicRatings());
    assertThat(a.topicNotes()).isEqualTo(priya().topicNotes());
  }

  @Test
  void headersAndSheetNamesIgnoreCaseAndSpaces() throws IOException {
    Assessment a =
        readOk(
            write(
                dir,
                "case.xlsx",
                wb -> {
                  wb.setSheetName(wb.getSheetIndex("Topics"), "topics ");
                  wb.getSheet("topics ").getRow(0).getCell(4).setCellValue("  RATING ");
                }));
    assertThat(a.topicRatings()).hasSize(55);
  }

  @Test
  void datesAsIsoTextAreAccepted() throws IOException {
    Assessment a =
        readOk(
            write(
                dir, "date.xlsx", wb -> profile(wb, "Assessment date").setCellValue("2026-12-01")));
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void missingTopicRowIsAWarning() throws IOException {
    Path file =
        write(
            dir,
            "missing-row.xlsx",
            wb -> {
              Sheet t = wb.getSheet("Topics");
              t.removeRow(t.getRow(3));
            });
    assertThat(readOk(file).topicRatings()).doesNotContainKey("T03");
    assertThat(messages(file))
        .contains(
            file + ": Topics: warning: 1 topic has no row (T03); it counts as not" + " rated");
  }
}
