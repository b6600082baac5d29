package dev.readiness.cli;

import dev.readiness.problem.Problem;
import dev.readiness.io.AtomicFiles;
import dev.readiness.calendar.IcsCalendar;
import dev.readiness.io.Inputs;
import dev.readiness.json.JsonReport;
import dev.readiness.json.SummaryJson;
import dev.readiness.pdf.SummaryPdf;
import dev.readiness.text.Numbers;
import dev.readiness.report.ProgressListener;
import dev.readiness.report.SummaryCsv;
import dev.readiness.report.TeamSummary;
import dev.readiness.pdf.PdfReport;
import dev.readiness.plan.StudySessions;
import dev.readiness.plan.PlanLimits;
import dev.readiness.report.ReportOptions;
import dev.readiness.report.ReportRunner;
import dev.readiness.rubric.Rubric;
import dev.readiness.workbook.WorkbookReader;
import dev.readiness.text.Plural;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code readiness report}: scores, plans and writes one report per candidate. */
final class ReportCommand {
  /**
   * The report run, the rubric file (or null), and where and when the calendar puts the study sessions (the zone is
   * null when neither a calendar nor --time-zone is asked for).
   */
  record Options(ReportOptions report, Path rubric, StudySessions.Schedule schedule, ZoneId zone) {}

  private final PrintStream out;
  private final PrintStream err;

  ReportCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** summary.csv, summary.json and summary.pdf in the output folder. */
  private List<Path> writeSummary(TeamSummary summary, ReportOptions options, Rubric rubric) {
    List<Path> written = new ArrayList<>();
    Path dir = options.outputDir();
    try {
      AtomicFiles.write(dir.resolve("summary.csv"), SummaryCsv.render(summary));
      written.add(dir.resolve("summary.csv"));
      AtomicFiles.write(dir.resolve("summary.json"), SummaryJson.render(summary));
      written.add(dir.resolve("summary.json"));
      List<String> warnings = new ArrayList<>();
      SummaryPdf pdf = new SummaryPdf(rubric, options.paper());
      AtomicFiles.write(dir.resolve("summary.pdf"), stream -> warnings.addAll(pdf.render(summary, stream)));
      warnings.forEach(w -> err.println(dir.resolve("summary.pdf") + ": warning: " + w));
      written.add(dir.resolve("summary.pdf"));
    } catch (IOException e) {
      err.println("readiness: cannot write the summary into " + dir + ": " + e.getMessage());
    }
    return written;
  }

  /** A progress bar only when a person is watching; pipes and CI logs get plain lines. */
  private static boolean terminal() {
    return System.console() != null && System.getenv("CI") == null;
  }

  /** A -o that names a file, or a folder this user cannot write, is a command-line mistake: said before any work. */
  static void checkOutput(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UsageException(dir + " is a file, not a folder; give -o a folder for the reports");
    }
    Path existing = dir.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing != null && !Files.isWritable(existing)) {
      throw new UsageException(existing + ": permission denied; give -o a folder you can write to");
    }
  }

  int run(Options o) throws InterruptedException {
    ReportOptions options = o.report();
    Optional<Rubric> rubric = RubricOption.load(o.rubric(), err);
    if (rubric.isEmpty()) {
      return Main.BAD_DATA;
    }
    if (options.role() != null && !rubric.get().hasRole(options.role())) {
      throw new UsageException("--role \"" + options.role() + "\" is not a role of the rubric; expected one of "
          + rubric.get().roleIds());
    }
    if (options.hours() != null && !PlanLimits.hoursOk(options.hours())) {
      throw new UsageException("--hours " + Numbers.hours(options.hours()) + " is impossible; give the study hours"
          + " per week, " + PlanLimits.hoursRange());
    }
    if (options.weeks() != null && !PlanLimits.weeksOk(options.weeks())) {
      throw new UsageException("--weeks " + options.weeks() + " is impossible; give a number of weeks "
          + PlanLimits.weeksRange());
    }
    checkOutput(options.outputDir());
    if (Inputs.expand(options.inputs()).isEmpty()) {
      // before the output folder is made: a run with nothing to read leaves nothing behind
      throw new UsageException("no .xlsx, .xls or .ods files in " + options.inputs());
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
    if (options.formats().contains(ReportOptions.Format.PDF)) {
      // the fonts load with the renderer: a JSON-only run does without them
      renderers.put(ReportOptions.Format.PDF, new PdfReport(options.paper())::render);
    }
    if (options.formats().contains(ReportOptions.Format.ICS)) {
      renderers.put(ReportOptions.Format.ICS, new IcsCalendar(o.schedule(), o.zone())::render);
    }
    boolean terminal = terminal();
    ProgressListener progress = terminal ? new TerminalProgress(err) : ProgressListener.NONE;
    ReportRunner.Outcome outcome =
        new ReportRunner(rubric.get(), new WorkbookReader(rubric.get()), renderers, progress).run(options);
    if (outcome.filesRead() == 0) {
      throw new UsageException("no .xlsx, .xls or .ods files in " + options.inputs());
    }
    List<Path> written = new ArrayList<>(outcome.written());
    if (outcome.wantsSummary()) {
      written.addAll(writeSummary(outcome.summary(), options, rubric.get()));
    }
    if (!terminal || written.size() <= 20) {
      written.forEach(p -> out.println("wrote " + p));
    }
    outcome.problems().forEach(err::println);
    out.println(Plural.count(outcome.filesRead(), "workbook") + " read, "
        + Plural.count(outcome.reports(), "report") + " made"
        + (written.size() > 20 && terminal ? " (" + written.size() + " files in " + options.outputDir() + ")" : "")
        + (outcome.failedFiles().isEmpty() ? "" : ", " + Plural.count(outcome.failedFiles().size(),
            "file") + " failed (listed above)")
        + (outcome.warnings() == 0 ? "" : "; " + Plural.count(outcome.warnings(), "warning")
            + ": run 'readiness validate' to see them"));
    return outcome.problems().stream().anyMatch(Problem::isError) ? Main.BAD_DATA : Main.OK;
  }
}
