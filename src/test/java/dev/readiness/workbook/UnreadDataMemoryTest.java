package dev.readiness.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data the tool never reads costs it nothing, not even inflating it: a filled workbook with an
 * extra 600,000-row sheet (some 60 MB of XML), or with 2,500,000 shared strings of the user's own,
 * validates in a JVM with 64 MB of heap. It once took 2.4 GB; later the package was inflated whole,
 * and every shared string kept, which 64 MB cannot hold. Where the memory does run out, the file is
 * named in plain words, never with Java's. Tagged "memory" (60 MB files, a JVM each): {@code mvn
 * verify} runs it after the fast tests.
 */
@Tag("memory")
class UnreadDataMemoryTest {
  @TempDir Path dir;

  @Test
  void anExtraSheetOf600000RowsIsNeverLoaded() throws Exception {
    Path file = withExtraSheet(false);
    assertValidatesIn64Mb(file);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      assertThat(zip.stream().mapToLong(ZipEntry::getSize).max().orElseThrow())
          .as("the extra sheet's XML, in bytes")
          .isGreaterThan(50L << 20);
    }
  }

  @Test
  void norByTheFullModelWhenAFormulaWasSavedWithoutItsResult() throws Exception {
    assertValidatesIn64Mb(withExtraSheet(true));
  }

  @Test
  void sharedStringsTheSheetsReadDoNotUseAreNotKept() throws Exception {
    Path file = withSharedStrings(false);
    assertValidatesIn64Mb(file);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      assertThat(zip.getEntry("xl/sharedStrings.xml").getSize())
          .as("the shared strings' XML, in bytes")
          .isGreaterThan(60L << 20);
    }
  }

  /**
   * POI's full model keeps every shared string: with too many for the memory, the file is refused
   * in words.
   */
  @Test
  void aWorkbookTooLargeForTheMemoryIsNamedInPlainWords() throws Exception {
    Path file = withSharedStrings(true);
    String out = validate(file);
    assertThat(out)
        .matches(
            "(?s)"
                + java.util.regex.Pattern.quote(
                    file + ": the workbook holds more than readiness" + " can read in its memory (")
                + "\\d+"
                + java.util.regex.Pattern.quote(
                    " MB); delete what the assessment does"
                        + " not need (sheets of your own, long texts, pictures), or save a copy with only the sheets Profile, Topics,"
                        + " Skills and Checklist")
                + "\\R.*");
    assertThat(out)
        .doesNotContain("OutOfMemory")
        .doesNotContain("internal error")
        .doesNotContain("Exception");
  }

  /**
   * A cell of 60,000,000 characters is never held whole: the reader keeps no more than a cell can
   * have.
   */
  @Test
  void aCellOfMillionsOfCharactersIsNeverHeld() throws Exception {
    Path made = TestWorkbooks.write(dir, "made.xlsx", wb -> {});
    StringBuilder text = new StringBuilder();
    java.util.Random random =
        new java.util.Random(5); // words at random: compressible, but not a zip bomb
    String[] words = {"design", "cache", "queue", "shard", "retry", "index", "graph", "token"};
    while (text.length() < 60_000_000) {
      text.append(words[random.nextInt(words.length)]).append(' ');
    }
    // far right of the header row, where no column is read
    Path file =
        TestWorkbooks.rewrite(
            made,
            dir.resolve("huge-cell.xlsx"),
            "xl/worksheets/sheet3.xml",
            xml ->
                xml.replaceFirst(
                    "</row>",
                    "<c r=\"XA1\" t=\"inlineStr\"><is><t>" + text + "</t></is></c></row>"));
    assertThat(Files.size(file)).isLessThan(WorkbookReader.MAX_FILE_BYTES);
    assertValidatesIn64Mb(file);
  }

  /**
   * POI's full model parses a workbook's pivot caches whole on opening; the grid never needs them,
   * so they are left out: a workbook with 60 MB of pivot cache records and a formula to work out
   * validates in 64 MB.
   */
  @Test
  void pivotCachesAreLeftOutOfTheFullModel() throws Exception {
    Path made =
        TestWorkbooks.write(
            dir,
            "pivot-made.xlsx",
            wb -> {
              unsavedFormula(wb);
              org.apache.poi.xssf.usermodel.XSSFSheet data =
                  (org.apache.poi.xssf.usermodel.XSSFSheet) wb.createSheet("Data");
              for (int r = 0; r < 10; r++) {
                Row row = data.createRow(r);
                row.createCell(0).setCellValue(r == 0 ? "Area" : "area " + r % 3);
                row.createCell(1).setCellValue(r == 0 ? 0 : r);
              }
              data.getRow(0).getCell(1).setCellValue("Hours");
              ((org.apache.poi.xssf.usermodel.XSSFSheet) wb.createSheet("Pivot"))
                  .createPivotTable(
                      new org.apache.poi.ss.util.AreaReference(
                          "Data!A1:B10", org.apache.poi.ss.SpreadsheetVersion.EXCEL2007),
                      new org.apache.poi.ss.util.CellReference("A1"),
                      data);
            });
    StringBuilder records = new StringBuilder();
    java.util.Random random = new java.util.Random(3);
    while (records.length() < 60_000_000) {
      records
          .append("<r><n v=\"")
          .append(random.nextInt(1000))
          .append("\"/><x v=\"")
          .append(random.nextInt(3))
          .append("\"/></r>");
    }
    Path file =
        TestWorkbooks.rewrite(
            made,
            dir.resolve("pivot.xlsx"),
            "xl/pivotCache/pivotCacheRecords1.xml",
            xml ->
                xml.replaceFirst(
                    "<pivotCacheRecords([^>]*)/>",
                    "<pivotCacheRecords$1>" + records + "</pivotCacheRecords>"));
    assertThat(Files.size(file)).isLessThan(WorkbookReader.MAX_FILE_BYTES);
    assertValidatesIn64Mb(file);
  }

  private Path withExtraSheet(boolean unsavedFormula) throws Exception {
    Path file = dir.resolve("big.xlsx");
    try (XSSFWorkbook filled =
            new TemplateWriter(TestWorkbooks.RUBRIC)
                .build(TemplateValues.of(TestWorkbooks.priya()));
        SXSSFWorkbook wb = new SXSSFWorkbook(filled, 200)) {
      if (unsavedFormula) {
        unsavedFormula(filled);
      }
      Sheet extra = wb.createSheet("My own data");
      for (int r = 0; r < 600_000; r++) {
        Row row = extra.createRow(r);
        row.createCell(0).setCellValue(r);
        row.createCell(1).setCellValue("row " + r);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
      wb.dispose();
    }
    return file;
  }

  /**
   * A filled workbook whose shared strings go on with 2,500,000 of the user's own, after those the
   * sheets use.
   */
  private Path withSharedStrings(boolean unsavedFormula) throws Exception {
    Path small =
        TestWorkbooks.write(
            dir,
            "small.xlsx",
            wb -> {
              if (unsavedFormula) {
                unsavedFormula(wb);
              }
            });
    StringBuilder more = new StringBuilder();
    for (int i = 0; i < 2_500_000; i++) {
      more.append("<si><t>my note ").append(i).append("</t></si>");
    }
    Path file =
        TestWorkbooks.rewrite(
            small,
            dir.resolve("strings.xlsx"),
            "xl/sharedStrings.xml",
            xml -> xml.replace("</sst>", more + "</sst>"));
    assertThat(Files.size(file))
        .as("within the size a workbook may have")
        .isLessThan(WorkbookReader.MAX_FILE_BYTES);
    return file;
  }

  /**
   * No saved value for T05's rating: the reader must go to the full model, which works it out to 3.
   */
  private static void unsavedFormula(org.apache.poi.ss.usermodel.Workbook wb) {
    TestWorkbooks.noValue((XSSFCell) TestWorkbooks.cell(wb, "Topics", "T05", "Rating"), "1+2");
  }

  private void assertValidatesIn64Mb(Path file) throws Exception {
    String out = validate(file);
    assertThat(out).contains(file + ": ok").doesNotContain("OutOfMemory");
  }

  /** What {@code readiness validate FILE} prints in a JVM with 64 MB of heap. */
  private String validate(Path file) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = dir.resolve("out.log");
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx64m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "dev.readiness.cli.Main",
                    "validate",
                    file.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("validate finished").isTrue();
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isEqualTo(out.contains(": ok") ? 0 : 1);
    return out;
  }
}
