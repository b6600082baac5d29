package dev.readiness.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A program a test needs from the machine (soffice, pdftoppm, qpdf). When it is missing the test
 * fails under CI (where .ci/run installs it) and elsewhere is skipped with a loud line on stderr,
 * never passing silently.
 */
public final class ExternalTool {
  private ExternalTool() {}

  public static Path require(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, program);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    String message =
        "'" + program + "' is not installed; install it (see .ci/run) to run this test";
    if (System.getenv("CI") != null) {
      fail(message);
    }
    System.err.println("SKIPPED: " + message);
    Assumptions.abort(message);
    return null;
  }

  /** Runs the command, waiting up to the timeout; fails the test when it does not exit 0. */
  public static String run(List<String> command, Path workDir, long timeoutSeconds)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("tool", ".log");
    ProcessBuilder pb =
        new ProcessBuilder(new ArrayList<>(command))
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Process p = pb.start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail(command + " did not finish in " + timeoutSeconds + " s");
    }
    String output = Files.readString(log);
    Files.deleteIfExists(log);
    if (p.exitValue() != 0) {
      fail(command + " exited " + p.exitValue() + ": " + output);
    }
    return output;
  }
}
