package dev.readiness.cli;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.ReadResult;
import dev.readiness.calibration.Calibrator;
import dev.readiness.io.Inputs;
import dev.readiness.json.ValidationJson;
import dev.readiness.plan.PlanInputsResolver;
import dev.readiness.problem.Problem;
import dev.readiness.report.ReportBuilder;
import dev.readiness.rubric.Rubric;
import dev.readiness.text.Plural;
import dev.readiness.text.Visible;
import dev.readiness.workbook.WorkbookReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code readiness validate}: lists every problem of every file, then a one-line summary; or, with
 * --format json, one JSON document on stdout with an object per workbook.
 */
final class ValidateCommand {
  record Options(List<Path> files, Path rubric, boolean json) {}

  private final PrintStream out;
  private final PrintStream err;
  private final VerbosityOption.Verbosity verbosity;

  ValidateCommand(PrintStream out, PrintStream err, VerbosityOption.Verbosity verbosity) {
    this.out = out;
    this.err = err;
    this.verbosity = verbosity;
  }

  int run(Options o) {
    Optional<Rubric> rubric = RubricOption.load(o.rubric(), err);
    if (rubric.isEmpty()) {
      return Main.BAD_DATA;
    }
    // the notes on skipped files go to stderr under --format json, so stdout stays one JSON
    // document
    List<Path> files = Inputs.expandNoting(o.files(), o.json() ? err::println : out::println);
    if (files.isEmpty()) {
      throw new UsageException("no .xlsx, .xls or .ods files in " + CommaList.join(o.files()));
    }
    WorkbookReader reader = new WorkbookReader(rubric.get());
    List<ReadResult> read = new ArrayList<>();
    for (Path f : files) {
      if (verbosity == VerbosityOption.Verbosity.VERBOSE) {
        err.println(Visible.of("read " + f));
      }
      read.add(reader.read(f));
    }
    List<Problem> together = together(read);
    List<ValidationJson.Workbook> checked = new ArrayList<>();
    for (ReadResult r : read) {
      List<Problem> problems = new ArrayList<>(r.problems());
      // what would stop `readiness report` (as run without --weeks or --hours) is an error here too
      List<Problem> stops =
          new ArrayList<>(
              r.assessment()
                  .map(a -> PlanInputsResolver.resolve(a, null, null).problems())
                  .orElse(List.of()));
      together.stream().filter(p -> p.file().equals(r.file())).forEach(stops::add);
      problems.addAll(stops);
      checked.add(
          new ValidationJson.Workbook(
              String.valueOf(r.file()), problems, r.errorCount() + stops.size(), r.warningCount()));
    }
    if (o.json()) {
      byte[] json = ValidationJson.render(checked);
      out.write(json, 0, json.length);
      out.flush();
    } else {
      printText(checked);
    }
    return checked.stream().allMatch(ValidationJson.Workbook::valid) ? Main.OK : Main.BAD_DATA;
  }

  private void printText(List<ValidationJson.Workbook> checked) {
    boolean quiet = verbosity == VerbosityOption.Verbosity.QUIET;
    long errors = 0;
    long warnings = 0;
    for (ValidationJson.Workbook w : checked) {
      w.problems().stream().filter(p -> !quiet || p.isError()).forEach(out::println);
      if (w.valid() && !quiet) {
        out.println(
            Visible.of(
                w.file()
                    + ": ok"
                    + (w.warnings() == 0
                        ? ""
                        : " (" + Plural.count(w.warnings(), "warning") + ")")));
      }
      errors += w.errors();
      warnings += w.warnings();
    }
    long bad = checked.stream().filter(w -> !w.valid()).count();
    if (!quiet) {
      out.println(
          Plural.count(checked.size(), "file")
              + " checked: "
              + (checked.size() - bad)
              + " valid, "
              + bad
              + " with errors ("
              + Plural.count(errors, "error")
              + ", "
              + Plural.count(warnings, "warning")
              + ")");
    }
  }

  /**
   * What stops a report and is seen only across files: two workbooks of one candidate's latest date
   * from the same rater, or two self-assessments (report groups the files as here).
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
}
