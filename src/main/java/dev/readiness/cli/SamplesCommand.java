package dev.readiness.cli;

import dev.readiness.assessment.Samples;
import dev.readiness.io.AtomicFiles;
import dev.readiness.io.WriteFailure;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.text.Lists;
import dev.readiness.text.Visible;
import dev.readiness.workbook.TemplateValues;
import dev.readiness.workbook.TemplateWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/** {@code readiness samples}: writes the example workbooks. */
final class SamplesCommand {
  /**
   * @param force whether workbooks already in the folder (perhaps edited) may be replaced
   */
  record Options(Path output, boolean force) {}

  private final PrintStream out;
  private final PrintStream err;

  SamplesCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(Options o) {
    OutputFolder.check(o.output(), "the samples");
    Rubric rubric = RubricLoader.embedded();
    TemplateWriter writer = new TemplateWriter(rubric);
    List<Samples.Sample> samples = new Samples(rubric).everything();
    List<String> existing =
        samples.stream()
            .map(s -> o.output().resolve(s.fileName()))
            .filter(p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS))
            .map(Path::toString)
            .toList();
    if (!existing.isEmpty() && !o.force()) {
      throw new UsageException(
          existing.size()
              + (existing.size() == 1
                  ? " sample workbook already exists ("
                  : " sample workbooks already exist (")
              + Lists.firstOf(existing, 1, ", ")
              + ") and may have been edited; choose another folder with -o, or pass --force to replace them");
    }
    String current = o.output().toString();
    AtomicFiles.Batch batch = new AtomicFiles.Batch();
    try (batch) {
      for (Samples.Sample s : samples) {
        Path target = o.output().resolve(s.fileName());
        current = target.toString();
        batch.add(target, stream -> writer.writeTo(TemplateValues.of(s.assessment()), stream));
      }
      batch.commit().forEach(p -> out.println(Visible.of("wrote " + p)));
      return Main.OK;
    } catch (IOException | RuntimeException e) {
      err.println(
          Visible.of(
              "readiness: "
                  + WriteFailure.message(current, e)
                  + "; "
                  + batch.written("the samples")));
      return Main.BAD_DATA;
    }
  }
}
