package dev.readiness.workbook;

import static dev.readiness.workbook.TestWorkbooks.profile;
import static dev.readiness.workbook.TestWorkbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.ReadResult;
import dev.readiness.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Profile sheet's optional "Days off" row: same syntax as --days-off, format 1 still. */
class DaysOffRowTest {
  private final WorkbookReader reader = new WorkbookReader(TestWorkbooks.RUBRIC);
  @TempDir Path dir;

  @Test
  void theTemplateWritesTheRowEmptyWithAHint() throws IOException {
    Path file =
        write(
            dir,
            "t.xlsx",
            wb -> {
              Row row = profile(wb, "Days off").getRow();
              assertThat(TestWorkbooks.text(row.getCell(1))).isEmpty();
              assertThat(TestWorkbooks.text(row.getCell(2)))
                  .isEqualTo(
                      "Optional: days with no study, e.g."
                          + " 2026-12-24..2027-01-01, 2027-02-14 (dates and ranges, comma-separated).");
              assertThat(TestWorkbooks.text(profile(wb, "Format version"))).isEqualTo("1");
            });
    assertThat(TestWorkbooks.readOk(reader, file).daysOff()).isEmpty();
  }

  @Test
  void datesAndRangesAreRead() throws IOException {
    Path file =
        write(
            dir,
            "off.xlsx",
            wb -> profile(wb, "Days off").setCellValue("2026-12-24..2027-01-01, 2027-02-14"));
    Assessment a = TestWorkbooks.readOk(reader, file);
    assertThat(a.daysOff())
        .hasSize(10)
        .contains(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 14));
  }

  @Test
  void aDateCellIsOneDayOff() throws IOException {
    Path file =
        write(
            dir,
            "one.xlsx",
            wb -> profile(wb, "Days off").setCellValue(LocalDate.of(2026, 12, 25)));
    assertThat(TestWorkbooks.readOk(reader, file).daysOff())
        .containsExactly(LocalDate.of(2026, 12, 25));
  }

  /** A date cell is checked against the dates a workbook may hold, as the date rows are. */
  @Test
  void aDateCellOutsideTheRangeIsAnError() throws IOException {
    Path file =
        write(
            dir,
            "far.xlsx",
            wb -> {
              org.apache.poi.ss.usermodel.Cell c = profile(wb, "Days off");
              c.setCellValue(LocalDate.of(1985, 6, 1));
              c.setCellStyle(DateInRatingTest.style(wb, "yyyy-mm-dd"));
            });
    assertThat(reader.read(file).problems())
        .extracting(Problem::toString)
        .containsExactly(
            file
                + ": Profile!B12: days off: the date 1985-06-01 is outside the dates a workbook may"
                + " hold (1990-01-01 to 2100-12-31); type the right date as YYYY-MM-DD");
  }

  @Test
  void aWorkbookWithoutTheRowIsReadAsBefore() throws IOException {
    Path file =
        write(
            dir,
            "old.xlsx",
            wb -> {
              Sheet s = wb.getSheet("Profile");
              Row row = profile(wb, "Days off").getRow();
              s.removeRow(row);
            });
    ReadResult r = reader.read(file);
    assertThat(r.problems()).isEmpty();
    assertThat(r.assessment().orElseThrow().daysOff()).isEmpty();
  }

  @Test
  void aWrongValueIsAnErrorNamingTheCell() throws IOException {
    Path file =
        write(dir, "bad.xlsx", wb -> profile(wb, "Days off").setCellValue("24.12.2026-1.1.2027"));
    ReadResult r = reader.read(file);
    assertThat(r.problems())
        .extracting(Problem::toString)
        .containsExactly(
            file
                + ": Profile!B12: days off:"
                + " \"24.12.2026-1.1.2027\" is not a date; give dates as YYYY-MM-DD and ranges as YYYY-MM-DD..YYYY-MM-DD,"
                + " comma-separated, e.g. 2026-12-24..2027-01-01,2027-02-14");
    assertThat(r.problems()).allMatch(Problem::isError);
  }

  @Test
  void aCheckInTemplateCarriesTheDaysOff() throws IOException {
    Assessment priya = TestWorkbooks.priya();
    TreeSet<LocalDate> off = new TreeSet<>();
    LocalDate.of(2026, 12, 24).datesUntil(LocalDate.of(2027, 1, 2)).forEach(off::add);
    Assessment withOff = priya.toBuilder().daysOff(off).build();
    Path file =
        write(
            dir,
            "carried.xlsx",
            withOff,
            wb ->
                assertThat(TestWorkbooks.text(profile(wb, "Days off")))
                    .isEqualTo("2026-12-24..2027-01-01"));
    assertThat(TestWorkbooks.readOk(reader, file).daysOff()).isEqualTo(off);
  }
}
