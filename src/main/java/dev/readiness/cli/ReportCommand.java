package dev.readiness.cli;

import dev.readiness.calendar.IcsCalendar;
import dev.readiness.io.AtomicFiles;
import dev.readiness.io.Inputs;
import dev.readiness.io.WriteFailure;
import dev.readiness.json.JsonReport;
import dev.readiness.json.SummaryJson;
import dev.readiness.pdf.PdfReport;
import dev.readiness.pdf.SummaryPdf;
import dev.readiness.plan.PlanLimits;
import dev.readiness.plan.StudySessions;
import dev.readiness.problem.Location;
import dev.readiness.problem.Problem;
import dev.readiness.report.ProgressListener;
import dev.readiness.report.ReportOptions;
import dev.readiness.report.ReportRunner;
import dev.readiness.report.SummaryCsv;
import dev.readiness.report.TeamSummary;
import dev.readiness.rubric.Rubric;
import dev.readiness.text.Limits;
import dev.readiness.text.Numbers;
import dev.readiness.text.Plural;
import dev.readiness.text.Visible;
import dev.readiness.workbook.WorkbookReader;
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
   * The report run, the rubric file (or null), and where and when the calendar puts the study
   * sessions (the zone is null when neither a calendar nor --time-zone is asked for).
   */
  record Options(ReportOptions report, Path rubric, StudySessions.Schedule schedule, ZoneId zone) {}

  private final PrintStream out;
  private final PrintStream err;
  private final VerbosityOption.Verbosity verbosity;

  ReportCommand(PrintStream out, PrintStream err, VerbosityOption.Verbosity verbosity) {
    this.out = out;
    this.err = err;
    this.verbosity = verbosity;
  }

  /**
   * summary.csv, summary.json and summary.pdf in the output folder, all three moved into place
   * together; on a failure, none of them (a previous run's are removed too, so the folder never
   * mixes two runs' summaries).
   *
   * @param problems gets the summary PDF's warnings, printed with the run's other problems
   * @return whether the summary was written
   */
  private boolean writeSummary(
      TeamSummary summary,
      ReportOptions options,
      Rubric rubric,
      List<Path> written,
      List<Problem> problems) {
    Path dir = options.outputDir();
    List<String> names = List.of("summary.csv", "summary.json", "summary.pdf");
    String current = dir.resolve(names.get(0)).toString();
    List<String> warnings = new ArrayList<>();
    AtomicFiles.Batch batch = new AtomicFiles.Batch();
    try (batch) {
      batch.add(dir.resolve(names.get(0)), stream -> stream.write(SummaryCsv.render(summary)));
      current = dir.resolve(names.get(1)).toString();
      batch.add(dir.resolve(names.get(1)), stream -> stream.write(SummaryJson.render(summary)));
      current = dir.resolve(names.get(2)).toString();
      SummaryPdf pdf = new SummaryPdf(rubric, options.paper());
      batch.add(dir.resolve(names.get(2)), stream -> warnings.addAll(pdf.render(summary, stream)));
      written.addAll(batch.commit());
      warnings.forEach(
          w ->
              problems.add(
                  Problem.warning(dir.resolve(names.get(2)).toString(), Location.FILE, w)));
      return true;
    } catch (IOException | RuntimeException e) {
      List<String> removed = new ArrayList<>();
      for (String name : names) {
        try {
          if (Files.deleteIfExists(dir.resolve(name))) {
            removed.add(name);
          }
        } catch (IOException | RuntimeException gone) {
          // it stays; the message below says the summary failed
        }
      }
      err.println(
          Visible.of(
              "readiness: "
                  + WriteFailure.message(current, e)
                  + "; the team summary was not"
                  + " written"
                  + (removed.isEmpty()
                      ? ""
                      : " ("
                          + String.join(", ", removed)
                          + " removed, so that no"
                          + " partial or older summary is left beside the reports)")));
      return false;
    }
  }

  /**
   * --verbose names each file read; a bar only when a person watches stderr (see
   * TerminalProgress.allowed).
   */
  private ProgressListener progress() {
    Map<String, String> env = System.getenv();
    return switch (verbosity) {
      case QUIET -> ProgressListener.NONE;
      case VERBOSE -> new VerboseProgress(err);
      case NORMAL ->
          TerminalProgress.allowed(env)
              ? new TerminalProgress(err, TerminalProgress.columns(env), System::nanoTime)
              : ProgressListener.NONE;
    };
  }

  /**
   * The role, hours and weeks given on the command line, checked against the rubric and the plan's
   * limits.
   */
  private static void checkPlanOptions(ReportOptions options, Rubric rubric) {
    if (options.role() != null && !rubric.hasRole(options.role())) {
      throw new UsageException(
          "--role \""
              + options.role()
              + "\" is not a role of the rubric; expected one of "
              + rubric.roleIds());
    }
    if (options.hours() != null && !PlanLimits.hoursOk(options.hours())) {
      throw new UsageException(
          "--hours "
              + Numbers.hours(options.hours())
              + " is impossible; give the study hours"
              + " per week, "
              + PlanLimits.hoursRange());
    }
    if (options.weeks() != null && !PlanLimits.weeksOk(options.weeks())) {
      throw new UsageException(
          "--weeks "
              + options.weeks()
              + " is impossible; give a number of weeks "
              + PlanLimits.weeksRange());
    }
  }

  /** The renderer of each format: JSON always, PDF and calendar only when asked for. */
  private static Map<ReportOptions.Format, dev.readiness.report.Renderer> renderers(Options o) {
    ReportOptions options = o.report();
    Map<ReportOptions.Format, dev.readiness.report.Renderer> renderers =
        new EnumMap<>(ReportOptions.Format.class);
    renderers.put(
        ReportOptions.Format.JSON,
        (report, stream) -> {
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
    return renderers;
  }

  int run(Options o) throws InterruptedException {
    ReportOptions options = o.report();
    Optional<Rubric> rubric = RubricOption.load(o.rubric(), err);
    if (rubric.isEmpty()) {
      return Main.BAD_DATA;
    }
    checkPlanOptions(options, rubric.get());
    OutputFolder.check(options.outputDir(), "the reports");
    if (Inputs.expand(options.inputs()).isEmpty()) {
      // before the output folder is made: a run with nothing to read leaves nothing behind
      throw new UsageException(
          "no .xlsx, .xls or .ods files in " + CommaList.join(options.inputs()));
    }
    if (!clearLeftovers(options.outputDir())) {
      return Main.BAD_DATA;
    }
    Map<ReportOptions.Format, dev.readiness.report.Renderer> renderers = renderers(o);
    ProgressListener progress = progress();
    // a long list of files written is collapsed into a count only under a bar, for a person
    // watching
    boolean terminal = progress instanceof TerminalProgress;
    ReportRunner.Outcome outcome =
        new ReportRunner(rubric.get(), new WorkbookReader(rubric.get()), renderers, progress)
            .run(options);
    if (outcome.filesRead() == 0) {
      throw new UsageException(
          "no .xlsx, .xls or .ods files in " + CommaList.join(options.inputs()));
    }
    List<Path> written = new ArrayList<>(outcome.written());
    List<Problem> problems = new ArrayList<>(outcome.problems());
    boolean summaryFailed =
        outcome.wantsSummary()
            && !writeSummary(outcome.summary(), options, rubric.get(), written, problems);
    boolean quiet = verbosity == VerbosityOption.Verbosity.QUIET;
    int code =
        summaryFailed || problems.stream().anyMatch(Problem::isError) ? Main.BAD_DATA : Main.OK;
    // the problems first, then what was written and the count: the last lines on the screen say
    // where to look
    problems.stream().filter(p -> !quiet || p.isError()).forEach(err::println);
    if (quiet) {
      return code;
    }
    if (!terminal || written.size() <= Limits.LISTED_FILES) {
      written.forEach(p -> out.println(Visible.of("wrote " + p)));
    }
    out.println(Visible.of(tally(outcome, written.size(), terminal, options.outputDir())));
    return code;
  }

  /** The files a killed run left are cleared first; false (and said why) when they cannot be. */
  private boolean clearLeftovers(Path dir) {
    try {
      ReportRunner.prepareOutput(dir);
      return true;
    } catch (IOException e) {
      err.println(
          Visible.of(
              "readiness: cannot clear the files a killed run left in "
                  + dir
                  + ": "
                  + WriteFailure.reason(e)));
      return false;
    }
  }

  /**
   * The run's last line: workbooks read, reports made, failures and warnings; the files written are
   * counted here only when a bar stands in for their list.
   */
  private String tally(ReportRunner.Outcome outcome, int files, boolean terminal, Path dir) {
    return Plural.count(outcome.filesRead(), "workbook")
        + " read, "
        + Plural.count(outcome.reports(), "report")
        + " made"
        + (files > Limits.LISTED_FILES && terminal ? " (" + files + " files in " + dir + ")" : "")
        + (outcome.failedFiles().isEmpty()
            ? ""
            : ", " + Plural.count(outcome.failedFiles().size(), "file") + " failed (listed above)")
        + (outcome.warnings() == 0
            ? ""
            : "; "
                + Plural.count(outcome.warnings(), "warning")
                + (verbosity == VerbosityOption.Verbosity.VERBOSE
                    ? " (listed above)"
                    : " (--verbose lists "
                        + Plural.them(outcome.warnings())
                        + ", as does 'readiness validate')"));
  }
}
