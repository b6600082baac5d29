package dev.readiness.report;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.AssessmentReader;
import dev.readiness.problem.Problem;
import dev.readiness.io.AtomicFiles;
import dev.readiness.io.Inputs;
import dev.readiness.rubric.Rubric;
import dev.readiness.assessment.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs {@code readiness report}: reads every workbook, builds one report per candidate and writes each requested
 * format, all on a pool of threads. One bad file never stops the others; every failure is in the outcome.
 */
public final class ReportRunner {
  private final Rubric rubric;
  private final AssessmentReader reader;
  private final Map<ReportOptions.Format, Renderer> renderers;
  private final ProgressListener progress;

  public ReportRunner(Rubric rubric, AssessmentReader reader, Map<ReportOptions.Format, Renderer> renderers,
      ProgressListener progress) {
    this.rubric = rubric;
    this.reader = reader;
    this.renderers = new EnumMap<>(renderers);
    this.progress = progress;
  }

  /**
   * What a run did.
   *
   * @param filesRead how many workbooks were read
   * @param failedFiles the workbooks that could not be used, with the reasons in problems
   */
  public record Outcome(int filesRead, List<String> failedFiles, int candidates, TeamSummary summary,
      List<Path> written, List<Problem> problems, long warnings) {
    /** A run over more than one candidate, or a batch with a failure, gets a team summary. */
    public boolean wantsSummary() {
      return candidates > 1 || (filesRead > 1 && !failedFiles.isEmpty());
    }

    public int reports() {
      return summary.rows().size();
    }
  }

  public Outcome run(ReportOptions options) throws InterruptedException {
    List<Problem> notes = new ArrayList<>();
    List<Path> files = Inputs.expandNoting(options.inputs(), notes::add);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()), r -> {
      Thread t = new Thread(r, "readiness-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      progress.started(files.size());
      List<ReadResult> read = parallel(pool, files, f -> {
        ReadResult r = reader.read(f);
        progress.read(f);
        return r;
      });
      List<Problem> problems = new ArrayList<>();
      problems.addAll(notes);
      List<String> failed = new ArrayList<>();
      List<Assessment> assessments = new ArrayList<>();
      long warnings = 0;
      for (ReadResult r : read) {
        if (r.assessment().isPresent()) {
          assessments.add(r.assessment().get());
          warnings += r.warningCount();
        } else {
          failed.add(r.file());
          r.problems().stream().filter(Problem::isError).forEach(problems::add);
        }
      }
      ReportBuilder builder = new ReportBuilder(rubric);
      List<ReportBuilder.History> histories = ReportBuilder.group(assessments);
      Set<Path> inputs = new HashSet<>();
      files.forEach(f -> inputs.add(f.toAbsolutePath().normalize()));
      LeniencyPool leniency = pool(builder, pool, assessments, options, problems);
      Map<String, String> names = FileNames.unique(histories);
      List<Written> results = parallel(pool, histories, h -> writeOne(builder, h, options, inputs, leniency,
          names.get(h.key())));
      List<TeamSummary.Row> rows = new ArrayList<>();
      List<Path> written = new ArrayList<>();
      for (Written w : results) {
        if (w.row() != null) {
          rows.add(w.row());
        }
        written.addAll(w.paths());
        problems.addAll(w.problems());
        w.problems().stream().filter(Problem::isError).map(Problem::file).distinct()
            .filter(f -> !failed.contains(f)).forEach(failed::add);
      }
      List<String> roleOrder = rubric.roles().stream().map(dev.readiness.rubric.Role::id).toList();
      rows.sort(java.util.Comparator.comparingInt((TeamSummary.Row r) -> roleOrder.indexOf(r.targetRole()))
          .thenComparing(r -> r.candidate().toLowerCase(java.util.Locale.ROOT))
          .thenComparing(r -> r.candidateId() == null ? "" : r.candidateId()));
      List<TeamSummary.Failure> failures = new ArrayList<>();
      for (String f : failed) {
        String reason = problems.stream().filter(p -> p.isError() && p.file().equals(f))
            .map(p -> (p.where().isEmpty() ? "" : p.where() + ": ") + p.message()).findFirst().orElse("failed");
        failures.add(new TeamSummary.Failure(f, reason));
      }
      List<String> partIds = rubric.parts().stream().map(dev.readiness.rubric.Part::id).toList();
      java.time.LocalDate asOf = rows.stream().map(TeamSummary.Row::date).max(java.util.Comparator.naturalOrder())
          .orElse(null);
      return new Outcome(files.size(), failed, histories.size(), new TeamSummary(rubric.id(), partIds, rows,
          failures, RuleBook.coverageLegend(rubric), asOf, RuleBook.thresholds(rubric)), written, problems,
          warnings);
    } finally {
      pool.shutdownNow();
      progress.finished();
    }
  }

