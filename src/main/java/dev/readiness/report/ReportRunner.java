package dev.readiness.report;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.AssessmentReader;
import dev.readiness.assessment.ReadResult;
import dev.readiness.io.AtomicFiles;
import dev.readiness.io.Inputs;
import dev.readiness.io.WriteFailure;
import dev.readiness.problem.Location;
import dev.readiness.problem.Problem;
import dev.readiness.rubric.Rubric;
import java.io.IOException;
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
 * Runs {@code readiness report}: reads every workbook, builds one report per candidate and writes
 * each requested format, all on a pool of threads. One bad file never stops the others; every
 * failure is in the outcome.
 */
public final class ReportRunner {
  private final Rubric rubric;
  private final AssessmentReader reader;
  private final Map<ReportOptions.Format, Renderer> renderers;
  private final ProgressListener progress;

  public ReportRunner(
      Rubric rubric,
      AssessmentReader reader,
      Map<ReportOptions.Format, Renderer> renderers,
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
  public record Outcome(
      int filesRead,
      List<String> failedFiles,
      int candidates,
      TeamSummary summary,
      List<Path> written,
      List<Problem> problems,
      long warnings) {
    /**
     * A run over more than one candidate, or a batch with a failure, gets a team summary; a run in
     * which no workbook could be read has nothing to summarise.
     */
    public boolean wantsSummary() {
      return candidates > 1 || (candidates > 0 && filesRead > 1 && !failedFiles.isEmpty());
    }

    public int reports() {
      return summary.rows().size();
    }
  }

  public Outcome run(ReportOptions options) throws InterruptedException {
    List<Problem> problems = new ArrayList<>();
    List<Path> files = Inputs.expandNoting(options.inputs(), problems::add);
    ExecutorService pool = workers(options.threads());
    try {
      progress.started(files.size());
      Reads reads = Reads.of(parallel(pool, files, this::readOne));
      problems.addAll(reads.errors());
      List<String> failed = new ArrayList<>(reads.failed());
      ReportBuilder builder = new ReportBuilder(rubric);
      List<ReportBuilder.History> histories = ReportBuilder.group(reads.assessments());
      progress.planned(histories.size());
      LeniencyPool leniency = pool(builder, pool, reads.assessments(), options, problems);
      List<Written> results = writeAll(pool, builder, histories, options, files, leniency);
      List<TeamSummary.Row> rows = new ArrayList<>();
      List<Path> written = new ArrayList<>();
      for (Written w : results) {
        if (w.row() != null) {
          rows.add(w.row());
        }
        written.addAll(w.paths());
        problems.addAll(w.problems());
        addFailedFiles(w.problems(), failed);
      }
      sortForSummary(rows);
      return new Outcome(
          files.size(),
          failed,
          histories.size(),
          TeamSummary.of(rubric, rows, failures(failed, problems)),
          written,
          problems,
          reads.warnings());
    } finally {
      pool.shutdownNow();
      progress.finished();
    }
  }

  /** Reads one workbook and tells the progress listener. */
  private ReadResult readOne(Path file) {
    ReadResult r = reader.read(file);
    progress.read(file, r.problems());
    return r;
  }

  /**
   * What reading the workbooks gave: the usable assessments with their warnings counted, and the
   * files that could not be used with their errors.
   */
  private record Reads(
      List<Assessment> assessments, long warnings, List<String> failed, List<Problem> errors) {
    static Reads of(List<ReadResult> read) {
      List<Assessment> assessments = new ArrayList<>();
      long warnings = 0;
      List<String> failed = new ArrayList<>();
      List<Problem> errors = new ArrayList<>();
      for (ReadResult r : read) {
        if (r.assessment().isPresent()) {
          assessments.add(r.assessment().get());
          warnings += r.warningCount();
        } else {
          failed.add(r.file());
          r.problems().stream().filter(Problem::isError).forEach(errors::add);
        }
      }
      return new Reads(assessments, warnings, failed, errors);
    }
  }

  /**
   * Writes every candidate's report on the pool, each under a file name of its own and never over
   * one of the workbooks read.
   */
  private List<Written> writeAll(
      ExecutorService pool,
      ReportBuilder builder,
      List<ReportBuilder.History> histories,
      ReportOptions options,
      List<Path> files,
      LeniencyPool leniency)
      throws InterruptedException {
    Set<Path> inputs = new HashSet<>();
    files.forEach(f -> inputs.add(f.toAbsolutePath().normalize()));
    Map<String, String> names = FileNames.unique(histories);
    return parallel(
        pool, histories, h -> writeOne(builder, h, options, inputs, leniency, names.get(h.key())));
  }

  /** Each file an error of a candidate's report names joins the failed files, once. */
  private static void addFailedFiles(List<Problem> reportProblems, List<String> failed) {
    reportProblems.stream()
        .filter(Problem::isError)
        .map(Problem::file)
        .distinct()
        .filter(f -> !failed.contains(f))
        .forEach(failed::add);
  }

  /** The run's worker threads: daemons, so a run cut short never keeps the tool alive. */
  private static ExecutorService workers(int threads) {
    return Executors.newFixedThreadPool(
        Math.max(1, threads),
        r -> {
          Thread t = new Thread(r, "readiness-worker");
          t.setDaemon(true);
          return t;
        });
  }

  /** The team summary's order: by target role as the rubric lists them, then by name and ID. */
  private void sortForSummary(List<TeamSummary.Row> rows) {
    List<String> roleOrder = rubric.roles().stream().map(dev.readiness.rubric.Role::id).toList();
    rows.sort(
        java.util.Comparator.comparingInt((TeamSummary.Row r) -> roleOrder.indexOf(r.targetRole()))
            .thenComparing(r -> r.candidate().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(r -> r.candidateId() == null ? "" : r.candidateId()));
  }

  /** Each failed file with the first error said of it, for the summary's list of files left out. */
  private static List<TeamSummary.Failure> failures(List<String> failed, List<Problem> problems) {
    List<TeamSummary.Failure> failures = new ArrayList<>();
    for (String f : failed) {
      String reason =
          problems.stream()
              .filter(p -> p.isError() && p.file().equals(f))
              .map(Problem::placedMessage)
              .findFirst()
              .orElse("failed");
      failures.add(new TeamSummary.Failure(f, reason));
    }
    return failures;
  }

  /**
   * The leniency pool: the run's panels, and with --panel-history every panel in that folder too (a
   * rater's workbook for a candidate and date found in both counts once, the run's; one that cannot
   * be read there is a warning, since the reports do not need it).
   */
  private LeniencyPool pool(
      ReportBuilder builder,
      ExecutorService pool,
      List<Assessment> run,
      ReportOptions options,
      List<Problem> problems)
      throws InterruptedException {
    if (options.panelHistory() == null) {
      return builder.leniency(ReportBuilder.group(run));
    }
    Set<String> seen = new HashSet<>();
    run.forEach(a -> seen.add(poolKey(a)));
    List<Assessment> all = new ArrayList<>(run);
    for (ReadResult r :
        parallel(pool, Inputs.expand(List.of(options.panelHistory())), reader::read)) {
      if (r.assessment().isPresent()) {
        if (seen.add(poolKey(r.assessment().get()))) {
          all.add(r.assessment().get());
        }
      } else {
        problems.add(
            Problem.warning(
                r.file(),
                Location.FILE,
                "cannot be read, so it is left out of the raters' leniency: "
                    + r.problems().stream()
                        .filter(Problem::isError)
                        .map(Problem::message)
                        .findFirst()
                        .orElse("unreadable")));
      }
    }
    return builder.leniency(ReportBuilder.group(all), "this run and " + options.panelHistory());
  }

  /** One rater's assessment of one candidate on one date. */
  private static String poolKey(Assessment a) {
    return a.candidate().key()
        + "|"
        + a.date()
        + "|"
        + dev.readiness.calibration.Calibrator.raterKey(a.rater());
  }

  /** What writing one candidate's report gave: its summary row (the report itself is not kept). */
  private record Written(TeamSummary.Row row, List<Path> paths, List<Problem> problems) {}

  /**
   * Everything of one candidate, from its file name to the last byte written, fails alone: a
   * failure is one error naming the workbook, and the rest of the batch goes on.
   */
  private Written writeOne(
      ReportBuilder builder,
      ReportBuilder.History h,
      ReportOptions options,
      Set<Path> inputs,
      LeniencyPool leniency,
      String baseName) {
    List<Problem> problems = new ArrayList<>();
    String source = h.latest().getValue().get(0).source();
    try {
      ReportBuilder.Result result = builder.buildOne(h, options, leniency);
      problems.addAll(result.problems());
      if (result.report() == null) {
        return new Written(null, List.of(), problems);
      }
      List<Path> paths = write(result.report(), baseName, options, inputs, source, problems);
      // a report counts as made only once every file asked for is in place
      return new Written(
          paths.isEmpty() ? null : TeamSummary.rowOf(result.report()), paths, problems);
    } catch (RuntimeException e) {
      problems.add(
          Problem.error(
              source, Location.FILE, "cannot make the report: " + WriteFailure.reason(e)));
      return new Written(null, List.of(), problems);
    } finally {
      progress.reported(h);
    }
  }

  /**
   * Writes every format asked for to its temporary file, and moves them into place only when all
   * are written: a candidate's set is whole or absent. Returns the files in place (none on a
   * failure, which is in problems).
   */
  private List<Path> write(
      CandidateReport report,
      String baseName,
      ReportOptions options,
      Set<Path> inputs,
      String source,
      List<Problem> problems) {
    String current = options.outputDir() + java.io.File.separator + baseName;
    List<Problem> warnings = new ArrayList<>();
    AtomicFiles.Batch batch = new AtomicFiles.Batch();
    try (batch) {
      for (ReportOptions.Format format : ReportOptions.Format.values()) {
        if (!options.formats().contains(format)) {
          continue;
        }
        current =
            options.outputDir()
                + java.io.File.separator
                + baseName
                + options.audience().fileSuffix()
                + "."
                + format.extension();
        Path target =
            options
                .outputDir()
                .resolve(baseName + options.audience().fileSuffix() + "." + format.extension());
        if (inputs.contains(target.toAbsolutePath().normalize())) {
          problems.add(
              Problem.error(
                  target.toString(),
                  Location.FILE,
                  "this report would overwrite an input workbook; choose"
                      + " another output folder with -o"));
          return List.of();
        }
        batch.add(
            target,
            out ->
                renderers
                    .get(format)
                    .render(report, out)
                    .forEach(
                        w -> warnings.add(Problem.warning(target.toString(), Location.FILE, w))));
      }
      List<Path> paths = batch.commit();
      problems.addAll(warnings);
      return paths;
    } catch (IOException | RuntimeException e) {
      problems.add(
          Problem.error(
              source,
              Location.FILE,
              WriteFailure.message(current, e) + "; " + batch.written("this report")));
      return List.of();
    }
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

  /**
   * Clears what a killed run left in the output folder. The folder itself is made with the first
   * file written, so a run that reads no workbook leaves nothing behind.
   */
  public static void prepareOutput(Path dir) throws IOException {
    AtomicFiles.removeStale(dir);
  }
}
