package dev.readiness.cli;

import dev.readiness.assessment.Assessment;
import dev.readiness.calibration.Calibrator;
import dev.readiness.io.Inputs;
import dev.readiness.plan.PlanInputsResolver;
import dev.readiness.problem.Problem;
import dev.readiness.report.ReportBuilder;
import dev.readiness.rubric.Rubric;
import dev.readiness.assessment.ReadResult;
import dev.readiness.text.Visible;
import dev.readiness.workbook.WorkbookReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
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
    List<ReadResult> read = files.stream().map(reader::read).toList();
    List<Problem> together = together(read);
    int bad = 0;
    long errors = 0;
    long warnings = 0;
    for (ReadResult r : read) {
      r.problems().forEach(out::println);
      // what would stop `readiness report` (as run without --weeks or --hours) is an error here too
      List<Problem> stops = new ArrayList<>(r.assessment().map(a -> PlanInputsResolver.resolve(a, null, null)
          .problems()).orElse(List.of()));
      together.stream().filter(p -> p.file().equals(r.file())).forEach(stops::add);
      stops.forEach(out::println);
      if (r.hasErrors() || !stops.isEmpty()) {
        bad++;
      } else {
        out.println(Visible.of(r.file() + ": ok" + (r.warningCount() == 0 ? "" : " (" + plural(r.warningCount(),
            "warning") + ")")));
      }
      errors += r.errorCount() + stops.size();
      warnings += r.warningCount();
    }
    out.println(plural(files.size(), "file") + " checked: " + (files.size() - bad) + " valid, " + bad
        + " with errors (" + plural(errors, "error") + ", " + plural(warnings, "warning") + ")");
    return bad == 0 ? Main.OK : Main.BAD_DATA;
  }

  /**
   * What stops a report and is seen only across files: two workbooks of one candidate's latest date from the same
   * rater, or two self-assessments (report groups the files as here).
   */
  private static List<Problem> together(List<ReadResult> read) {
    List<Assessment> valid = read.stream().flatMap(r -> r.assessment().stream()).toList();
    List<Problem> out = new ArrayList<>();
    for (ReportBuilder.History h : ReportBuilder.group(valid)) {
      if (h.latest().getValue().size() > 1) {
        out.addAll(Calibrator.refusals(h.latest().getValue()));
      }
    }
    return out;
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