  /**
   * The leniency pool: the run's panels, and with --panel-history every panel in that folder too (a rater's workbook
   * for a candidate and date found in both counts once, the run's; one that cannot be read there is a warning, since
   * the reports do not need it).
   */
  private LeniencyPool pool(ReportBuilder builder, ExecutorService pool, List<Assessment> run, ReportOptions options,
      List<Problem> problems) throws InterruptedException {
    if (options.panelHistory() == null) {
      return builder.leniency(ReportBuilder.group(run));
    }
    Set<String> seen = new HashSet<>();
    run.forEach(a -> seen.add(poolKey(a)));
    List<Assessment> all = new ArrayList<>(run);
    for (ReadResult r : parallel(pool, Inputs.expand(List.of(options.panelHistory())), reader::read)) {
      if (r.assessment().isPresent()) {
        if (seen.add(poolKey(r.assessment().get()))) {
          all.add(r.assessment().get());
        }
      } else {
        problems.add(Problem.warning(r.file(), "", "cannot be read, so it is left out of the raters' leniency: "
            + r.problems().stream().filter(Problem::isError).map(Problem::message).findFirst().orElse("unreadable")));
      }
    }
    return builder.leniency(ReportBuilder.group(all), "this run and " + options.panelHistory());
  }

  /** One rater's assessment of one candidate on one date. */
  private static String poolKey(Assessment a) {
    return a.candidate().key() + "|" + a.date() + "|" + dev.readiness.calibration.Calibrator.raterKey(a.rater());
  }

  /** What writing one candidate's report gave: its summary row (the report itself is not kept). */
  private record Written(TeamSummary.Row row, List<Path> paths, List<Problem> problems) {}

  private Written writeOne(ReportBuilder builder, ReportBuilder.History h, ReportOptions options, Set<Path> inputs,
      LeniencyPool leniency, String baseName) {
    ReportBuilder.Result result = builder.buildOne(h, options, leniency);
    List<Problem> problems = new ArrayList<>(result.problems());
    List<Path> paths = new ArrayList<>();
    CandidateReport report = result.report();
    if (report != null) {
      for (ReportOptions.Format format : ReportOptions.Format.values()) {
        if (!options.formats().contains(format)) {
          continue;
        }
        Path target = options.outputDir().resolve(baseName + options.audience().fileSuffix() + "."
            + format.extension());
        if (inputs.contains(target.toAbsolutePath().normalize())) {
          problems.add(Problem.error(target.toString(), "", "this report would overwrite an input workbook; choose"
              + " another output folder with -o"));
          continue;
        }
        try {
          List<String> warnings = new ArrayList<>();
          AtomicFiles.write(target, out -> warnings.addAll(renderers.get(format).render(report, out)));
          warnings.forEach(w -> problems.add(Problem.warning(target.toString(), "", w)));
          paths.add(target);
        } catch (IOException | RuntimeException e) {
          problems.add(Problem.error(report.sources().get(0), "", "cannot write " + target + ": " + e.getMessage()));
        }
      }
    }
    progress.reported(h);
    // a report counts as made only once every file asked for is in place
    boolean whole = report != null && paths.size() == options.formats().size();
    return new Written(whole ? TeamSummary.rowOf(report) : null, paths, problems);
  }

  private static <T, R> List<R> parallel(ExecutorService pool, List<T> items, Function<T, R> work)
      throws InterruptedException {
    List<Future<R>> futures = new ArrayList<>();
    for (T item : items) {
      futures.add(pool.submit(() -> work.apply(item)));
    }
    List<R> out = new ArrayList<>();
    for (Future<R> f : futures) {
      try {
        out.add(f.get());
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        throw new IllegalStateException(cause);
      }
    }
    return out;
  }

  /** Creates the output folder, failing early with a clear reason, and clears what a killed run left in it. */
  public static void prepareOutput(Path dir) throws IOException {
    Files.createDirectories(dir);
    AtomicFiles.removeStale(dir);
  }
}
