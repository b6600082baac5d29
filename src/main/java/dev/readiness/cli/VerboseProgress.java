package dev.readiness.cli;

import dev.readiness.problem.Problem;
import dev.readiness.report.ProgressListener;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * --verbose: each workbook on stderr as it is read, with each of its problems (warnings too) in
 * full.
 */
final class VerboseProgress implements ProgressListener {
  private final PrintStream err;

  VerboseProgress(PrintStream err) {
    this.err = err;
  }

  @Override
  public synchronized void read(Path file, List<Problem> problems) {
    err.println("read " + file);
    problems.forEach(err::println);
  }
}
