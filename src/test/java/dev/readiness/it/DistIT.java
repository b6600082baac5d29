package dev.readiness.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.workbook.TestWorkbooks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution that {@code mvn package} builds, run as an installed user runs it: bin/readiness
 * with no Java on the PATH, its manuals, and one process that a kill -9 stops for good.
 */
@Tag("distribution")
class DistIT {
  private static final Path DIST = Path.of("target", "dist", "readiness").toAbsolutePath();
  private static final Path LAUNCHER = DIST.resolve("bin/readiness");

  @TempDir Path dir;

  /** Runs the launcher with an empty environment and a PATH where nothing is found. */
  private ProcessBuilder bare(String... args) {
    ProcessBuilder pb =
        new ProcessBuilder(Stream.concat(Stream.of(LAUNCHER.toString()), Stream.of(args)).toList());
    Map<String, String> env = pb.environment();
    env.clear();
    env.put("PATH", "/nonexistent");
    return pb.directory(dir.toFile());
  }

  @Test
  void theLauncherRunsAReportWithNoJavaOnThePath() throws Exception {
    Process version = bare("--version").redirectErrorStream(true).start();
    assertThat(version.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo("readiness 0.1.0\n");
    assertThat(version.exitValue()).isZero();

    Path sample = Path.of("samples", "priya-raman.xlsx").toAbsolutePath();
    Path err = dir.resolve("err.txt");
    Process report =
        bare("report", sample.toString(), "-o", "out")
            .redirectError(err.toFile())
            .redirectOutput(dir.resolve("out.txt").toFile())
            .start();
    assertThat(report.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(err)).isEmpty();
    assertThat(report.exitValue()).isZero();
    assertThat(Files.readString(dir.resolve("out.txt")))
        .endsWith("1 workbook read, 1 report made\n");
    try (Stream<Path> s = Files.list(dir.resolve("out"))) {
      assertThat(s.map(p -> p.getFileName().toString()).toList())
          .containsExactly("priya-raman-c-1001-2026-11-02.pdf");
    }
  }

  @Test
  void aNameBeyondAsciiBecomesAFileNameEvenWithNoLocale() throws Exception {
    Path sample = Path.of("samples", "zoe-lukasiewicz.xlsx").toAbsolutePath();
    Process kit =
        bare("kit", sample.toString(), "-o", "kit", "--panel", "Ana Petrović")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("kit.txt").toFile())
            .start();
    assertThat(kit.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(kit.exitValue()).as(Files.readString(dir.resolve("kit.txt"))).isZero();
    try (Stream<Path> s = Files.list(dir.resolve("kit"))) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly(
              "zoe-łukasiewicz-c-1003-2026-10-05-ana-petrovic.xlsx",
              "zoe-łukasiewicz-c-1003-2026-10-05-kit-candidate.pdf",
              "zoe-łukasiewicz-c-1003-2026-10-05-kit-interviewer.pdf");
    }
  }

  @Test
  void theDistributionHasItsRuntimeArchiveCompletionAndManPages() throws Exception {
    assertThat(DIST.resolve("runtime/bin/java")).isExecutable();
    assertThat(DIST.resolve("lib/readiness.jar")).isRegularFile();
    assertThat(DIST.resolve("lib/readiness.jsa")).isRegularFile();
    String completion =
        Files.readString(DIST.resolve("share/bash-completion/completions/readiness"));
    assertThat(completion)
        .contains("complete -F _complete_readiness", "report", "--format", "--candidate");
    for (String page :
        List.of(
            "readiness",
            "readiness-template",
            "readiness-validate",
            "readiness-report",
            "readiness-kit",
            "readiness-samples")) {
      String man = Files.readString(DIST.resolve("share/man/man1/" + page + ".1"));
      assertThat(man)
          .as(page)
          .startsWith("'\\\" t")
          .contains(".TH \"" + page.toUpperCase().replace("-", "\\-") + "\" \"1\"");
    }
    assertThat(Files.readString(DIST.resolve("share/man/man1/readiness-report.1")))
        .contains("\\-\\-paper");
    assertThat(Path.of("target", "readiness-0.1.0-linux-x64.tar.gz")).isRegularFile();
  }

