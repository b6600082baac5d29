package dev.readiness.cli;

import dev.readiness.io.Inputs;
import dev.readiness.plan.PlanInputsResolver;
import dev.readiness.problem.Problem;
import dev.readiness.rubric.Rubric;
import dev.readiness.assessment.ReadResult;
import dev.readiness.workbook.WorkbookReader;
import dev.readiness.text.Plural;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code readiness validate}: lists every problem of every file, then a one-line summary. */
final class ValidateCommand {
  record Options(List<Path> files, Path rubric) {}

  private final PrintStream out;
  private final PrintStream err;

  ValidateCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(Options o) {
    Optional<Rubric> rubric = RubricOption.load(o.rubric(), err);
    if (rubric.isEmpty()) {
      return Main.BAD_DATA;
    }
    List<Path> files = Inputs.expandNoting(o.files(), out::println);
    if (files.isEmpty()) {
      throw new UsageException("no .xlsx, .xls or .ods files in " + o.files());
    }
    WorkbookReader reader = new WorkbookReader(rubric.get());
    int bad = 0;
    long errors = 0;
    long warnings = 0;
    for (Path f : files) {
      ReadResult r = reader.read(f);
      r.problems().forEach(out::println);
      // what would stop `readiness report` (as run without --weeks or --hours) is an error here too
      List<Problem> plan = r.assessment().map(a -> PlanInputsResolver.resolve(a, null, null).problems())
          .orElse(List.of());
      plan.forEach(out::println);
      if (r.hasErrors() || !plan.isEmpty()) {
        bad++;
      } else {
        out.println(f + ": ok" + (r.warningCount() == 0 ? "" : " (" + Plural.count(r.warningCount(), "warning") + ")"));
      }
      errors += r.errorCount() + plan.size();
      warnings += r.warningCount();
    }
    out.println(Plural.count(files.size(), "file") + " checked: " + (files.size() - bad) + " valid, " + bad
        + " with errors (" + Plural.count(errors, "error") + ", " + Plural.count(warnings, "warning") + ")");
    return bad == 0 ? Main.OK : Main.BAD_DATA;
  }
}
