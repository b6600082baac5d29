package dev.readiness.workbook;

import static dev.readiness.workbook.TestWorkbooks.cell;
import static dev.readiness.workbook.TestWorkbooks.noValue;
import static dev.readiness.workbook.TestWorkbooks.profile;
import static dev.readiness.workbook.TestWorkbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.ReadResult;
import dev.readiness.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formulas saved without their result, as scripts write them, are worked out; never read as 0. */
class FormulaWithoutValueTest {
  @TempDir Path dir;

  private final WorkbookReader reader = new WorkbookReader(TestWorkbooks.RUBRIC);

  @Test
  void aFormulaWithoutASavedValueIsWorkedOut() throws IOException {
    Path file =
        write(
            dir,
            "script.xlsx",
            wb -> {
              noValue((XSSFCell) cell(wb, "Topics", "T05", "Rating"), "1+2");
              noValue((XSSFCell) profile(wb, "Candidate"), "UPPER(\"priya raman\")");
              noValue((XSSFCell) profile(wb, "Hours per week"), "2*4");
            });
    ReadResult r = reader.read(file);
    assertThat(r.problems()).filteredOn(Problem::isError).isEmpty();
    assertThat(r.assessment().orElseThrow().topicRatings().get("T05")).isEqualTo(3.0);
    assertThat(r.assessment().orElseThrow().candidate().name()).isEqualTo("PRIYA RAMAN");
    assertThat(r.assessment().orElseThrow().hoursPerWeek()).isEqualTo(8.0);
  }

