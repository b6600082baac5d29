package dev.readiness.cli;

import static dev.readiness.workbook.TestWorkbooks.as;
import static dev.readiness.workbook.TestWorkbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar} where no UTF-8 locale is set (cron, a bare container, {@code env -i}): Java
 * then encodes file names in ASCII, and a name with "ë" once stopped the whole run with an internal
 * error.
 */
class PosixLocaleTest {
  @TempDir Path dir;

  @Test
  void reportsAreWrittenInAPosixLocale() throws IOException, InterruptedException {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(in, "zoe.xlsx", as("Zoë Łukasiewicz", null), wb -> {});
    write(in, "han.xlsx", as("王小明", null), wb -> {});
    write(in, "ana.xlsx", as("Ana Silva", null), wb -> {});
    Path out = dir.resolve("out");
    Process p = inPosixLocale("report", in.toString(), "--format", "json", "-o", out.toString());
    String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(stdout + stderr).isZero();
    assertThat(stdout).contains("3 workbooks read, 3 reports made");
    List<String> names = OutputSideTest.names(out);
    // what ASCII cannot hold is left out of the name; a name left with no letters gets its code
    assertThat(names)
        .hasSize(6)
        .contains("ana-silva-2026-11-02.json", "zoe-ukasiewicz-2026-11-02.json")
        .anySatisfy(n -> assertThat(n).matches("candidate-[0-9a-f]{12}-2026-11-02\\.json"))
        .allSatisfy(n -> assertThat(n.chars()).allMatch(c -> c < 128));
  }

  @Test
  void helpKeepsItsTextInAPosixLocale() throws IOException, InterruptedException {
    Process p = inPosixLocale("report", "--help");
    String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    // picocli once wrote through the platform's ASCII, and "…-panel.pdf" came out as "?-panel.pdf"
    assertThat(stdout).contains("files named …-panel.").doesNotContain("?-panel");
  }

  /** readiness in a JVM of its own, with no environment but LANG=C. */
  private static Process inPosixLocale(String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "dev.readiness.cli.Main"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().clear();
    pb.environment().put("LANG", "C");
    return pb.start();
  }
}
