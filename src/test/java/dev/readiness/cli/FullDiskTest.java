package dev.readiness.cli;

import static dev.readiness.workbook.TestWorkbooks.as;
import static dev.readiness.workbook.TestWorkbooks.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.readiness.json.JsonReport;
import dev.readiness.pdf.PdfReport;
import dev.readiness.problem.Problem;
import dev.readiness.report.ProgressListener;
import dev.readiness.report.Renderer;
import dev.readiness.report.ReportOptions;
import dev.readiness.report.ReportRunner;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.workbook.WorkbookReader;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, as the system reports it: through /dev/full under the real PDF writer (which wraps
 * the system's IOException in its own runtime exception), and a real 64 KB tmpfs where the machine
 * lets a user namespace mount one.
 */
class FullDiskTest {
  @TempDir Path dir;

  @Test
  void theRealPdfWriterOnAFullDiskIsSaidPlainly() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path ana = write(in, "ana.xlsx", as("Ana Silva", "E-1"), wb -> {});
    write(in, "ben.xlsx", as("Ben Okoro", "E-2"), wb -> {});
    PdfReport pdf = new PdfReport("a4");
    // Ana's PDF goes to /dev/full (every write: ENOSPC); Ben's is written as usual
    Renderer full =
        (report, out) -> {
          if (!report.candidate().name().startsWith("Ana")) {
            return pdf.render(report, out);
          }
          try (OutputStream disk = new FileOutputStream("/dev/full")) {
            return pdf.render(report, disk);
          }
        };
    Renderer json =
        (report, out) -> {
          out.write(JsonReport.render(report));
          return List.of();
        };
    Path out = dir.resolve("out");
    ReportRunner.Outcome outcome =
        new ReportRunner(
                RubricLoader.embedded(),
                new WorkbookReader(RubricLoader.embedded()),
                Map.of(ReportOptions.Format.PDF, full, ReportOptions.Format.JSON, json),
                ProgressListener.NONE)
            .run(
                new ReportOptions(
                    List.of(in),
                    out,
                    EnumSet.of(ReportOptions.Format.JSON, ReportOptions.Format.PDF),
                    null,
                    null,
                    null,
                    "a4",
                    2));
    assertThat(outcome.problems())
        .filteredOn(Problem::isError)
        .extracting(Problem::toString)
        .containsExactly(
            ana
                + ": cannot write "
                + out.resolve("ana-silva-e-1-2026-11-02.pdf")
                + ": the disk is full; no file of this"
                + " report was written");
    assertThat(outcome.failedFiles()).containsExactly(ana.toString());
    assertThat(OutputSideTest.names(out))
        .containsExactly("ben-okoro-e-2-2026-11-02.json", "ben-okoro-e-2-2026-11-02.pdf");
  }

  /**
   * Runs the command in a fresh user and mount namespace with a small tmpfs at {@code mount}; null
   * if it cannot.
   */
  private static Run inTinyDisk(Path mount, String options, String... args) throws Exception {
    Files.createDirectories(mount);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    StringBuilder command =
        new StringBuilder("mount -t tmpfs -o " + options + " none \"$0\" || exit 99; ");
    command.append("\"$1\" -cp \"$2\" dev.readiness.cli.Main");
    for (int i = 0; i < args.length; i++) {
      command.append(" \"${").append(i + 3).append("}\"");
    }
    command.append("; code=$?; echo; echo LISTING; ls -A \"$0\"; exit $code");
    List<String> cmd =
        new java.util.ArrayList<>(
            List.of(
                "unshare",
                "-rm",
                "sh",
                "-c",
                command.toString(),
                mount.toString(),
                java,
                System.getProperty("java.class.path")));
    cmd.addAll(List.of(args));
    Process p;
    try {
      p = new ProcessBuilder(cmd).start();
    } catch (IOException e) {
      return null;
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return p.exitValue() == 99 || err.contains("unshare:")
        ? null
        : new Run(p.exitValue(), out, err);
  }

  record Run(int code, String out, String err) {
    String listing() {
      return out.substring(out.indexOf("LISTING") + "LISTING".length()).strip();
    }
  }

  @Test
  void aRealFullDiskForReportAndKit() throws Exception {
    Path in = write(dir, "ana.xlsx", as("Ana Silva", "E-1"), wb -> {});
    Path disk = dir.resolve("disk");
    Run report =
        inTinyDisk(
            disk, "size=64k", "report", in.toString(), "--format", "pdf", "-o", disk.toString());
    assumeTrue(report != null, "this machine cannot mount a tmpfs in a user namespace");
    assertThat(report.code()).as(report.err()).isEqualTo(1);
    assertThat(report.err())
        .contains(
            in
                + ": cannot write "
                + disk.resolve("ana-silva-e-1-2026-11-02.pdf")
                + ": the"
                + " disk is full; no file of this report was written")
        .doesNotContain("internal error");
    assertThat(report.listing()).as("no half-written file is left").isEmpty();
    Run kit =
        inTinyDisk(
            disk, "size=64k", "kit", in.toString(), "-o", disk.toString(), "--panel", "Tom Reyes");
    assertThat(kit.code()).as(kit.err()).isEqualTo(1);
    assertThat(kit.err())
        .contains("readiness: cannot write ")
        .contains(": the disk is full; no file of the kit was" + " written")
        .doesNotContain("internal error");
    assertThat(kit.listing()).isEmpty();
    // the spreadsheet library wraps the system's failure in its own runtime exception
    Run template = inTinyDisk(disk, "size=8k", "template", "-o", disk.resolve("x.xlsx").toString());
    assertThat(template.code()).as(template.err()).isEqualTo(1);
    assertThat(template.err())
        .contains("readiness: cannot write " + disk.resolve("x.xlsx") + ": the disk is full");
    assertThat(template.listing()).isEmpty();
    Run readOnly =
        inTinyDisk(
            disk,
            "size=64k,ro",
            "report",
            in.toString(),
            "--format",
            "json",
            "-o",
            disk.resolve("sub").toString());
    assertThat(readOnly.code()).as(readOnly.err()).isEqualTo(2);
    assertThat(readOnly.err())
        .contains(disk + ": the disk is read-only; give -o a folder you can write to");
  }
}
