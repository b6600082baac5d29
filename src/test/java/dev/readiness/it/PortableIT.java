package dev.readiness.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portable zip as a macOS or Linux user runs it: unzipped (with unzip, which keeps the launcher
 * executable), bin/readiness on the Java that JAVA_HOME names (here the JDK running the tests), no
 * jlink runtime anywhere.
 */
class PortableIT {
  private static final Path ZIP =
      Path.of("target", "readiness-0.1.0-portable.zip").toAbsolutePath();

  @TempDir Path dir;

  private Process run(Path home, Map<String, String> extra, Path err, String... args)
      throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(
                Stream.concat(Stream.of(home.resolve("bin/readiness").toString()), Stream.of(args))
                    .toList())
            .directory(dir.toFile());
    Map<String, String> env = pb.environment();
    env.clear();
    env.put("PATH", "/usr/bin:/bin");
    env.put("HOME", dir.toString());
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.putAll(extra);
    Process p =
        pb.redirectError(err.toFile()).redirectOutput(dir.resolve("out.txt").toFile()).start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
    return p;
  }

  @Test
  void theZipRunsVersionAndAReportOnTheInstalledJavaAndMakesItsArchiveOnce() throws Exception {
    Process unzip =
        new ProcessBuilder("unzip", "-q", ZIP.toString(), "-d", dir.resolve("app").toString())
            .inheritIO()
            .start();
    assertThat(unzip.waitFor(60, TimeUnit.SECONDS)).isTrue();
    Path home = dir.resolve("app/readiness-0.1.0");
    assertThat(home.resolve("runtime")).doesNotExist();
    assertThat(home.resolve("bin/readiness")).isExecutable();
    for (String f :
        List.of(
            "LICENSE",
            "NOTICE",
            "THIRD-PARTY.txt",
            "bin/readiness.cmd",
            "lib/classes.lst",
            "share/man/man1/readiness-report.1",
            "share/bash-completion/completions/readiness")) {
      assertThat(home.resolve(f)).as(f).isRegularFile();
    }
    assertThat(Files.readString(home.resolve("bin/readiness.cmd")))
        .contains("set \"RD_VERSION=0.1.0\"\r\n");

    Path err = dir.resolve("err.txt");
    Process version = run(home, Map.of(), err, "--version");
    assertThat(version.exitValue()).isZero();
    assertThat(Files.readString(dir.resolve("out.txt"))).isEqualTo("readiness 0.1.0\n");
    assertThat(Files.readString(err))
        .isEqualTo(
            "readiness: first run: preparing a faster start for this computer"
                + " (once, a few seconds)\n");
    assertThat(home.resolve("lib/readiness.jsa")).isRegularFile();

    // the second run uses the archive without a word; a terminal's TERM and a redirected stderr: no
    // bar frames
    Path sample = Path.of("samples", "priya-raman.xlsx").toAbsolutePath();
    Process report =
        run(
            home,
            Map.of("TERM", "xterm-256color", "COLUMNS", "50"),
            err,
            "report",
            sample.toString(),
            "-o",
            "out",
            "--format",
            "json,pdf",
            "--threads",
            "1");
    assertThat(report.exitValue()).as(Files.readString(err)).isZero();
    assertThat(Files.readString(err)).isEmpty();
    assertThat(Files.readString(dir.resolve("out.txt")))
        .endsWith("1 workbook read, 1 report made\n");
    try (Stream<Path> s = Files.list(dir.resolve("out"))) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly(
              "priya-raman-c-1001-2026-11-02.json", "priya-raman-c-1001-2026-11-02.pdf");
    }
  }

  @Test
  void withNoJavaItSaysWhichToInstall() throws Exception {
    Process unzip =
        new ProcessBuilder("unzip", "-q", ZIP.toString(), "-d", dir.resolve("app").toString())
            .inheritIO()
            .start();
    assertThat(unzip.waitFor(60, TimeUnit.SECONDS)).isTrue();
    ProcessBuilder pb =
        new ProcessBuilder(dir.resolve("app/readiness-0.1.0/bin/readiness").toString(), "--version")
            .redirectErrorStream(true);
    pb.environment().clear();
    pb.environment().put("PATH", dir.toString());
    Process p = pb.start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo(
            "readiness: no Java"
                + " found; install Java 17 or newer (for example Eclipse Temurin from https://adoptium.net, or your system's"
                + " openjdk-17-jre package) or set JAVA_HOME to its folder\n");
    assertThat(p.exitValue()).isEqualTo(1);
  }
}
