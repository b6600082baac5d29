package dev.readiness.workbook;

import static dev.readiness.workbook.TestWorkbooks.RUBRIC;
import static dev.readiness.workbook.TestWorkbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.ReadResult;
import dev.readiness.problem.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files made to hurt: refused with a message, never read into memory whole, never changed. */
class HostileFilesTest {
  @TempDir Path dir;
  private final WorkbookReader reader = new WorkbookReader(RUBRIC);

  @Test
  void aZipBombIsRefused() throws IOException {
    Path good = write(dir, "good.xlsx", wb -> {});
    // the same workbook, but its Topics sheet padded with 60 MB of spaces: it compresses a
    // thousandfold
    Path bomb =
        TestWorkbooks.rewrite(
            good,
            dir.resolve("bomb.xlsx"),
            "xl/worksheets/sheet3.xml",
            xml -> xml + " ".repeat(60 << 20));
    byte[] before = Files.readAllBytes(bomb);
    assertThat(before.length).isLessThan(1 << 20);
    ReadResult r = reader.read(bomb);
    assertThat(r.assessment()).isEmpty();
    assertThat(r.problems())
        .singleElement()
        .asString()
        .isEqualTo(
            bomb
                + ": the workbook inflates to far more"
                + " data than an assessment holds (a zip bomb?); it was not read: check where the file came from");
    assertThat(Files.readAllBytes(bomb)).isEqualTo(before);
  }

  @Test
  void aSheetWithTooManyRowsIsRefusedAtTheFirstRowTooMany() throws IOException {
    Path file =
        write(
            dir,
            "huge.xlsx",
            wb -> {
              Sheet topics = wb.getSheet("Topics");
              // 55 topics and the header: 56 rows with content, so 4,945 more make 5,001
              for (int i = 0; i < WorkbookReader.MAX_ROWS + 1 - 56; i++) {
                topics.createRow(100 + i).createCell(5).setCellValue("note " + i);
              }
            });
    ReadResult r = reader.read(file);
    assertThat(r.problems())
        .filteredOn(Problem::isError)
        .extracting(Problem::toString)
        .containsExactly(
            file
                + ": Topics: the sheet has 5,001 rows with content, more than the 5,000 an assessment"
                + " may have; delete the extra rows");
  }

  @Test
  void emptyFormattedRowsAndOneStrayRowFarBelowDoNotMakeASheetLong() throws IOException {
    Path file =
        write(
            dir,
            "stray.xlsx",
            wb -> {
              Sheet topics = wb.getSheet("Topics");
              for (int i = 0; i < 6000; i++) {
                topics.createRow(200 + i).createCell(2);
              }
              topics.createRow(1_048_575).createCell(5).setCellValue("a stray note");
            });
    ReadResult r = reader.read(file);
    assertThat(r.problems()).filteredOn(Problem::isError).isEmpty();
  }

  @Test
  void aFileOverTheSizeCapIsNotOpened() throws IOException {
    Path file = dir.resolve("big.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] chunk = new byte[1 << 20];
      for (int i = 0; i <= WorkbookReader.MAX_FILE_BYTES >> 20; i++) {
        out.write(chunk);
      }
    }
    assertThat(reader.read(file).problems())
        .singleElement()
        .asString()
        .isEqualTo(
            file
                + ": the file is 21.0 MB,"
                + " more than the 20 MB a workbook may have; is it the right file?");
  }

