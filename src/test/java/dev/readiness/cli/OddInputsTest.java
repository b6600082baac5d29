package dev.readiness.cli;

import static dev.readiness.workbook.TestWorkbooks.cell;
import static dev.readiness.workbook.TestWorkbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What files and command lines can do that a reader would not expect (issue: nothing goes
 * unexplained).
 */
class OddInputsTest {
  @TempDir Path dir;

  @Test
  void controlCharactersFromACellAreShownNotObeyed() throws IOException {
    Path file =
        write(
            dir,
            "esc.xlsx",
            wb -> cell(wb, "Topics", "T03", "Rating").setCellValue("3\rx.xlsx: ok\n4"));
    CliRun run = CliRun.of("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .doesNotContain("\r")
        .contains("Topics!E4: rating \"3\\u000dx.xlsx: ok\\u000a4\" is not a number");
    assertThat(run.out().lines().filter(l -> l.equals("x.xlsx: ok"))).isEmpty();
  }

  @Test
  void ratingsPaddedWithNoBreakSpacesOrCarryingAFloatingPointTraceAreRead() throws IOException {
    Path file =
        write(
            dir,
            "pad.xlsx",
            wb -> {
              cell(wb, "Topics", "T01", "Rating").setCellValue("\u00A03\u00A0");
              cell(wb, "Topics", "T02", "Rating").setCellValue(3.0000000000000004);
              cell(wb, "Topics", "T04", "Rating").setCellValue("\u202F4\u2007");
            });
    CliRun run = CliRun.of("validate", file.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.out()).contains(file + ": ok");
  }

  @Test
  void aFileInAHiddenFolderIsNotRead() throws IOException {
    Path hidden = Files.createDirectories(dir.resolve(".git"));
    write(hidden, "x.xlsx", wb -> {});
    write(dir, "y.xlsx", wb -> {});
    CliRun run = CliRun.of("validate", dir.toString());
    assertThat(run.out()).contains("1 file checked").doesNotContain(".git");
  }

  @Test
  void theSameFileNamedTwiceIsReadOnceWithANote() throws IOException {
    Path file = write(dir, "x.xlsx", wb -> {});
    Path again = dir.resolve(".").resolve("x.xlsx");
    CliRun run = CliRun.of("validate", dir.toString(), again.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(again + ": warning: this is " + file + " named again; it is read once")
        .contains("1 file checked: 1 valid");
    Path out = dir.resolve("out");
    CliRun report =
        CliRun.of(
            "report", file.toString(), again.toString(), "--format", "json", "-o", out.toString());
    assertThat(report.exitCode()).as(report.all()).isZero();
    assertThat(report.err()).contains("named again; it is read once").doesNotContain("same rater");
    assertThat(report.all()).contains("1 workbook read, 1 report made");
  }

  @Test
  void aReportCountsAsMadeOnlyOnceItsFileIsInPlace() throws IOException {
    Path file = write(dir, "x.xlsx", wb -> {});
    Path out = Files.createDirectories(dir.resolve("out"));
    // a folder where the report's file should go: the write is refused
    Files.createDirectories(out.resolve("priya-raman-c-1001-2026-11-02.json"));
    CliRun run = CliRun.of("report", file.toString(), "--format", "json", "-o", out.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.all()).contains("0 reports made, 1 file failed").doesNotContain("1 report made");
  }

  @Test
  void validateCallsAnErrorWhatWouldStopTheReport() throws IOException {
    Path file =
        write(
            dir,
            "blank.xlsx",
            wb -> {
              dev.readiness.workbook.TestWorkbooks.profile(wb, "Hours per week").setBlank();
              dev.readiness.workbook.TestWorkbooks.profile(wb, "Interview date").setBlank();
            });
    CliRun run = CliRun.of("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            file
                + ": \"Hours per week\" on the Profile sheet is empty; fill it in or pass"
                + " --hours H",
            file
                + ": \"Interview date\" on the Profile sheet is empty, so the weeks available are"
                + " unknown; fill it in or pass --weeks N")
        .doesNotContain(file + ": ok");
    CliRun report =
        CliRun.of(
            "report", file.toString(), "--format", "json", "-o", dir.resolve("out").toString());
    assertThat(report.exitCode()).isEqualTo(1);
    CliRun given =
        CliRun.of(
            "report",
            file.toString(),
            "--weeks",
            "4",
            "--hours",
            "5",
            "--format",
            "json",
            "-o",
            dir.resolve("out").toString());
    assertThat(given.exitCode()).as(given.all()).isZero();
  }

  @Test
  void anOutputThatIsAFileIsAUsageErrorBeforeAnyWork() throws IOException {
    Path file = write(dir, "x.xlsx", wb -> {});
    Path txt = Files.writeString(dir.resolve("reports.txt"), "mine");
    CliRun run = CliRun.of("report", file.toString(), "-o", txt.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(txt + " is a file, not a folder; give -o a folder for the reports");
    assertThat(Files.readString(txt)).isEqualTo("mine");
  }

  @Test
  void anEmptyInputFolderMakesNoOutputFolder() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("report", empty.toString(), "-o", out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no .xlsx, .xls or .ods files in");
    assertThat(out).doesNotExist();
  }

  @Test
  void aPartFileLeftByAKilledRunIsClearedByTheNext() throws Exception {
    Path file = write(dir, "x.xlsx", wb -> {});
    Path out = Files.createDirectories(dir.resolve("out"));
    Process ended = new ProcessBuilder("true").start();
    assertThat(ended.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    Path stale =
        Files.writeString(
            out.resolve(
                ".priya-raman-c-1001-2026-11-02.pdf.readiness-"
                    + ended.pid()
                    + "-1a2b3c4d5e6f7a8b.part"),
            "half");
    Path mine = Files.writeString(out.resolve(".notes.part"), "not the tool's");
    Path draft = Files.writeString(out.resolve(".draft.cafe.part"), "not the tool's either");
    CliRun run = CliRun.of("report", file.toString(), "--format", "json", "-o", out.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(stale).doesNotExist();
    assertThat(mine).exists();
    assertThat(draft).exists();
  }

  @Test
  void aDateOutOfRangeIsNamedAsTheDateItHolds() throws IOException {
    Path serial =
        write(
            dir,
            "serial.xlsx",
            wb ->
                dev.readiness.workbook.TestWorkbooks.profile(wb, "Interview date")
                    .setCellValue(82547));
    CliRun run = CliRun.of("validate", serial.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "the date 2126-01-01 is outside the dates a workbook may hold (1990-01-01 to"
                + " 2100-12-31); type the right date as YYYY-MM-DD")
        .doesNotContain("\"82547\"");
    Path far =
        write(
            dir,
            "far.xlsx",
            wb ->
                dev.readiness.workbook.TestWorkbooks.profile(wb, "Interview date")
                    .setCellValue("2040-01-01"));
    CliRun farRun = CliRun.of("validate", far.toString());
    assertThat(farRun.exitCode()).isEqualTo(1);
    assertThat(farRun.out())
        .contains(
            "the interview date 2040-01-01 is more than 5 years after the assessment date"
                + " 2026-11-02; type the right date as YYYY-MM-DD");
  }
}
