package dev.readiness.workbook;

import static dev.readiness.workbook.TestWorkbooks.RUBRIC;
import static dev.readiness.workbook.TestWorkbooks.cell;
import static dev.readiness.workbook.TestWorkbooks.noValue;
import static dev.readiness.workbook.TestWorkbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.ReadResult;
import dev.readiness.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spreadsheet turns "3/5" or "3-5" typed into a rating cell into a date, and saves it as the
 * number of that day (46086 for 2026-03-05). The user sees the date, so the message names the date,
 * not the number; a level typed into a cell that kept a date format is still read as that level.
 */
class DateInRatingTest {
  @TempDir Path dir;

  private final WorkbookReader reader = new WorkbookReader(RUBRIC);

  static void dated(Workbook wb, String topic, String format, LocalDate date) {
    Cell c = cell(wb, "Topics", topic, "Rating");
    c.setCellValue(date);
    c.setCellStyle(style(wb, format));
  }

  static CellStyle style(Workbook wb, String format) {
    CellStyle s = wb.createCellStyle();
    s.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat(format));
    return s;
  }

  /** The error for T05 rated 2026-03-05, after the file's name. */
  static final String MARCH_5 =
      ": Topics!E6: the cell holds the date 2026-03-05, not a rating (a spreadsheet turns \"3/5\" or"
          + " \"3-5\" into a date); choose a level 0–5 from the drop-down, and format the cell as a"
          + " number if it still shows a date";

  /** Writes a workbook whose T05 rating holds this number in a cell of this number format. */
  private Path numbered(String name, double value, String format) throws IOException {
    return write(
        dir,
        name,
        wb -> {
          Cell c = cell(wb, "Topics", "T05", "Rating");
          c.setCellValue(value);
          c.setCellStyle(style(wb, format));
        });
  }

  private List<String> errors(Path file) {
    return TestWorkbooks.errors(reader, file);
  }

  @Test
  void aDateIsNamedAsTheDateTheUserSees() throws IOException {
    Path file = write(dir, "march.xlsx", wb -> dated(wb, "T05", "d-mmm", LocalDate.of(2026, 3, 5)));
    assertThat(errors(file)).containsExactly(file + MARCH_5);
  }

  @Test
  void aBuiltInDateFormatToo() throws IOException {
    // format 14 is Excel's own short date, saved without a format code of the workbook's
    Path file =
        write(dir, "builtin.xlsx", wb -> dated(wb, "T05", "m/d/yy", LocalDate.of(2026, 3, 5)));
    assertThat(errors(file)).containsExactly(file + MARCH_5);
  }

  @Test
  void aLevelInACellFormattedAsADateIsReadWithAWarning() throws IOException {
    Path file = numbered("kept-format.xlsx", 3, "d-mmm");
    ReadResult r = reader.read(file);
    assertThat(r.problems()).filteredOn(Problem::isError).isEmpty();
    assertThat(r.problems())
        .extracting(Problem::toString)
        .contains(
            file
                + ": Topics!E6: warning: rating 3 is in a cell formatted as a date, so the spreadsheet"
                + " shows a date, not 3; it is read as 3: format the cell as a number to see it as"
                + " one");
    assertThat(r.assessment().orElseThrow().topicRatings().get("T05")).isEqualTo(3.0);
  }

  @Test
  void aNumberInAnotherFormatIsStillANumber() throws IOException {
    Path file = numbered("percent.xlsx", 46086, "0.00");
    assertThat(errors(file))
        .containsExactly(
            file
                + ": Topics!E6: rating \"46086\" is outside the scale 0–5; choose a level from 0 to"
                + " 5");
  }

  @Test
  void alsoWhenTheFullModelReadsTheWorkbookForAFormula() throws IOException {
    Path file =
        write(
            dir,
            "formula.xlsx",
            wb -> {
              dated(wb, "T05", "d-mmm", LocalDate.of(2026, 3, 5));
              noValue((XSSFCell) cell(wb, "Topics", "T06", "Rating"), "1+2");
            });
    assertThat(errors(file)).containsExactly(file + MARCH_5);
  }

  @Test
  void andInAnXlsOf1904() throws IOException {
    byte[] saved;
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      ((org.apache.poi.hssf.record.DateWindow1904Record)
              wb.getInternalWorkbook()
                  .findFirstRecordBySid(org.apache.poi.hssf.record.DateWindow1904Record.sid))
          .setWindowing((short) 1);
      Cell c = wb.createSheet("Topics").createRow(5).createCell(4);
      c.setCellValue(44_624); // 2026-03-05, counted from 1904
      c.setCellStyle(style(wb, "d-mmm"));
      wb.createSheet("Skills").createRow(0).createCell(0).setCellValue(3);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      wb.write(out);
      saved = out.toByteArray();
    }
    try (HSSFWorkbook wb = new HSSFWorkbook(new java.io.ByteArrayInputStream(saved))) {
      Grid grid = PoiGrid.of(wb, 5_000);
      Grid.Value rating = grid.sheets("Topics").get(0).cell(5, 4);
      assertThat(rating.isDate()).isTrue();
      assertThat(Cells.text(rating)).isEqualTo("2026-03-05");
      assertThat(grid.sheets("Skills").get(0).cell(0, 0).isDate()).isFalse();
    }
  }

  /**
   * A crafted styles part cannot make a cell a date by naming a style that is not there, nor slow
   * the reader with styles past Excel's limit.
   */
  @Test
  void aStyleNotInTheStylesPartIsNoDate() throws IOException {
    Path file = write(dir, "plain.xlsx", wb -> cell(wb, "Topics", "T05", "Rating").setCellValue(4));
    Path crafted =
        TestWorkbooks.rewrite(
            file,
            dir.resolve("crafted.xlsx"),
            "xl/worksheets/sheet3.xml",
            xml -> xml.replaceFirst("(<c r=\"E6\")( s=\"[0-9]+\")?", "$1 s=\"99999999\""));
    ReadResult r = reader.read(crafted);
    assertThat(r.problems()).filteredOn(Problem::isError).isEmpty();
    assertThat(r.assessment().orElseThrow().topicRatings().get("T05")).isEqualTo(4.0);
  }

  @Test
  void aLevelOfZeroInADateCellIsReadToo() throws IOException {
    Path file = numbered("zero.xlsx", 0, "yyyy-mm-dd");
    ReadResult r = reader.read(file);
    assertThat(r.problems()).filteredOn(Problem::isError).isEmpty();
    assertThat(r.assessment().orElseThrow().topicRatings().get("T05")).isEqualTo(0.0);
  }

  /** The 1904 date system (an Excel option) shows the same date from a smaller number. */
  @Test
  void aDateOfA1904WorkbookIsTheDateItShows() throws IOException {
    Path file =
        write(
            dir,
            "mac.xlsx",
            wb -> {
              org.apache.poi.xssf.usermodel.XSSFWorkbook x =
                  (org.apache.poi.xssf.usermodel.XSSFWorkbook) wb;
              (x.getCTWorkbook().isSetWorkbookPr()
                      ? x.getCTWorkbook().getWorkbookPr()
                      : x.getCTWorkbook().addNewWorkbookPr())
                  .setDate1904(true);
              dated(wb, "T05", "d-mmm", LocalDate.of(2026, 3, 5));
            });
    assertThat(errors(file)).contains(file + MARCH_5);
  }

  /**
   * A styles part of 70,000 cell styles (Excel keeps at most 64,000): a style within the limit is
   * read, one past it counts as no date, and the file is read in the usual time.
   */
  @Test
  void stylesPastExcelsLimitAreNoDates() throws IOException {
    Path file =
        write(
            dir,
            "many-styles.xlsx",
            wb -> {
              cell(wb, "Topics", "T05", "Rating").setCellValue(46_086);
              cell(wb, "Topics", "T06", "Rating").setCellValue(46_086);
            });
    int[] count = new int[1];
    Path styled =
        TestWorkbooks.rewrite(
            file,
            dir.resolve("styled.xlsx"),
            "xl/styles.xml",
            xml -> {
              java.util.regex.Matcher m =
                  java.util.regex.Pattern.compile("<cellXfs count=\"(\\d+)\"").matcher(xml);
              assertThat(m.find()).isTrue();
              count[0] = Integer.parseInt(m.group(1));
              // each style tagged with a random word, so that the part does not inflate like a
              // zip bomb and get refused for that
              java.util.Random random = new java.util.Random(7);
              StringBuilder xfs = new StringBuilder();
              for (int i = 0; i < 70_000; i++) {
                xfs.append("<xf numFmtId=\"14\" tag=\"")
                    .append(Long.toHexString(random.nextLong()))
                    .append("\"/>");
              }
              return xml.replace("</cellXfs>", xfs + "</cellXfs>");
            });
    Path crafted =
        TestWorkbooks.rewrite(
            styled,
            dir.resolve("crafted-styles.xlsx"),
            "xl/worksheets/sheet3.xml",
            xml ->
                xml.replaceFirst(
                        "(<c r=\"E6\")( s=\"[0-9]+\")?", "$1 s=\"" + (count[0] + 69_000) + "\"")
                    .replaceFirst(
                        "(<c r=\"E7\")( s=\"[0-9]+\")?", "$1 s=\"" + (count[0] + 10) + "\""));
    assertThat(errors(crafted))
        .containsExactly(
            crafted
                + ": Topics!E6: rating \"46086\" is outside the scale 0–5; choose a level from 0 to"
                + " 5",
            crafted + MARCH_5.replace("E6", "E7"));
  }

  /**
   * A number no date stands for, in a cell formatted as a date, shows as "#####" and is named as
   * the number: Infinity stopped the whole workbook as damaged, at no cell; 1E300 was named as the
   * date 1899-12-31, and 2958466 as +10000-01-01.
   */
  @Test
  void aNumberPastTheLastDateIsNamedAsTheNumber() throws IOException {
    Path dated =
        write(dir, "dated.xlsx", wb -> dated(wb, "T05", "d-mmm", LocalDate.of(2026, 3, 5)));
    for (String[] saved :
        new String[][] {
          {"Infinity", "Infinity"}, {"1E300", "1.0E300"}, {"2958466", "2958466"}, {"-5", "-5"}
        }) {
      Path file =
          TestWorkbooks.rewrite(
              dated,
              dir.resolve("serial" + saved[1] + ".xlsx"),
              "xl/worksheets/sheet3.xml",
              xml -> xml.replace("<v>46086.0</v>", "<v>" + saved[0] + "</v>"));
      assertThat(errors(file))
          .containsExactly(
              file
                  + ": Topics!E6: rating \""
                  + saved[1]
                  + "\" is outside the scale 0–5; choose a level from 0 to 5");
    }
    Path last =
        TestWorkbooks.rewrite(
            dated,
            dir.resolve("last.xlsx"),
            "xl/worksheets/sheet3.xml",
            xml -> xml.replace("<v>46086.0</v>", "<v>2958465</v>"));
    assertThat(errors(last))
        .containsExactly(
            last
                + ": Topics!E6: the cell holds the date 9999-12-31, not a rating (a spreadsheet turns"
                + " \"3/5\" or \"3-5\" into a date); choose a level 0–5 from the drop-down, and format"
                + " the cell as a number if it still shows a date");
  }

  /**
   * The format version is a number, whatever the cell shows: in a cell formatted as a date, 1 was
   * read as the text "1900-01-01" and refused with "put back 1", which the cell then showed as
   * 1900-01-01 again.
   */
  @Test
  void aFormatVersionInACellFormattedAsADateIsItsNumber() throws IOException {
    Path one =
        write(
            dir,
            "version-1.xlsx",
            wb -> TestWorkbooks.profile(wb, "Format version").setCellStyle(style(wb, "d-mmm")));
    Path two =
        write(
            dir,
            "version-2.xlsx",
            wb -> {
              Cell c = TestWorkbooks.profile(wb, "Format version");
              c.setCellValue(2);
              c.setCellStyle(style(wb, "d-mmm"));
            });
    assertThat(errors(one)).isEmpty();
    assertThat(errors(two))
        .containsExactly(
            two
                + ": Profile!B2: the workbook has format version 2, newer than this readiness reads"
                + " (1); update readiness");
  }
}
