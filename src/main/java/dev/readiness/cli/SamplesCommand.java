package dev.readiness.cli;

import dev.readiness.rubric.RubricLoader;
import dev.readiness.workbook.Samples;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** {@code readiness samples}: writes the example workbooks. */
final class SamplesCommand {
  record Options(Path output) {}

  private final PrintStream out;
  private final PrintStream err;

  SamplesCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(Options o) {
    try {
      for (Path p : new Samples(RubricLoader.embedded()).writeAll(o.output())) {
        out.println("wrote " + p);
      }
      return Main.OK;
    } catch (IOException e) {
      err.println("readiness: cannot write the samples into " + o.output() + ": " + e.getMessage());
      return Main.BAD_DATA;
    }
  }
}