  @Test
  void aFolderNamedLikeAWorkbook() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("folder.xlsx"));
    assertThat(reader.read(folder).problems())
        .singleElement()
        .asString()
        .contains("this is a folder");
  }

  @Test
  void aWorkbookCutShortIsDamaged() throws IOException {
    byte[] whole = Files.readAllBytes(write(dir, "whole.xlsx", wb -> {}));
    Path cut = dir.resolve("cut.xlsx");
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length * 3 / 5));
    assertThat(reader.read(cut).problems())
        .extracting(Problem::toString)
        .containsExactly(
            cut
                + ": the workbook"
                + " is damaged and cannot be opened (its zip container is damaged or cut short); open it in your spreadsheet"
                + " app and save it again as .xlsx");
  }

  @Test
  void aZipThatHoldsNoWorkbookIsCalledSo() throws IOException {
    Path zip = dir.resolve("notes.xlsx");
    try (java.util.zip.ZipOutputStream out =
        new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
      out.write("hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.closeEntry();
    }
    assertThat(reader.read(zip).problems())
        .extracting(Problem::toString)
        .containsExactly(
            zip
                + ": the workbook is damaged and cannot be opened (it is a zip archive that holds no"
                + " workbook); open it in your spreadsheet app and save it again as .xlsx");
  }

  /**
   * A zip whose directory at the end is lost still has every entry whole: it is read entry by
   * entry.
   */
  @Test
  void aWorkbookWithoutItsZipDirectoryIsReadEntryByEntry() throws IOException {
    Path whole = write(dir, "whole.xlsx", wb -> {});
    byte[] bytes = Files.readAllBytes(whole);
    int directory = -1;
    for (int i = 0; i + 4 <= bytes.length; i++) { // the central directory's first header: PK 1 2
      if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
        directory = i;
        break;
      }
    }
    assertThat(directory).isPositive();
    Path headless = dir.resolve("headless.xlsx");
    Files.write(headless, java.util.Arrays.copyOf(bytes, directory));
    ReadResult r = reader.read(headless);
    assertThat(r.problems()).filteredOn(Problem::isError).isEmpty();
    assertThat(r.assessment().orElseThrow().candidate().name()).isEqualTo("Priya Raman");
  }

  /**
   * Excel refuses text past 32,767 characters in a cell; a script need not: the note is cut and the
   * cell named.
   */
  @Test
  void aNoteLongerThanACellHoldsIsCutWithAWarning() throws IOException {
    Path file =
        write(
            dir,
            "long.xlsx",
            wb -> {
              org.apache.poi.xssf.usermodel.XSSFCell c =
                  (org.apache.poi.xssf.usermodel.XSSFCell)
                      TestWorkbooks.cell(wb, "Topics", "T05", "Notes");
              // past POI's own check, as a script writing the XML would
              c.getCTCell()
                  .setT(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.INLINE_STR);
              java.util.Random random =
                  new java.util.Random(
                      7); // seeded words: a repeated one would look like a zip bomb
              StringBuilder note = new StringBuilder();
              while (note.length() < 100_000) {
                note.append(Integer.toString(random.nextInt(1 << 30), 36)).append(' ');
              }
              c.getCTCell().addNewIs().setT("My note: " + note);
            });
    java.util.Locale before = java.util.Locale.getDefault();
    ReadResult r;
    try {
      java.util.Locale.setDefault(
          java.util.Locale.GERMANY); // the number is written the same everywhere
      r = reader.read(file);
    } finally {
      java.util.Locale.setDefault(before);
    }
    assertThat(r.problems())
        .extracting(Problem::toString)
        .containsExactly(
            file
                + ": Topics!F6: warning: the text is"
                + " longer than the 32,767 characters a cell holds, and was cut to them; shorten it");
    assertThat(r.assessment().orElseThrow().topicNotes().get("T05"))
        .startsWith("My note: ")
        .hasSizeBetween(32_767 - 1, 32_767); // cut, then stripped of a space it may end with
  }

  /**
   * A workbook piped in ({@code cat x.xlsx | readiness validate /dev/stdin}) is read from what was
   * read once.
   */
  @Test
  void aWorkbookFromAPipeIsRead() throws Exception {
    Path file = write(dir, "piped.xlsx", wb -> {});
    Path fifo = dir.resolve("pipe");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
        .as("mkfifo (coreutils)")
        .isZero();
    Thread writer =
        new Thread(
            () -> {
              try (OutputStream out = Files.newOutputStream(fifo)) {
                Files.copy(file, out);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    writer.start();
    ReadResult r = reader.read(fifo);
    writer.join();
    assertThat(r.problems()).isEmpty();
    assertThat(r.assessment().orElseThrow().candidate().name()).isEqualTo("Priya Raman");
  }

  /** A device that never ends is read no further than a workbook may go. */
  @Test
  void anEndlessInputIsCutAtTheSizeLimit() {
    Path zero = Path.of("/dev/zero");
    assertThat(zero).as("/dev/zero").isReadable();
    assertThat(reader.read(zero).problems())
        .extracting(Problem::toString)
        .containsExactly(
            "/dev/zero: the input goes"
                + " on past the 20 MB a workbook may have; is it the right file?");
  }

  /**
   * A chain of formulas, each using the one before, is worked out by recursion: past what the
   * thread's stack holds, the file is refused at the first such formula, and the batch goes on (it
   * once ended the run with "internal error"; then every formula of the chain went as deep again,
   * which took minutes).
   */
  @Test
  void aChainOfFormulasTooLongToWorkOutIsAnErrorAtItsCell() throws Exception {
    Path file =
        write(
            dir,
            "chain.xlsx",
            wb -> {
              Sheet topics = wb.getSheet("Topics");
              for (int i = 0; i < 3_000; i++) {
                TestWorkbooks.noValue(
                    (org.apache.poi.xssf.usermodel.XSSFCell)
                        topics.createRow(100 + i).createCell(25),
                    i == 0 ? "1" : "Z" + (100 + i) + "+1");
              }
              TestWorkbooks.noValue(
                  (org.apache.poi.xssf.usermodel.XSSFCell)
                      TestWorkbooks.profile(wb, "Hours per week"),
                  "Topics!Z3100*0+8");
            });
    ReadResult[] result = new ReadResult[1];
    Thread small = new Thread(null, () -> result[0] = reader.read(file), "small stack", 256 * 1024);
    small.start();
    small.join();
    assertThat(result[0].problems())
        .extracting(Problem::toString)
        .containsExactly(
            file
                + ": Profile!B11: the"
                + " formula uses other formulas thousands deep, too deep to be worked out here; open the file in your"
                + " spreadsheet app and save it again as .xlsx");
  }

  @Test
  void aLinkLeadingRoundInACircleIsSaidAsSuch() throws IOException {
    Path a = dir.resolve("a.xlsx");
    Path b = dir.resolve("b.xlsx");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    assertThat(reader.read(a).problems())
        .extracting(Problem::toString)
        .containsExactly(
            a + ": cannot read the file" + " (it is a link that leads round in a circle)");
  }

  @Test
  void anOpenDocumentTextIsNamedForWhatItIs() throws IOException {
    Path file = dir.resolve("letter.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write(
          "application/vnd.oasis.opendocument.text"
              .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write("<office:document-content/>".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
    assertThat(reader.read(file).problems())
        .extracting(Problem::toString)
        .containsExactly(
            file
                + ": not a"
                + " spreadsheet: the content is an OpenDocument text document, not a workbook; open the workbook in your"
                + " spreadsheet app and save it as .xlsx");
  }
}
