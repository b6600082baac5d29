package dev.readiness.workbook;

import static dev.readiness.workbook.TestWorkbooks.RUBRIC;
import static dev.readiness.workbook.TestWorkbooks.rewrite;
import static dev.readiness.workbook.TestWorkbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.ReadResult;
import dev.readiness.problem.Problem;
import dev.readiness.testing.LibreOffice;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * .ods files made by LibreOffice, then edited as a script could: what SODS cannot be trusted with
 * is refused in the tool's words, quickly, and nothing of SODS's parser reaches the terminal.
 */
@Tag("libreoffice")
class OdsTricksTest {
  @RegisterExtension static final LibreOffice OFFICE = new LibreOffice();
  @TempDir static Path dir;
  private static Path ods;

  private final WorkbookReader reader = new WorkbookReader(RUBRIC);

  @BeforeAll
  static void saveAsOds() throws Exception {
    ods = OFFICE.convert(write(dir, "priya.xlsx", wb -> {}), "ods", dir.resolve("lo"));
  }

  @Test
  void theOdsAsLibreOfficeSavedItIsRead() {
    assertThat(read(ods).problems()).filteredOn(Problem::isError).isEmpty();
  }

  /**
   * 28 KB of file that SODS would spend a minute and all the memory on, in a sheet the reader does
   * not use: SODS builds every cell, filled or empty, in every XML part.
   */
  @Test
  void rowsOfCellsRepeatedThousandsOfTimesAreRefused() throws Exception {
    String filled =
        "<table:table-row table:number-rows-repeated=\"3000\"><table:table-cell office:value-type="
            + "\"float\" office:value=\"1\" table:number-columns-repeated=\"3000\"><text:p>1</text:p></table:table-cell>"
            + "</table:table-row>";
    String empty =
        "<table:table-row table:number-rows-repeated=\"3000\"><table:table-cell"
            + " table:number-columns-repeated=\"3000\"/></table:table-row>";
    for (String rows : new String[] {filled, empty}) {
      Path file =
          rewrite(
              ods,
              dir.resolve("repeated.ods"),
              "content.xml",
              xml ->
                  xml.replaceFirst(
                      "(<table:table table:name=\"Instructions\"[^>]*>)", "$1" + rows));
      assertThat(read(file).problems())
          .extracting(Problem::toString)
          .containsExactly(
              file
                  + ": the sheet"
                  + " \"Instructions\" takes the workbook past the 1,000,000 cells readiness reads in an .ods (a row or"
                  + " column filled far out counts every cell); delete the rows and columns it does not need, or save the"
                  + " workbook as .xlsx");
    }
    Path styles =
        rewrite(
            ods,
            dir.resolve("in-styles.ods"),
            "styles.xml",
            xml ->
                xml.replaceFirst(
                    "</office:document-styles>",
                    "<table:table table:name=\"Hidden\">"
                        + filled
                        + "</table:table></office:document-styles>"));
    assertThat(read(styles).problems())
        .extracting(Problem::toString)
        .containsExactly(
            styles
                + ": the sheet"
                + " \"Hidden\" takes the workbook past the 1,000,000 cells readiness reads in an .ods (a row or column filled"
                + " far out counts every cell); delete the rows and columns it does not need, or save the workbook as .xlsx");
  }

  /**
   * LibreOffice saves a row filled to its last column as one cell repeated 16,384 times: SODS
   * builds none of it.
   */
  @Test
  void rowsFilledToTheLastColumnAreRead() throws Exception {
    String row =
        "<table:table-row><table:table-cell office:value-type=\"float\" office:value=\"1\""
            + " table:number-columns-repeated=\"16384\"><text:p>1</text:p></table:table-cell></table:table-row>";
    Path file =
        rewrite(
            ods,
            dir.resolve("full-rows.ods"),
            "content.xml",
            xml ->
                xml.replaceFirst(
                    "(<table:table table:name=\"Instructions\"[^>]*>)", "$1" + row.repeat(40)));
    assertThat(read(file).problems()).filteredOn(Problem::isError).isEmpty();
  }

