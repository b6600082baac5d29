package dev.readiness.workbook;

import static dev.readiness.workbook.TestWorkbooks.RUBRIC;
import static dev.readiness.workbook.TestWorkbooks.cell;
import static dev.readiness.workbook.TestWorkbooks.noValue;
import static dev.readiness.workbook.TestWorkbooks.rewrite;
import static dev.readiness.workbook.TestWorkbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.ReadResult;
import dev.readiness.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packages no spreadsheet app writes, whose relationships point where they should not: the stream
 * and POI's full model (for a formula saved without its result) must read them alike, and leaving
 * out the sheets the reader does not use must never leave out a part the workbook needs.
 */
class PackageTricksTest {
  @TempDir Path dir;

  private final WorkbookReader reader = new WorkbookReader(RUBRIC);

  /**
   * The full model would see one sheet where the stream sees two: the file is refused, on either
   * path.
   */
  @Test
  void twoSheetsSavedInOnePartAreRefused() throws IOException {
    for (boolean formula : new boolean[] {false, true}) {
      Path file =
          rewrite(
              made(formula),
              dir.resolve("shared" + formula + ".xlsx"),
              "xl/workbook.xml",
              xml ->
                  xml.replace(
                      "<sheet name=\"Instructions\" r:id=\"rId3\"",
                      "<sheet name=\"Instructions\" r:id=\"rId4\""));
      assertThat(reader.read(file).problems())
          .as("formula " + formula)
          .extracting(Problem::toString)
          .containsExactly(
              file
                  + ": the workbook is damaged and cannot be opened (the sheets \"Instructions\" and"
                  + " \"Profile\" are saved in one part of the file); open it in your spreadsheet app and save it again as"
                  + " .xlsx");
    }
  }

  /**
   * A sheet of the user's whose relationship points at the shared strings: they are not left out
   * with it.
   */
  @Test
  void anUnreadSheetPointingAtTheWorkbooksOwnPartLeavesItIn() throws IOException {
    for (String target : new String[] {"sharedStrings.xml", "styles.xml", "workbook.xml"}) {
      Path file =
          rewrite(
              made(true),
              dir.resolve("points-at-" + target),
              "xl/_rels/workbook.xml.rels",
              xml -> xml.replace("Target=\"worksheets/sheet1.xml\"", "Target=\"" + target + "\""));
      ReadResult r = reader.read(file);
      assertThat(r.problems()).as(target).isEmpty();
      assertThat(r.assessment().orElseThrow().topicRatings().get("T05")).as(target).isEqualTo(3.0);
    }
  }

  /**
   * Priya's workbook, with T05's rating a formula saved without its result when {@code formula}.
   */
  private Path made(boolean formula) throws IOException {
    return write(
        dir,
        "made" + formula + ".xlsx",
        wb -> {
          if (formula) {
            noValue((XSSFCell) cell(wb, "Topics", "T05", "Rating"), "1+2");
          } else {
            cell(wb, "Topics", "T05", "Rating").setCellValue(3);
          }
        });
  }
}
