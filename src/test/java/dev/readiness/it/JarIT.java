package dev.readiness.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as a user runs it: only the tool's own words on stderr, the right exit
 * codes.
 */
@Tag("distribution")
class JarIT {
  private static final Path JAR = Path.of("target", "readiness.jar");

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run java(Path workDir, String... args) throws IOException, InterruptedException {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toAbsolutePath().toString()));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("out", ".txt");
    Path err = Files.createTempFile("err", ".txt");
    Process p =
        new ProcessBuilder(cmd)
            .directory(workDir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void validateOfTheSamplesIsCleanOnStderr() throws Exception {
    Run run = java(Path.of("."), "validate", "samples");
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("10 files checked: 10 valid");
  }

  @Test
  void templateFromAnyFolderUsesTheEmbeddedRubric() throws Exception {
    Run run = java(dir, "template", "--candidate", "Alex", "-o", "alex.xlsx");
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(dir.resolve("alex.xlsx")).exists();
    Run bad = java(dir, "validate", "alex.xlsx");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).doesNotContain("log4j").doesNotContain("SLF4J");
    assertThat(bad.out()).contains("alex.xlsx: Profile!B8: the assessment date is empty");
  }

  /**
   * The jar leaves out ical4j's zone provider; its calendar must still start each study day at the
   * study time, in a zone whose clocks change during the plan (the provider once put a March week
   * an hour late).
   */
  @Test
  void theJarsCalendarStartsEachStudyDayAtTheStudyTime() throws Exception {
    Path samples = Path.of("samples").toAbsolutePath();
    Run run =
        java(
            dir,
            "report",
            samples.toString(),
            "--format",
            "ics",
            "--time-zone",
            "America/New_York",
            "-o",
            "out");
    assertThat(run.code()).as(run.err()).isZero();
    List<Path> files;
    try (java.util.stream.Stream<Path> s = Files.list(dir.resolve("out"))) {
      files = s.filter(f -> f.toString().endsWith(".ics")).toList();
    }
    assertThat(files).hasSize(3);
    for (Path f : files) {
      java.util.Map<String, String> firstOfDay = new java.util.TreeMap<>();
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (line.startsWith("DTSTART;TZID=America/New_York:")) {
          String[] t = line.substring(line.indexOf(':') + 1).split("T");
          firstOfDay.merge(t[0], t[1], (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
      }
      assertThat(firstOfDay)
          .as(f.getFileName().toString())
          .isNotEmpty()
          .allSatisfy((day, time) -> assertThat(time).as(day).isEqualTo("190000"));
    }
  }

  @Test
  void usageErrorExitsTwoWithoutAStackTrace() throws Exception {
    Run run = java(dir, "report", "--weeks");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
