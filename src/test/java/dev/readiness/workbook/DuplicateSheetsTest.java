package dev.readiness.workbook;

import static dev.readiness.workbook.TestWorkbooks.RUBRIC;
import static dev.readiness.workbook.TestWorkbooks.cell;
import static dev.readiness.workbook.TestWorkbooks.noValue;
import static dev.readiness.workbook.TestWorkbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.ReadResult;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No spreadsheet app lets two sheets share a name, but a file written by a script can: a hidden
 * "Topics" listed before the visible one was read in its place, unseen. Now the one visible sheet
 * is read and the hidden one is named in a warning; two visible sheets are an error, since either
 * could be the one meant.
 */
class DuplicateSheetsTest {
  @TempDir Path dir;

  private final WorkbookReader reader = new WorkbookReader(RUBRIC);

  @Test
  void aHiddenTwinIsLeftOutAndNamed() throws IOException {
    for (boolean formula : new boolean[] {false, true}) {
      Path file = twin("hidden" + formula + ".xlsx", SheetVisibility.VERY_HIDDEN, formula);
      ReadResult r = reader.read(file);
      assertThat(r.problems())
          .as("formula " + formula)
          .extracting(Object::toString)
          .containsExactly(
              file
                  + ": warning: a hidden sheet is also named \"Topics\"; the visible \"Topics\" sheet was read and the hidden one left"
                  + " out; if the hidden one is the one you filled in, unhide it and delete the other");
      assertThat(r.assessment().orElseThrow().topicRatings().get("T05"))
          .as("formula " + formula)
          .isEqualTo(formula ? 3.0 : 4.0);
    }
  }

  @Test
  void twoVisibleTwinsAreAnError() throws IOException {
    for (boolean formula : new boolean[] {false, true}) {
      Path file = twin("visible" + formula + ".xlsx", SheetVisibility.VISIBLE, formula);
      ReadResult r = reader.read(file);
      assertThat(r.assessment()).isEmpty();
      assertThat(r.problems())
          .as("formula " + formula)
          .extracting(Object::toString)
          .containsExactly(
              file
                  + ": the workbook has 2 sheets named like the Topics sheet (\"Topics\", \"Topics\"); keep one, and delete"
                  + " or rename the others");
    }
  }

  /**
   * A filled workbook with a copy of its Topics sheet listed first, rating T05 0 where the original
   * rates it 4 (or works it out to 3 from a formula saved without its result), renamed "Topics" in
   * the file itself.
   */
  private Path twin(String name, SheetVisibility visibility, boolean formula) throws IOException {
    Path made =
        write(
            dir,
            "made-" + name,
            wb -> {
              cell(wb, "Topics", "T05", "Rating").setCellValue(4);
              wb.cloneSheet(wb.getSheetIndex("Topics"));
              wb.setSheetOrder("Topics (2)", 0);
              cell(wb, "Topics (2)", "T05", "Rating").setCellValue(0);
              wb.setSheetVisibility(0, visibility);
              wb.setActiveSheet(1);
              wb.setFirstVisibleTab(1);
              if (formula) {
                noValue((XSSFCell) cell(wb, "Topics", "T05", "Rating"), "1+2");
              }
            });
    return TestWorkbooks.rewrite(
        made,
        dir.resolve(name),
        "xl/workbook.xml",
        xml -> xml.replace("name=\"Topics (2)\"", "name=\"Topics\""));
  }
}