  @Test
  void aFormulaThatGivesAnErrorIsAnErrorAtItsCellNotZero() throws IOException {
    Path file =
        write(
            dir,
            "broken.xlsx",
            wb -> noValue((XSSFCell) cell(wb, "Topics", "T05", "Rating"), "1/0"));
    ReadResult r = reader.read(file);
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.problems())
        .filteredOn(Problem::isError)
        .extracting(Problem::toString)
        .containsExactly(
            file + ": Topics!E6: the formula gives the error #DIV/0!; type the rating 0–5 instead");
  }

  /** openpyxl writes a formula with an empty value element: that is no saved result either. */
  @Test
  void aFormulaWithAnEmptyValueIsWorkedOutToo() throws IOException {
    Path file =
        write(
            dir,
            "openpyxl.xlsx",
            wb -> {
              XSSFCell c = (XSSFCell) cell(wb, "Topics", "T05", "Rating");
              noValue(c, "1+2");
              c.getCTCell().setV("");
            });
    ReadResult r = reader.read(file);
    assertThat(r.problems()).filteredOn(Problem::isError).isEmpty();
    assertThat(r.assessment().orElseThrow().topicRatings().get("T05")).isEqualTo(3.0);
  }

  /** Read whole for its formula, a workbook still names every sheet it has when one is missing. */
  @Test
  void everySheetIsNamedWhenTheWorkbookIsReadWhole() throws IOException {
    Path file =
        write(
            dir,
            "renamed.xlsx",
            wb -> {
              noValue((XSSFCell) cell(wb, "Topics", "T05", "Rating"), "1+2");
              wb.setSheetName(wb.getSheetIndex("Topics"), "Topic ratings");
            });
    assertThat(reader.read(file).problems())
        .filteredOn(Problem::isError)
        .extracting(Problem::toString)
        .containsExactly(
            file
                + ": no \"Topics\" sheet; the workbook needs the Topics sheet of a 'readiness template'"
                + " (sheets found: Instructions, Profile, Topic ratings, Skills and Checklist)");
  }

  @Test
  void aWorkbookOfManySheetsNamesTenOfThemAndCountsTheRest() throws IOException {
    Path file =
        write(
            dir,
            "many.xlsx",
            wb -> {
              wb.setSheetName(wb.getSheetIndex("Topics"), "Topic ratings");
              for (int i = 1; i <= 20; i++) {
                wb.createSheet("Extra " + i);
              }
            });
    assertThat(reader.read(file).problems())
        .filteredOn(Problem::isError)
        .extracting(Problem::toString)
        .containsExactly(
            file
                + ": no \"Topics\" sheet; the workbook needs the Topics sheet of a 'readiness template'"
                + " (sheets found: Instructions, Profile, Topic ratings, Skills, Checklist, Extra 1,"
                + " Extra 2, Extra 3, Extra 4, Extra 5 and 15 more)");
  }

  /**
   * The stream and POI's full model read a workbook alike: every sample, read once as it is and
   * once with a stray formula far to the right (which sends it to the full model), gives the same
   * assessment and the same problems.
   */
  @Test
  void theStreamAndTheFullModelReadEverySampleAlike() throws IOException {
    for (dev.readiness.assessment.Samples.Sample sample :
        new dev.readiness.assessment.Samples(TestWorkbooks.RUBRIC).all()) {
      Path plain = write(dir, "plain.xlsx", sample.assessment(), wb -> {});
      Path whole =
          write(
              dir,
              "whole.xlsx",
              sample.assessment(),
              wb -> noValue((XSSFCell) wb.getSheet("Topics").getRow(1).createCell(25), "1+1"));
      ReadResult streamed = reader.read(plain);
      ReadResult full = reader.read(whole);
      assertThat(full.assessment().orElseThrow())
          .usingRecursiveComparison()
          .ignoringFields("checkIn.source")
          .isEqualTo(streamed.assessment().orElseThrow());
      assertThat(full.problems())
          .extracting(p -> p.toString().replace("whole.xlsx", "plain.xlsx"))
          .containsExactlyElementsOf(streamed.problems().stream().map(Problem::toString).toList());
    }
  }

  /**
   * POI's full model predates ISO date cells (t="d", which no app writes by default) and refuses a
   * sheet with one: with a formula to work out too, the date's cell is named and the way out given.
   */
  @Test
  void anIsoDateAlongsideAFormulaWithoutItsResultIsNamedAtItsCell() throws IOException {
    for (boolean formula : new boolean[] {false, true}) {
      Path made =
          write(
              dir,
              "made" + formula + ".xlsx",
              wb -> {
                if (formula) {
                  noValue((XSSFCell) cell(wb, "Topics", "T05", "Rating"), "1+2");
                }
              });
      Path file =
          TestWorkbooks.rewrite(
              made,
              dir.resolve("iso" + formula + ".xlsx"),
              "xl/worksheets/sheet2.xml",
              xml ->
                  xml.replaceAll(
                      "<c r=\"B8\" t=\"n\"( s=\"\\d+\")?><v>[0-9.]+</v></c>",
                      "<c r=\"B8\" t=\"d\"$1><v>2026-11-02</v></c>"));
      ReadResult r = reader.read(file);
      if (formula) {
        assertThat(r.problems())
            .extracting(Problem::toString)
            .containsExactly(
                file
                    + ": Profile!B8: the date is"
                    + " saved in a form (an ISO date cell) that cannot be read in a workbook whose formulas were saved without"
                    + " their results; open the file in your spreadsheet app and save it again as .xlsx");
      } else {
        assertThat(r.problems()).isEmpty();
        assertThat(r.assessment().orElseThrow().date())
            .isEqualTo(java.time.LocalDate.of(2026, 11, 2));
      }
    }
  }

  /**
   * The full model sees only the contract's sheets, so a formula using a sheet of the user's is an
   * error there.
   */
  @Test
  void aFormulaUsingASheetOfTheUsersOwnIsAnErrorAtItsCell() throws IOException {
    Path file =
        write(
            dir,
            "own-sheet.xlsx",
            wb -> {
              wb.createSheet("My data").createRow(0).createCell(0).setCellValue(3);
              noValue((XSSFCell) cell(wb, "Topics", "T05", "Rating"), "'My data'!A1");
            });
    assertThat(reader.read(file).problems())
        .filteredOn(Problem::isError)
        .extracting(Problem::toString)
        .containsExactly(
            file
                + ": Topics!E6: the formula has no saved value and cannot be worked out here; open and"
                + " save the file in a spreadsheet app, or type the value");
  }

  /**
   * A formula that uses itself has no value: POI's "~CIRCULAR~REF~" is never shown as if it were
   * one.
   */
  @Test
  void aFormulaThatUsesItselfIsAnErrorAtItsCell() throws IOException {
    Path file =
        write(
            dir, "circular.xlsx", wb -> noValue((XSSFCell) profile(wb, "Hours per week"), "B11*1"));
    assertThat(reader.read(file).problems())
        .filteredOn(Problem::isError)
        .extracting(Problem::toString)
        .containsExactly(
            file
                + ": Profile!B11: the formula has no saved value and cannot be worked out here; open and"
                + " save the file in a spreadsheet app, or type the value");
  }
}
