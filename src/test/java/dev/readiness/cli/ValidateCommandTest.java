package dev.readiness.cli;

import static dev.readiness.workbook.TestWorkbooks.cell;
import static dev.readiness.workbook.TestWorkbooks.profile;
import static dev.readiness.workbook.TestWorkbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad input gets its own clear message and exit code 1, and is left byte for byte as it was.
 */
class ValidateCommandTest {
  @TempDir Path dir;

  /** Runs validate on the file and checks that its bytes did not change. */
  private CliRun validate(Path file) throws IOException {
    byte[] before = Files.exists(file) ? Files.readAllBytes(file) : null;
    CliRun run = CliRun.of("validate", file.toString());
    if (before != null) {
      assertThat(Files.readAllBytes(file)).as("input bytes unchanged").isEqualTo(before);
    }
    assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ");
    return run;
  }

  @Test
  void validFileExitsZeroWithASummary() throws IOException {
    CliRun run = validate(write(dir, "ok.xlsx", wb -> {}));
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("ok.xlsx: ok")
        .endsWith(
            "1 file checked: 1 valid, 0 with errors (0 errors,"
                + " 0 warnings)"
                + System.lineSeparator());
  }

  @Test
  void theSummaryCountsEveryErrorNotOnlyTheListedOnes() throws IOException {
    Path file =
        write(
            dir,
            "many.xlsx",
            wb -> {
              for (int t = 1; t <= 55; t++) {
                cell(wb, "Topics", String.format("T%02d", t), "Rating").setCellValue(9);
              }
              for (int k = 1; k <= 12; k++) {
                cell(wb, "Skills", String.format("S%02d", k), "Rating").setCellValue(9);
              }
              org.apache.poi.ss.usermodel.Sheet topics = wb.getSheet("Topics");
              for (int i = 0; i < 60; i++) {
                topics.createRow(topics.getLastRowNum() + 1).createCell(0).setCellValue("X" + i);
              }
            });
    CliRun run = validate(file);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(file + ": 27 more problems not listed; fix the ones above and check again")
        .endsWith(
            "1 file checked: 0 valid, 1 with errors (127 errors, 0 warnings)"
                + System.lineSeparator());
  }

  @Test
  void missingFile() throws IOException {
    CliRun run = validate(dir.resolve("nobody.xlsx"));
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(dir.resolve("nobody.xlsx") + ": no such file; check the name and the folder");
  }

  @Test
  void emptyFile() throws IOException {
    Path file = Files.createFile(dir.resolve("empty.xlsx"));
    CliRun run = validate(file);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(file + ": the file is empty (0 bytes)");
  }

