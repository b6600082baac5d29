package dev.readiness.workbook;

import static dev.readiness.workbook.TestWorkbooks.RUBRIC;
import static dev.readiness.workbook.TestWorkbooks.cell;
import static dev.readiness.workbook.TestWorkbooks.rewrite;
import static dev.readiness.workbook.TestWorkbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.ReadResult;
import dev.readiness.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The styles part of an .xlsx, which the stream reader reads only to tell which cells show a date:
 * a crafted one may neither slow the reader down nor stop a workbook from being read.
 */
class CraftedStylesTest {
  @TempDir Path dir;

  private final WorkbookReader reader = new WorkbookReader(RUBRIC);

  /** T05's rating (Topics!E6) holds 2026-03-05's serial, in a style added with this format id. */
  private Path march5InStyle(String name, String numFmts, int formatId) throws IOException {
    Path file =
        write(dir, name + "-plain.xlsx", wb -> cell(wb, "Topics", "T05", "Rating").setCellValue(4));
    int[] added = new int[1];
    Path styled =
        rewrite(
            file,
            dir.resolve(name + "-styles.xlsx"),
            "xl/styles.xml",
            xml -> {
              added[0] = xml.split("</cellXfs>")[0].split("<cellXfs")[1].split("<xf ").length - 1;
              return xml.replace("</numFmts>", numFmts + "</numFmts>")
                  .replace("</cellXfs>", "<xf numFmtId=\"" + formatId + "\"/></cellXfs>");
            });
    return rewrite(
        styled,
        dir.resolve(name + ".xlsx"),
        "xl/worksheets/sheet3.xml",
        xml ->
            xml.replaceFirst(
                "<c r=\"E6\"[^>]*>[^/]*</v>", "<c r=\"E6\" s=\"" + added[0] + "\"><v>46086</v>"));
  }

  private List<String> errors(Path file) {
    return TestWorkbooks.errors(reader, file);
  }

  /**
   * A format code is checked once, not once per style: 65,536 styles, each with its own crafted
   * 255-character code that POI's date check backtracks on, took 16 s from a 571 KB file (now about
   * 2 s; a test does not assert on wall time, so this one checks only that such a file is read).
   */
  @Test
  void stylesWithCodesSlowToCheckAreRead() throws IOException {
    Path file = write(dir, "plain.xlsx", wb -> cell(wb, "Topics", "T05", "Rating").setCellValue(4));
    StringBuilder formats = new StringBuilder();
    StringBuilder styles = new StringBuilder();
    for (int i = 0; i < DateStyles.MOST_STYLES; i++) {
      formats.append(
          String.format(
              java.util.Locale.ROOT,
              "<numFmt numFmtId=\"%d\" formatCode=\"y%s00000000%05d\"/>",
              200 + i,
              "/".repeat(240),
              i));
      styles.append("<xf numFmtId=\"").append(200 + i).append("\"/>");
    }
    Path crafted =
        rewrite(
            file,
            dir.resolve("slow-styles.xlsx"),
            "xl/styles.xml",
            xml ->
                xml.replace("</numFmts>", formats + "</numFmts>")
                    .replace("</cellXfs>", styles + "</cellXfs>"));
    ReadResult r = reader.read(crafted);
    assertThat(r.problems()).filteredOn(Problem::isError).isEmpty();
    assertThat(r.assessment().orElseThrow().topicRatings().get("T05")).isEqualTo(4.0);
  }

  /** Excel keeps some 250 formats of a workbook's own: a format past the first 1,000 is no date. */
  @Test
  void aFormatPastTheLimitIsNoDate() throws IOException {
    StringBuilder filler = new StringBuilder();
    for (int i = 0; i < DateStyles.MOST_FORMATS; i++) {
      filler.append("<numFmt numFmtId=\"").append(1000 + i).append("\" formatCode=\"0.0\"/>");
    }
    Path within = march5InStyle("within", "<numFmt numFmtId=\"999\" formatCode=\"d-mmm\"/>", 999);
    Path past =
        march5InStyle("past", filler + "<numFmt numFmtId=\"999\" formatCode=\"d-mmm\"/>", 999);
    assertThat(errors(within))
        .containsExactly(
            within
                + ": Topics!E6: the cell holds the date 2026-03-05, not a rating (a spreadsheet turns"
                + " \"3/5\" or \"3-5\" into a date); choose a level 0–5 from the drop-down, and format"
                + " the cell as a number if it still shows a date");
    assertThat(errors(past))
        .containsExactly(
            past
                + ": Topics!E6: rating \"46086\" is outside the scale 0–5; choose a level from 0 to 5");
  }

  /**
   * The styles say only how cells look: a workbook whose styles relationship leads to a part the
   * package lacks, or out of the package, is read as one without styles (it was refused as "not
   * what a workbook holds", though nothing it holds was missing).
   */
  @Test
  void aStylesPartThatIsNotThereLeavesEveryCellUndated() throws IOException {
    Path file = write(dir, "plain.xlsx", wb -> cell(wb, "Topics", "T05", "Rating").setCellValue(4));
    Path missing =
        rewrite(
            file,
            dir.resolve("missing.xlsx"),
            "xl/_rels/workbook.xml.rels",
            xml -> xml.replace("Target=\"styles.xml\"", "Target=\"nowhere.xml\""));
    Path outside =
        rewrite(
            file,
            dir.resolve("outside.xlsx"),
            "xl/_rels/workbook.xml.rels",
            xml ->
                xml.replace(
                    "Target=\"styles.xml\"",
                    "Target=\"http://example.com/styles.xml\" TargetMode=\"External\""));
    for (Path f : List.of(missing, outside)) {
      assertThat(errors(f)).as(f.toString()).isEmpty();
      assertThat(reader.read(f).assessment().orElseThrow().topicRatings().get("T05"))
          .isEqualTo(4.0);
    }
  }
}
