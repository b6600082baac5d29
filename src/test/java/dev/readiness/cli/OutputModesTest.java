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
 * --quiet, --verbose, validate --format json, --role in any case, -o in a missing folder, help
 * COMMAND.
 */
class OutputModesTest {
  private static final String NL = System.lineSeparator();

  @TempDir Path dir;

  private Path bad() throws IOException {
    return write(dir, "bad.xlsx", wb -> cell(wb, "Topics", "T01", "Rating").setCellValue(9));
  }

  @Test
  void validateAsJsonGivesOneObjectPerWorkbookWithItsProblems() throws IOException {
    Path ok = write(dir, "ok.xlsx", wb -> {});
    Path bad = bad();
    CliRun run = CliRun.of("validate", ok.toString(), bad.toString(), "--format", "JSON");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            """
        {
          "formatVersion": 1,
          "files": 2,
          "valid": 1,
          "workbooks": [
            {
              "file": "%s",
              "valid": true,
              "errors": 0,
              "warnings": 0,
              "problems": [ ]
            },
            {
              "file": "%s",
              "valid": false,
              "errors": 1,
              "warnings": 0,
              "problems": [
                {
                  "severity": "error",
                  "where": "Topics!E2",
                  "sheet": "Topics",
                  "cell": "E2",
                  "message": "rating \\"9\\" is outside the scale 0–5; choose a level from 0 to 5"
                }
              ]
            }
          ]
        }
        """
                .formatted(ok, bad));
  }

  @Test
  void quietValidatePrintsTheErrorsAndNothingElse() throws IOException {
    Path ok = write(dir, "ok.xlsx", wb -> {});
    Path bad = bad();
    CliRun run = CliRun.of("validate", "--quiet", ok.toString(), bad.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            bad
                + ": Topics!E2: rating \"9\" is outside the scale 0–5; choose a level from 0"
                + " to 5"
                + NL);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void quietReportPrintsNothingWhenAllIsWell() throws IOException {
    Path sample = Path.of("samples", "priya-raman.xlsx");
    CliRun run =
        CliRun.of(
            "report",
            "-q",
            sample.toString(),
            "-o",
            dir.resolve("out").toString(),
            "--format",
            "json");
    assertThat(run.exitCode()).isZero();
    assertThat(run.all()).isEmpty();
    assertThat(dir.resolve("out")).isDirectoryContaining(p -> p.toString().endsWith(".json"));
  }

  @Test
  void verboseReportNamesEachFileReadAndWrittenAndEachWarningInFull() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path warned =
        write(
            in,
            "warned.xlsx",
            wb -> dev.readiness.workbook.TestWorkbooks.profile(wb, "Rater").setBlank());
    CliRun run =
        CliRun.of(
            "report",
            "--verbose",
            in.toString(),
            "-o",
            dir.resolve("out").toString(),
            "--format",
            "json");
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.err())
        .isEqualTo(
            "read "
                + warned
                + NL
                + warned
                + ": Profile!B6: warning: no rater named; panels"
                + " need one name per rater"
                + NL);
    assertThat(run.out())
        .contains("wrote " + dir.resolve("out"))
        .contains("1 warning (listed above)");
  }

  @Test
  void aReportWithoutVerboseSaysHowToSeeItsWarnings() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(
        in,
        "warned.xlsx",
        wb -> dev.readiness.workbook.TestWorkbooks.profile(wb, "Rater").setBlank());
    CliRun run =
        CliRun.of("report", in.toString(), "-o", dir.resolve("out").toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.out())
        .endsWith(
            "1 workbook read, 1 report made; 1 warning (--verbose lists it, as does 'readiness"
                + " validate')"
                + NL);
  }

  @Test
  void aFolderNamedLikeAWorkbookIsNamedPlainly() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("x.xlsx"));
    CliRun run = CliRun.of("validate", folder.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no .xlsx, .xls or .ods files in " + folder + NL);
  }

  @Test
  void quietAndVerboseTogetherAreAUsageError() {
    CliRun run = CliRun.of("validate", "-q", "--verbose", "x.xlsx");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("readiness: --quiet and --verbose contradict each other; give one of them" + NL);
  }

  @Test
  void roleIsTakenInAnyCase() throws IOException {
    String sample = Path.of("samples", "priya-raman.xlsx").toString();
    CliRun own =
        CliRun.of("report", sample, "-o", dir.resolve("own").toString(), "--format", "json");
    CliRun run =
        CliRun.of(
            "report",
            sample,
            "--role",
            "Principal",
            "-o",
            dir.resolve("out").toString(),
            "--format",
            "json");
    assertThat(run.exitCode()).as(run.all()).isZero();
    try (var own1 = Files.list(dir.resolve("own"));
        var out1 = Files.list(dir.resolve("out"))) {
      assertThat(Files.readString(own1.findFirst().orElseThrow()))
          .contains("\"targetRole\": \"lead\"");
      assertThat(Files.readString(out1.findFirst().orElseThrow()))
          .contains("\"targetRole\": \"principal\"");
    }
    assertThat(own.exitCode()).isZero();
  }

  @Test
  void outputInAFolderThatDoesNotExistIsRefusedAndNothingIsMade() {
    Path missing = dir.resolve("no-such-folder");
    CliRun template = CliRun.of("template", "-o", missing.resolve("x.xlsx").toString());
    assertThat(template.exitCode()).isEqualTo(2);
    assertThat(template.err())
        .isEqualTo(
            "readiness: the folder "
                + missing
                + " does not exist; create it first, or"
                + " give -o a path in a folder that exists"
                + NL);
    CliRun report =
        CliRun.of(
            "report",
            Path.of("samples", "priya-raman.xlsx").toString(),
            "-o",
            missing.resolve("reports").toString());
    assertThat(report.exitCode()).isEqualTo(2);
    assertThat(missing).doesNotExist();
  }

  @Test
  void helpCommandPrintsTheCommandsHelpWithExamples() {
    CliRun run = CliRun.of("help", "report");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Usage: readiness report")
        .contains(
            "Examples"
                + NL
                + "  # one PDF report in the folder reports/"
                + NL
                + "  readiness report alex.xlsx"
                + NL)
        .contains("--quiet")
        .contains("--verbose");
    assertThat(CliRun.of("validate", "--help").out())
        .contains("Examples")
        .contains("--format json");
  }

  @Test
  void aMissingSystemLibraryIsNamedInOneLine() {
    // a missing system library is the computer's, not a bug: one line, exit 1
    assertThat(
            MissingLibrary.of(
                new IllegalStateException(
                    new ExceptionInInitializerError(
                        new UnsatisfiedLinkError(
                            "/opt/readiness/runtime/lib/libfontmanager.so: libfreetype.so.6: cannot open shared object file: No such"
                                + " file or directory")))))
        .hasValue(
            "the system library libfreetype.so.6 is missing; install it"
                + " (Debian, Ubuntu: sudo apt-get install libfreetype6) and run the command again");
    assertThat(MissingLibrary.of(new IllegalStateException("x"))).isEmpty();
  }

  /**
   * Two candidates, one with a name no font has (Egyptian hieroglyphs): the report and the summary
   * PDF warn.
   */
  private Path undrawable() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(in, "a.xlsx", wb -> candidate(wb, "Ann \uD80C\uDC00", "C-1"));
    write(in, "b.xlsx", wb -> candidate(wb, "Bo Lind", "C-2"));
    return in;
  }

  private static void candidate(org.apache.poi.ss.usermodel.Workbook wb, String name, String id) {
    dev.readiness.workbook.TestWorkbooks.profile(wb, "Candidate").setCellValue(name);
    dev.readiness.workbook.TestWorkbooks.profile(wb, "Candidate ID").setCellValue(id);
  }

  @Test
  void theFilesWrittenComeLastAfterTheWarningsOnOneScreen() throws IOException {
    java.io.ByteArrayOutputStream both = new java.io.ByteArrayOutputStream();
    java.io.PrintStream screen =
        new java.io.PrintStream(both, true, java.nio.charset.StandardCharsets.UTF_8);
    int code =
        Main.run(
            new String[] {"report", undrawable().toString(), "-o", dir.resolve("out").toString()},
            screen,
            screen);
    java.util.List<String> lines =
        both.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    assertThat(code).as(String.join(NL, lines)).isZero();
    String summaryWarning =
        dir.resolve("out").resolve("summary.pdf") + ": warning: the PDF cannot draw";
    assertThat(lines).anyMatch(l -> l.startsWith(summaryWarning));
    int lastWarning = 0;
    int firstWrote = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(": warning: ")) {
        lastWarning = i;
      } else if (firstWrote < 0 && lines.get(i).startsWith("wrote ")) {
        firstWrote = i;
      }
    }
    assertThat(firstWrote).as(String.join(NL, lines)).isGreaterThan(lastWarning);
    assertThat(lines.get(lines.size() - 1)).startsWith("2 workbooks read, 2 reports made");
    assertThat(lines.subList(firstWrote, lines.size() - 1))
        .allMatch(l -> l.startsWith("wrote "))
        .hasSize(5);
  }

  @Test
  void quietLeavesOutTheSummaryPdfsWarnings() throws IOException {
    CliRun run =
        CliRun.of("report", "-q", undrawable().toString(), "-o", dir.resolve("out").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.all()).isEmpty();
    assertThat(dir.resolve("out").resolve("summary.pdf")).isRegularFile();
  }
}
