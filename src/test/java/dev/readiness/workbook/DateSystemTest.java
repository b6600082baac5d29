package dev.readiness.workbook;

import static dev.readiness.workbook.TestWorkbooks.RUBRIC;
import static dev.readiness.workbook.TestWorkbooks.cell;
import static dev.readiness.workbook.TestWorkbooks.noValue;
import static dev.readiness.workbook.TestWorkbooks.profile;
import static dev.readiness.workbook.TestWorkbooks.readOk;
import static dev.readiness.workbook.TestWorkbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Assessment;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook in the 1904 date system (old Mac Excel's, still a workbook option) saves a date as a
 * serial 1,462 days smaller than the 1900 system's: read as 1900's, every date came out 4 years and
 * a day early.
 */
class DateSystemTest {
  @TempDir Path dir;

  private final WorkbookReader reader = new WorkbookReader(RUBRIC);

  @Test
  void datesOfA1904WorkbookAreTheDatesItShows() throws IOException {
    Assessment a = readOk(reader, write(dir, "mac.xlsx", DateSystemTest::in1904));
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(a.interviewDate()).isEqualTo(LocalDate.of(2027, 2, 15));
  }

  @Test
  void alsoWhenTheFullModelReadsItForAFormula() throws IOException {
    Assessment a =
        readOk(
            reader,
            write(
                dir,
                "mac-formula.xlsx",
                wb -> {
                  in1904(wb);
                  noValue((XSSFCell) cell(wb, "Topics", "T05", "Rating"), "1+2");
                }));
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(a.interviewDate()).isEqualTo(LocalDate.of(2027, 2, 15));
    assertThat(a.topicRatings().get("T05")).isEqualTo(3.0);
  }

  @Test
  void aDateOutsideTheRangeIsNamedAsTheDateItShows() throws IOException {
    Path file =
        write(
            dir,
            "far.xlsx",
            wb -> {
              in1904(wb);
              profile(wb, Layout.ASSESSMENT_DATE).setCellValue(LocalDate.of(1985, 6, 1));
            });
    assertThat(reader.read(file).problems())
        .extracting(Object::toString)
        .contains(
            file
                + ": Profile!B8: the date"
                + " 1985-06-01 is outside the dates a workbook may hold (1990-01-01 to 2100-12-31); type the right date as"
                + " YYYY-MM-DD");
  }

  /**
   * An ISO date cell before 1900, which no serial of Excel's stands for, is named as the date it
   * holds: it was called no date at all ("\"1899-12-31\" is not a date").
   */
  @Test
  void anIsoDateBefore1900IsNamedAsThatDate() throws IOException {
    Path file =
        TestWorkbooks.rewrite(
            write(dir, "plain.xlsx", wb -> {}),
            dir.resolve("iso-1899.xlsx"),
            "xl/worksheets/sheet2.xml",
            xml ->
                xml.replaceFirst(
                    "<c r=\"B8\"[^>]*>[^/]*</v>", "<c r=\"B8\" t=\"d\"><v>1899-12-31</v>"));
    assertThat(reader.read(file).problems())
        .extracting(Object::toString)
        .containsExactly(
            file
                + ": Profile!B8: the date 1899-12-31 is outside the dates a workbook may hold"
                + " (1990-01-01 to 2100-12-31); type the right date as YYYY-MM-DD");
  }

  /**
   * An .xls says it counts from 1904 in a record of its own, which POI's model reads but its
   * interface hides.
   */
  /**
   * An .xls says it counts from 1904 in a record of its own, which POI's model reads but its
   * interface hides.
   */
  @Test
  void anXlsOf1904IsReadAsSuch() throws IOException {
    byte[] saved;
    try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb =
        new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
      ((org.apache.poi.hssf.record.DateWindow1904Record)
              wb.getInternalWorkbook()
                  .findFirstRecordBySid(org.apache.poi.hssf.record.DateWindow1904Record.sid))
          .setWindowing((short) 1);
      wb.createSheet("Profile")
          .createRow(0)
          .createCell(1)
          .setCellValue(44_866); // 2026-11-02, counted from 1904
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      wb.write(out);
      saved = out.toByteArray();
    }
    try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb =
        new org.apache.poi.hssf.usermodel.HSSFWorkbook(new java.io.ByteArrayInputStream(saved))) {
      Grid grid = PoiGrid.of(wb, 5_000);
      assertThat(grid.date1904()).isTrue();
      assertThat(Cells.date(grid.sheets("Profile").get(0).cell(0, 1), grid.date1904()))
          .contains(LocalDate.of(2026, 11, 2));
    }
  }

  /**
   * Switches the workbook to the 1904 system and types the dates again, as Excel saves them then.
   */
  private static void in1904(Workbook wb) {
    XSSFWorkbook x = (XSSFWorkbook) wb;
    (x.getCTWorkbook().isSetWorkbookPr()
            ? x.getCTWorkbook().getWorkbookPr()
            : x.getCTWorkbook().addNewWorkbookPr())
        .setDate1904(true);
    assertThat(x.isDate1904()).isTrue();
    profile(wb, Layout.ASSESSMENT_DATE).setCellValue(LocalDate.of(2026, 11, 2));
    profile(wb, Layout.INTERVIEW_DATE).setCellValue(LocalDate.of(2027, 2, 15));
  }
}
