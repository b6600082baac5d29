package dev.readiness.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.workbook.TestWorkbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch stopped half-way (as by Ctrl-C or kill) leaves no half-written file behind. */
@Tag("distribution")
class InterruptIT {
  @TempDir Path dir;

  @Test
  void anInterruptedRunLeavesNoPartialFile() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < 150; i++) {
      TestWorkbooks.write(
          in, "c" + i + ".xlsx", TestWorkbooks.as("Candidate " + i, "K-" + i), wb -> {});
    }
    Path out = dir.resolve("out");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of("target", "readiness.jar").toAbsolutePath().toString(),
                "report",
                in.toString(),
                "-o",
                out.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("log.txt").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && countPdfs(out) < 5) {
      Thread.sleep(20);
    }
    assertThat(countPdfs(out)).as("the run got going").isGreaterThanOrEqualTo(5);
    p.destroy();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(500);
    List<Path> files;
    try (Stream<Path> s = Files.list(out)) {
      files = s.toList();
    }
    assertThat(files).noneMatch(f -> f.getFileName().toString().endsWith(".part"));
    assertThat(files.size()).as("stopped before the end").isLessThan(150);
    for (Path f : files) {
      byte[] b = Files.readAllBytes(f);
      String tail = new String(b, Math.max(0, b.length - 8), Math.min(8, b.length), "ISO-8859-1");
      assertThat(tail).as(f.toString()).contains("%%EOF");
    }
  }

  private static long countPdfs(Path out) throws Exception {
    if (!Files.isDirectory(out)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(out)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".pdf")).count();
    }
  }
}