  @Test
  void aMissingSystemLibraryIsNamedInOneLineBeforeJavaStarts() throws Exception {
    // a copy of the install whose list names a library no system has
    Path home = Files.createDirectories(dir.resolve("install"));
    Files.createSymbolicLink(home.resolve("runtime"), DIST.resolve("runtime"));
    Files.createDirectories(home.resolve("bin"));
    Files.copy(
        LAUNCHER, home.resolve("bin/readiness"), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
    Files.createDirectories(home.resolve("lib"));
    Files.createSymbolicLink(home.resolve("lib/readiness.jar"), DIST.resolve("lib/readiness.jar"));
    Files.writeString(
        home.resolve("lib/system-libraries"),
        Files.readString(DIST.resolve("lib/system-libraries")) + "libnowhere.so.7 libnowhere7\n");
    ProcessBuilder pb =
        new ProcessBuilder(home.resolve("bin/readiness").toString(), "--version")
            .redirectErrorStream(true);
    pb.environment().clear();
    Process p = pb.start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo(
            "readiness: the"
                + " system library libnowhere.so.7 is missing; install it (Debian, Ubuntu: sudo apt-get install"
                + " libnowhere7)\n");
    assertThat(p.exitValue()).isEqualTo(1);
    assertThat(Files.readString(DIST.resolve("lib/system-libraries")))
        .contains("libfreetype.so.6 libfreetype6\n")
        .doesNotContain("libX11");
  }

  @Test
  void theDebDependsOnTheLibrariesTheRuntimeLinks() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/dpkg-deb")));
    Process p =
        new ProcessBuilder("dpkg-deb", "-f", "target/readiness_0.1.0_amd64.deb", "Depends")
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String depends = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(depends)
        .contains("libc6 (>= ", "libfreetype6 (>= ", "libharfbuzz0b (>= ", "liblcms2-2 (>= ")
        .doesNotContain("libx11")
        .doesNotContain("libasound");
    for (String f : List.of("LICENSE", "NOTICE", "THIRD-PARTY.txt")) {
      assertThat(DIST.resolve(f)).isRegularFile();
    }
    assertThat(Files.readString(DIST.resolve("THIRD-PARTY.txt")))
        .contains("org.apache.poi:poi:", "Apache-2.0", "com.github.librepdf:openpdf:");
  }

  @Test
  void killingTheLauncherWithSignalNineLeavesNoProcessAndWritesNothingMore() throws Exception {
    Path in = batch();
    Path out = dir.resolve("out");
    killMidway(bare("report", in.toString(), "-o", out.toString()), out);
  }

  @Test
  void killingJavaDashJarWithSignalNineLeavesNoProcessAndWritesNothingMore() throws Exception {
    Path in = batch();
    Path out = dir.resolve("out");
    killMidway(
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            Path.of("target", "readiness.jar").toAbsolutePath().toString(),
            "report",
            in.toString(),
            "-o",
            out.toString()),
        out);
  }

  private Path batch() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < 150; i++) {
      TestWorkbooks.write(
          in, "c" + i + ".xlsx", TestWorkbooks.as("Candidate " + i, "K-" + i), wb -> {});
    }
    return in;
  }

  /**
   * Starts the run, kills it with SIGKILL once it has written a few reports, and checks nothing
   * goes on.
   */
  private void killMidway(ProcessBuilder run, Path out) throws Exception {
    Process p =
        run.redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline && count(out) < 5) {
      Thread.sleep(20);
    }
    assertThat(count(out)).as("the run got going").isGreaterThanOrEqualTo(5);
    List<ProcessHandle> family = Stream.concat(Stream.of(p.toHandle()), p.descendants()).toList();
    assertThat(p.descendants().count()).as("one process: the launcher became the JVM").isZero();
    p.destroyForcibly(); // SIGKILL
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(137);
    for (ProcessHandle h : family) {
      assertThat(h.isAlive()).as("process " + h.pid() + " outlived the kill").isFalse();
    }
    long after = count(out);
    Thread.sleep(1500);
    assertThat(count(out)).as("nothing writes reports after the kill").isEqualTo(after);
  }

  private static long count(Path out) throws Exception {
    if (!Files.isDirectory(out)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(out)) {
      return s.count();
    }
  }
}
