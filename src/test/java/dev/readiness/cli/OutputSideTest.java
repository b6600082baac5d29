package dev.readiness.cli;

import static dev.readiness.workbook.TestWorkbooks.as;
import static dev.readiness.workbook.TestWorkbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output side under attack: names that become file names, folders in the way, users' own files.
 */
class OutputSideTest {
  @TempDir Path dir;

  static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void oneCandidateThatCannotBeWrittenNeverStopsTheBatch() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(in, "ana.xlsx", as("Ana Silva", "E-1"), wb -> {});
    Path ben = write(in, "ben.xlsx", as("Ben Okoro", "E-2"), wb -> {});
    // the 60-character cut once split this surrogate pair: an internal error, and no report for
    // anyone
    write(in, "cut.xlsx", as("a".repeat(59) + "𠀀𠀀", null), wb -> {});
    Path broken =
        Files.writeString(in.resolve("broken.xlsx"), "not a workbook", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Path blocked = Files.createDirectories(out.resolve("ben-okoro-e-2-2026-11-02.json"));
    Files.writeString(blocked.resolve("a file of mine"), "x");
    CliRun run = CliRun.of("report", in.toString(), "--format", "json", "-o", out.toString());
    assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            ben
                + ": cannot write "
                + blocked
                + ": a folder of that name is in the way; no"
                + " file of this report was written")
        .doesNotContain("internal error");
    assertThat(run.out())
        .contains("4 workbooks read, 2 reports made, 2 files failed (listed above)");
    assertThat(names(out))
        .containsExactly(
            "a".repeat(59) + "𠀀-2026-11-02.json",
            "ana-silva-e-1-2026-11-02.json",
            "ben-okoro-e-2-2026-11-02.json",
            "summary.csv",
            "summary.json",
            "summary.pdf");
    JsonNode failures =
        new ObjectMapper().readTree(out.resolve("summary.json").toFile()).path("failures");
    // the file column names the workbook as given, for a read failure and a write failure alike
    assertThat(failures)
        .extracting(f -> f.path("file").asText())
        .containsExactlyInAnyOrder(broken.toString(), ben.toString());
  }

  @Test
  void twoPeopleWhoseKeysShareAStringHashCodeGetTwoReports() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(in, "a.xlsx", as("A!@B", null), wb -> {});
    write(in, "b.xlsx", as("A\"!B", null), wb -> {});
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("report", in.toString(), "--format", "json", "-o", out.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
    List<String> reports =
        names(out).stream().filter(n -> n.startsWith("a-b-2026-11-02-")).toList();
    assertThat(reports).hasSize(2);
    assertThat(run.out().lines().filter(l -> l.startsWith("wrote ")).distinct()).hasSize(5);
  }

  @Test
  void aLongNameInAThreeByteScriptGetsItsReport() throws IOException {
    Path in = write(dir, "han.xlsx", as("漢".repeat(200), "字".repeat(100)), wb -> {});
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("report", in.toString(), "--format", "json,pdf", "-o", out.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(names(out))
        .hasSize(2)
        .allSatisfy(
            n ->
                assertThat(n.getBytes(StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(255 - 45));
  }

  @Test
  void kitPanelWorkbooksAreNeverReplacedWithoutForce() throws IOException {
    Path in = write(dir, "zoe.xlsx", as("Zoe Lukas", "C-3"), wb -> {});
    Path kit = dir.resolve("kit");
    CliRun first =
        CliRun.of("kit", in.toString(), "-o", kit.toString(), "--panel", "Ana Petrović, Tom Reyes");
    assertThat(first.exitCode()).as(first.all()).isZero();
    Path ana = kit.resolve("zoe-lukas-c-3-2026-11-02-ana-petrovic.xlsx");
    Files.writeString(ana, "rated by Ana");
    byte[] pdf = Files.readAllBytes(kit.resolve("zoe-lukas-c-3-2026-11-02-kit-interviewer.pdf"));
    CliRun second =
        CliRun.of(
            "kit",
            in.toString(),
            "-o",
            kit.toString(),
            "--panel",
            "Ana Petrović, Tom Reyes",
            "--seed",
            "2");
    assertThat(second.exitCode()).isEqualTo(2);
    assertThat(second.err())
        .contains(
            ana
                + ", "
                + kit.resolve("zoe-lukas-c-3-2026-11-02-tom-reyes.xlsx")
                + " already exist (an interviewer may have filled it in); choose another folder with -o, or pass --force to"
                + " replace them");
    assertThat(second.out()).isEmpty();
    assertThat(Files.readString(ana)).isEqualTo("rated by Ana");
    assertThat(Files.readAllBytes(kit.resolve("zoe-lukas-c-3-2026-11-02-kit-interviewer.pdf")))
        .isEqualTo(pdf);
    CliRun forced =
        CliRun.of(
            "kit",
            in.toString(),
            "-o",
            kit.toString(),
            "--panel",
            "Ana Petrović, Tom Reyes",
            "--seed",
            "2",
            "--force");
    assertThat(forced.exitCode()).as(forced.all()).isZero();
    assertThat(Files.readString(ana, StandardCharsets.ISO_8859_1)).startsWith("PK");
  }

  @Test
  void samplesAreNeverReplacedWithoutForce() throws IOException {
    Path samples = dir.resolve("samples");
    assertThat(CliRun.of("samples", "-o", samples.toString()).exitCode()).isZero();
    Path priya = samples.resolve("priya-raman.xlsx");
    Files.writeString(priya, "edited");
    CliRun again = CliRun.of("samples", "-o", samples.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err())
        .contains("sample workbooks already exist (")
        .contains("pass --force to replace them");
    assertThat(Files.readString(priya)).isEqualTo("edited");
    assertThat(CliRun.of("samples", "-o", samples.toString(), "--force").exitCode()).isZero();
    assertThat(Files.readString(priya, StandardCharsets.ISO_8859_1)).startsWith("PK");
  }

  @Test
  void kitPanelNamesThatMakeOneFileNameGetTwoWorkbooks() throws IOException {
    Path in = write(dir, "zoe.xlsx", as("Zoe Lukas", "C-3"), wb -> {});
    Path kit = dir.resolve("kit");
    CliRun run =
        CliRun.of(
            "kit",
            in.toString(),
            "-o",
            kit.toString(),
            "--panel",
            "Ana Petrović, Ana Petrovic, !!!," + " ???");
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(names(kit).stream().filter(n -> n.endsWith(".xlsx")))
        .hasSize(4)
        .doesNotHaveDuplicates();
    CliRun twice =
        CliRun.of("kit", in.toString(), "-o", dir.resolve("k2").toString(), "--panel", "Ana, ana ");
    assertThat(twice.exitCode()).isEqualTo(2);
    assertThat(twice.err())
        .contains("--panel names \"Ana\" twice (as \"ana\"); give each interviewer once");
    assertThat(dir.resolve("k2")).doesNotExist();
  }

  @Test
  void aFailedTeamSummaryExitsOneAndLeavesNoSummaryOfAnotherRun() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(in, "ana.xlsx", as("Ana Silva", "E-1"), wb -> {});
    write(in, "ben.xlsx", as("Ben Okoro", "E-2"), wb -> {});
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("summary.csv"), "the previous run's");
    Path pdf = Files.createDirectories(out.resolve("summary.pdf"));
    Files.writeString(pdf.resolve("mine"), "x");
    CliRun run = CliRun.of("report", in.toString(), "--format", "json", "-o", out.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            "readiness: cannot write "
                + pdf
                + ": a folder of that name is in the way; the"
                + " team summary was not written (summary.csv, summary.json removed, so that no partial or older summary is"
                + " left beside the reports)");
    assertThat(names(out))
        .containsExactly(
            "ana-silva-e-1-2026-11-02.json", "ben-okoro-e-2-2026-11-02.json", "summary.pdf");
  }

  @Test
  void aRightToLeftOverrideInANameCannotTurnTheDateRound() throws IOException {
    Path in = write(dir, "eve.xlsx", as("Eve \u202Eevil\u2066", "E-9"), wb -> {});
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("report", in.toString(), "--format", "pdf", "-o", out.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
    String text =
        dev.readiness.testing.PdfText.of(
            Files.readAllBytes(out.resolve("eve-evil-e-9-2026-11-02.pdf")));
    assertThat(text).contains("Eve evil").contains("2026-11-02").doesNotContain("20-11-6202");
    assertThat(text.codePoints()).noneMatch(dev.readiness.text.Bidi::isControl);
    assertThat(run.out()).doesNotContain("\u202E");
  }

  @Test
  void textFromFilesReachesTheTerminalEscaped() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path evil = write(in, "x\nfake.xlsx: ok\ny.xlsx", wb -> {});
    CliRun validate = CliRun.of("validate", in.toString());
    assertThat(validate.exitCode()).as(validate.all()).isZero();
    assertThat(validate.out().lines()).noneMatch(l -> l.equals("fake.xlsx: ok")).hasSize(2);
    assertThat(validate.out()).contains(in + "/x\\u000afake.xlsx: ok\\u000ay.xlsx: ok");
    // a C1 control survives the workbook's XML (ESC itself does not): CSI starts a terminal command
    // like ESC [
    Path esc = write(dir, "esc.xlsx", as("Eve\u009b2J\u202E", "E-9"), wb -> {});
    CliRun kit = CliRun.of("kit", esc.toString(), "-o", dir.resolve("kit").toString());
    assertThat(kit.exitCode()).as(kit.all()).isZero();
    assertThat(kit.out())
        .contains("kit for Eve\\u009b2J\\u202e, a ")
        .doesNotContain("\u009b")
        .doesNotContain("\u202E");
  }

  @Test
  void validateCallsAnErrorWhatWouldStopTheReport() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path first = write(in, "self-1.xlsx", wb -> {});
    Path second = Files.copy(first, in.resolve("self-2.xlsx"));
    CliRun validate = CliRun.of("validate", in.toString());
    CliRun report =
        CliRun.of("report", in.toString(), "--format", "json", "-o", dir.resolve("out").toString());
    assertThat(report.exitCode()).isEqualTo(1);
    assertThat(validate.exitCode()).isEqualTo(1);
    String message =
        second
            + ": a second self-assessment of Priya Raman on 2026-11-02 (the first is "
            + first
            + "); keep one, or set the Rater role of the other to panel or mentor";
    assertThat(report.err()).contains(message);
    assertThat(validate.out())
        .contains(message)
        .contains(first + ": ok")
        .contains("2 files checked: 1 valid, 1 with errors (2 errors,");
  }

  @Test
  void aRunThatReadsNoWorkbookMakesNoOutputFolder() throws IOException {
    Path a = Files.writeString(dir.resolve("a.xlsx"), "not a workbook");
    Path b = Files.writeString(dir.resolve("b.xlsx"), "nor this");
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("report", a.toString(), b.toString(), "-o", out.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(out).doesNotExist();
  }
}