  @Test
  void aDocumentTypeDeclarationInAnyPartIsRefused() throws Exception {
    Path file =
        rewrite(
            ods,
            dir.resolve("doctype.ods"),
            "styles.xml",
            xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY e \"e\">]>"));
    assertThat(read(file).problems())
        .extracting(Problem::toString)
        .containsExactly(
            file
                + ": the workbook holds a"
                + " document type declaration, which no spreadsheet app writes; it was not read: check where the file came"
                + " from");
  }

  /** Past 200 MB inflated, an .ods is refused before any part of it is parsed whole. */
  @Test
  void anOdsInflatingPast200MbIsRefused() throws Exception {
    Path file =
        rewrite(
            ods, dir.resolve("inflating.ods"), "settings.xml", xml -> xml + " ".repeat(201 << 20));
    assertThat(read(file).problems())
        .extracting(Problem::toString)
        .containsExactly(
            file
                + ": the workbook inflates"
                + " to more than 200 MB, far more data than an assessment holds; it was not read: delete rows or columns"
                + " filled to the end of the sheet and save it again, or check where the file came from");
  }

  @Test
  void malformedXmlIsSaidInTheToolsWordsAlone() throws Exception {
    Path file =
        rewrite(
            ods,
            dir.resolve("malformed.ods"),
            "content.xml",
            xml -> xml.replaceFirst("</office:body>", "</office:bodyy>"));
    PrintStream before = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ReadResult r;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      r = read(file);
    } finally {
      System.setErr(before);
    }
    assertThat(r.problems())
        .extracting(Problem::toString)
        .containsExactly(
            file
                + ": the workbook is damaged and"
                + " cannot be opened (part of its XML is malformed); open it in your spreadsheet app and save it again as"
                + " .xlsx");
    assertThat(err.toString(StandardCharsets.UTF_8)).as("printed by a library").isEmpty();
  }

  @Test
  void anEncryptedOdsGetsThePasswordMessage() throws Exception {
    // as encrypted: the content is no XML, and the manifest (after it in the zip) says how it was
    // encrypted
    Path scrambled =
        rewrite(ods, dir.resolve("scrambled.ods"), "content.xml", xml -> "\u0007\u00ff not XML");
    Path file =
        rewrite(
            scrambled,
            dir.resolve("encrypted.ods"),
            "META-INF/manifest.xml",
            xml ->
                xml.replaceFirst(
                    "(<manifest:file-entry manifest:full-path=\"content.xml\"[^>]*?)/>",
                    "$1><manifest:encryption-data"
                        + " manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"x\"/></manifest:file-entry>"));
    assertThat(read(file).problems())
        .extracting(Problem::toString)
        .containsExactly(
            file
                + ": the workbook is"
                + " password-protected; open it, remove the password (File > Protect / Encrypt) and save it again");
  }

  /** A rating LibreOffice turned into a date is named as that date in an .ods too. */
  @Test
  void aDateInARatingCellIsNamedAsTheDate() throws Exception {
    Path xlsx =
        write(
            dir,
            "march.xlsx",
            wb -> DateInRatingTest.dated(wb, "T05", "d-mmm", java.time.LocalDate.of(2026, 3, 5)));
    Path file = OFFICE.convert(xlsx, "ods", dir.resolve("lo-march"));
    assertThat(read(file).problems())
        .filteredOn(Problem::isError)
        .extracting(Problem::toString)
        .containsExactly(file + DateInRatingTest.MARCH_5);
  }

  /**
   * LibreOffice counts days from 1899-12-30 and Excel from 1900-01-01 (with a made-up 1900-02-29):
   * a 3 in a date-formatted cell is saved in an .ods as 1900-01-02, and must still be read as 3.
   */
  @Test
  void aLevelInADateFormattedCellIsThatLevel() throws Exception {
    Path xlsx =
        write(
            dir,
            "levels.xlsx",
            wb -> {
              for (String[] t : new String[][] {{"T05", "3"}, {"T06", "0"}}) {
                org.apache.poi.ss.usermodel.Cell c =
                    TestWorkbooks.cell(wb, "Topics", t[0], "Rating");
                c.setCellValue(Integer.parseInt(t[1]));
                c.setCellStyle(DateInRatingTest.style(wb, "d-mmm"));
              }
            });
    Path file = OFFICE.convert(xlsx, "ods", dir.resolve("lo-levels"));
    ReadResult r = read(file);
    assertThat(r.problems()).filteredOn(Problem::isError).isEmpty();
    assertThat(r.assessment().orElseThrow().topicRatings())
        .containsEntry("T05", 3.0)
        .containsEntry("T06", 0.0);
  }

  private ReadResult read(Path file) {
    return reader.read(file);
  }
}