  @Test
  void notASpreadsheet() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("notes.xlsx"), "name,rating\nalex,4\n", StandardCharsets.UTF_8);
    CliRun run = validate(file);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            file
                + ": not a spreadsheet: the content is not an Excel or OpenDocument"
                + " workbook (.xlsx, .xls or .ods); open it in your spreadsheet app and save it as .xlsx");
  }

  @Test
  void passwordProtectedWorkbook() throws Exception {
    Path plain = write(dir, "plain.xlsx", wb -> {});
    Path file = dir.resolve("locked.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem();
        XSSFWorkbook wb = new XSSFWorkbook(plain.toFile())) {
      Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      enc.confirmPassword("secret");
      try (OutputStream os = enc.getDataStream(fs)) {
        wb.write(os);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    CliRun run = validate(file);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(file + ": the workbook is password-protected; open it, remove the password");
  }

  @Test
  void missingTopicsSheet() throws IOException {
    Path file = write(dir, "no-topics.xlsx", wb -> wb.removeSheetAt(wb.getSheetIndex("Topics")));
    CliRun run = validate(file);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            file
                + ": no \"Topics\" sheet; the workbook needs the Topics sheet of a"
                + " 'readiness template' (sheets found: Instructions, Profile, Skills and Checklist)");
  }

  @Test
  void missingRatingColumn() throws IOException {
    Path file =
        write(
            dir,
            "no-rating.xlsx",
            wb -> wb.getSheet("Topics").getRow(0).getCell(4).setCellValue("Score"));
    CliRun run = validate(file);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            file
                + ": Topics!A1: no \"Rating\" column in the header row (found: ID, Part,"
                + " Topic, Question, Score, Notes and Points to cover); put back the Rating header");
  }

  @Test
  void duplicateTopicIds() throws IOException {
    Path file = write(dir, "dup.xlsx", wb -> cell(wb, "Topics", "T02", "ID").setCellValue("T01"));
    CliRun run = validate(file);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            file
                + ": Topics!A3: duplicate topic ID \"T01\": it is also in Topics!A2; keep"
                + " one row per topic");
  }

  @Test
  void idNotInTheRubric() throws IOException {
    Path file =
        write(
            dir,
            "unknown.xlsx",
            wb -> {
              Row row = wb.getSheet("Topics").createRow(60);
              row.createCell(0).setCellValue("T99");
              row.createCell(4).setCellValue(3);
            });
    CliRun run = validate(file);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            file
                + ": Topics!A61: topic ID \"T99\" is not in the rubric python-architect-2026;"
                + " expected one of T01–T55 (delete the row if you added it)");
  }

  @Test
  void dateThatIsNotADate() throws IOException {
    Path file =
        write(dir, "date.xlsx", wb -> profile(wb, "Assessment date").setCellValue("next Tuesday"));
    CliRun run = validate(file);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            file
                + ": Profile!B8: \"next Tuesday\" is not a date; type it as YYYY-MM-DD,"
                + " e.g. 2026-11-24");
  }

  @Test
  void unknownRoleListsTheKnownOnes() throws IOException {
    Path file = write(dir, "role.xlsx", wb -> profile(wb, "Target role").setCellValue("staff"));
    CliRun run = validate(file);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            file
                + ": Profile!B9: target role \"staff\" is not a role of this rubric;"
                + " expected one of senior, lead, principal");
  }

  @Test
  void everyProblemOfEveryFileIsListedThenASummary() throws IOException {
    Path bad =
        write(
            dir,
            "bad.xlsx",
            wb -> {
              cell(wb, "Topics", "T16", "Rating").setCellValue(7);
              cell(wb, "Topics", "T17", "Rating").setCellValue("x");
            });
    Path ok = write(dir, "fine.xlsx", wb -> {});
    CliRun run = CliRun.of("validate", bad.toString(), ok.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            bad + ": Topics!E17: rating \"7\" is outside the scale 0–5",
            bad + ": Topics!E18: rating \"x\" is not a number",
            ok + ": ok",
            "2 files checked: 1 valid, 1 with errors" + " (2 errors, 0 warnings)");
  }

  @Test
  void aFolderIsSearchedForWorkbooks() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    write(dir.resolve("sub"), "a.xlsx", wb -> {});
    Files.writeString(dir.resolve("readme.txt"), "not a workbook");
    CliRun run = CliRun.of("validate", dir.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("1 file checked: 1 valid");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(CliRun.of("validate").exitCode()).isEqualTo(2);
    CliRun unknown = CliRun.of("validate", "--colour", "x.xlsx");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unknown option: '--colour'").contains("--help");
    assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(2);
  }

  @Test
  void helpAndVersion() {
    CliRun help = CliRun.of("validate", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: readiness validate");
    CliRun version = CliRun.of("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("readiness ");
  }

  @Test
  void aBadRubricIsRefusedWithItsPathAndLine() throws IOException {
    Path rubric =
        Files.writeString(dir.resolve("r.json"), "{\n \"formatVersion\": 1,\n \"colour\": 2\n}");
    CliRun run =
        CliRun.of(
            "validate", "--rubric", rubric.toString(), write(dir, "a.xlsx", wb -> {}).toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(rubric + ": line 3: $.colour: unknown field \"colour\"; expected one of");
  }
}
