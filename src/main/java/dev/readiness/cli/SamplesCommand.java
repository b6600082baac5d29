package dev.readiness.cli;

import dev.readiness.assessment.Samples;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.workbook.TemplateValues;
import dev.readiness.workbook.TemplateWriter;
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
      Rubric rubric = RubricLoader.embedded();
      TemplateWriter writer = new TemplateWriter(rubric);
      for (Samples.Sample s : new Samples(rubric).everything()) {
        Path target = o.output().resolve(s.fileName());
        writer.write(TemplateValues.of(s.assessment()), target);
        out.println("wrote " + target);
      }
      return Main.OK;
    } catch (IOException e) {
      err.println("readiness: cannot write the samples into " + o.output() + ": " + e.getMessage());
      return Main.BAD_DATA;
    }
  }
}
