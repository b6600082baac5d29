package dev.readiness.cli;

import dev.readiness.assessment.Problem;
import dev.readiness.json.JsonReport;
import dev.readiness.pdf.PdfReport;
import dev.readiness.report.ReportOptions;
import dev.readiness.report.ReportRunner;
import dev.readiness.rubric.Rubric;
import dev.readiness.workbook.WorkbookReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code readiness report}: scores, plans and writes one report per candidate. */
final class ReportCommand {
  record Options(ReportOptions report, Path rubric) {}

  private final PrintStream out;
  private final PrintStream err;

  ReportCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Start-up is most of a single report's time: while this thread loads the rubric, a second one loads the
   * workbook and PDF classes and fonts, so a one-file run uses both cores.
   */
  private static Thread warmUp(ReportOptions options) {
    Thread t = new Thread(() -> {
      WorkbookReader.warmUp();
      if (options.formats().contains(ReportOptions.Format.PDF)) {
        PdfReport.warmUp();
      }
    }, "readiness-warm-up");
    t.setDaemon(true);
    t.start();
    return t;
  }

  int run(Options o) throws InterruptedException {
    ReportOptions options = o.report();
    Thread warmUp = warmUp(options);
    Optional<Rubric> rubric = RubricOption.load(o.rubric(), err);
    if (rubric.isEmpty()) {
      return Main.BAD_DATA;
    }
    if (options.role() != null && !rubric.get().hasRole(options.role())) {
      throw new UsageException("--role \"" + options.role() + "\" is not a role of the rubric; expected one of "
          + rubric.get().roleIds());
    }
    if (options.hours() != null && !(options.hours() > 0 && options.hours() <= 80)) {
      throw new UsageException("--hours " + options.hours() + " is impossible; give the study hours per week, above 0"
          + " and at most 80");
    }
    if (options.weeks() != null && (options.weeks() < 1 || options.weeks() > 260)) {
      throw new UsageException("--weeks " + options.weeks() + " is impossible; give a number of weeks from 1 to 260");
    }
    try {
      ReportRunner.prepareOutput(options.outputDir());
    } catch (IOException e) {
      err.println("readiness: cannot create the output folder " + options.outputDir() + ": " + e.getMessage());
      return Main.BAD_DATA;
    }
    Map<ReportOptions.Format, dev.readiness.report.Renderer> renderers = new EnumMap<>(ReportOptions.Format.class);
    renderers.put(ReportOptions.Format.JSON, (report, stream) -> {
      stream.write(JsonReport.render(report));
      return List.of();
    });
    PdfReport pdf = new PdfReport(options.paper());
    renderers.put(ReportOptions.Format.PDF, pdf::render);
    ReportRunner.Outcome outcome = new ReportRunner(rubric.get(), renderers,
        dev.readiness.report.ProgressListener.NONE).run(options);
    if (outcome.filesRead() == 0) {
      throw new UsageException("no .xlsx or .xls files in " + options.inputs());
    }
    outcome.written().forEach(p -> out.println("wrote " + p));
    outcome.problems().forEach(err::println);
    out.println(ValidateCommand.plural(outcome.filesRead(), "workbook") + " read, "
        + ValidateCommand.plural(outcome.reports().size(), "report") + " made"
        + (outcome.failedFiles().isEmpty() ? "" : ", " + ValidateCommand.plural(outcome.failedFiles().size(),
            "file") + " failed (listed above)")
        + (outcome.warnings() == 0 ? "" : "; " + ValidateCommand.plural(outcome.warnings(), "warning")
            + ": run 'readiness validate' to see them"));
    return outcome.problems().stream().anyMatch(Problem::isError) ? Main.BAD_DATA : Main.OK;
  }
}
