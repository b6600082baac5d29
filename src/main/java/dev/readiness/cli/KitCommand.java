package dev.readiness.cli;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.RaterRole;
import dev.readiness.assessment.ReadResult;
import dev.readiness.io.AtomicFiles;
import dev.readiness.io.WriteFailure;
import dev.readiness.kit.InterviewKit;
import dev.readiness.kit.KitBuilder;
import dev.readiness.kit.KitView;
import dev.readiness.kit.KitViews;
import dev.readiness.pdf.KitPdf;
import dev.readiness.problem.Location;
import dev.readiness.problem.Problem;
import dev.readiness.report.FileNames;
import dev.readiness.rubric.KitRules;
import dev.readiness.rubric.Rubric;
import dev.readiness.text.Names;
import dev.readiness.text.Visible;
import dev.readiness.workbook.TemplateValues;
import dev.readiness.workbook.TemplateWriter;
import dev.readiness.workbook.WorkbookReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code readiness kit}: an interview kit aimed at the candidate's gaps, and the panel's rating
 * workbooks.
 */
final class KitCommand {
  /**
   * @param questions the most deep-dive questions, or 0 for as many as fit
   * @param panel the interviewers, each to get a workbook (may be empty)
   * @param showRatings whether a panel's kit prints the earlier ratings (a kit without a panel
   *     always does)
   * @param force whether panel workbooks already in the folder may be replaced
   * @param verbosity errors only, the usual lines, or the file read as well
   */
  record Options(
      Path input,
      Path output,
      int minutes,
      int questions,
      List<String> panel,
      long seed,
      String paper,
      Path rubric,
      boolean showRatings,
      boolean force,
      VerbosityOption.Verbosity verbosity) {
    Options {
      panel = List.copyOf(panel);
    }
  }

  private static final String INTERVIEWER = "-kit-interviewer.pdf";
  private static final String CANDIDATE = "-kit-candidate.pdf";

  private final PrintStream out;
  private final PrintStream err;

  KitCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(Options o) {
    Optional<Rubric> rubric = RubricOption.load(o.rubric(), err);
    if (rubric.isEmpty()) {
      return Main.BAD_DATA;
    }
    KitBuilder builder = new KitBuilder(rubric.get());
    checkSlot(builder, rubric.get().interviewKit(), o.minutes());
    OutputFolder.check(o.output(), "the kit");
    Map<String, String> raters = raters(o.panel());
    boolean quiet = o.verbosity() == VerbosityOption.Verbosity.QUIET;
    if (o.verbosity() == VerbosityOption.Verbosity.VERBOSE) {
      err.println(Visible.of("read " + o.input()));
    }
    ReadResult read = new WorkbookReader(rubric.get()).read(o.input());
    read.problems().stream().filter(p -> !quiet || p.isError()).forEach(err::println);
    if (read.assessment().isEmpty()) {
      err.println(
          Visible.of(
              "readiness: " + o.input() + " has errors; fix them (see above) to make a kit"));
      return Main.BAD_DATA;
    }
    Assessment a = read.assessment().get();
    InterviewKit kit = builder.build(a, o.minutes(), o.questions(), o.seed());
    String base = FileNames.base(a.candidate(), a.date());
    Map<String, Path> workbooks = panelTargets(o, base, raters);
    // every refusal comes before the first file is written: a command-line error never leaves files
    // behind
    checkPanelTargets(o, workbooks.values());
    List<Path> written = write(o, rubric.get(), a, kit, base, workbooks);
    if (written == null) {
      return Main.BAD_DATA;
    }
    if (!quiet) {
      written.forEach(p -> out.println(Visible.of("wrote " + p)));
      out.println(Visible.of(summary(a, kit)));
    }
    return Main.OK;
  }

  /** A slot must hold at least the opening, the system-design question and the closing. */
  private static void checkSlot(KitBuilder builder, KitRules rules, int minutes) {
    if (minutes < builder.minimumMinutes()) {
      throw new UsageException(
          "--minutes "
              + minutes
              + " is too short for one question: the opening ("
              + rules.openingMinutes()
              + " min), the system-design question ("
              + rules.designMinutes()
              + " min) and the"
              + " closing ("
              + rules.closingMinutes()
              + " min) take "
              + builder.minimumMinutes()
              + " minutes; give"
              + " --minutes "
              + builder.minimumMinutes()
              + " or more");
    }
  }

  /** The one line that says what kit was made. */
  private static String summary(Assessment a, InterviewKit kit) {
    return "kit for " + a.candidate().name() + ", " + KitViews.timing(kit);
  }

  /**
   * The interviewers by key; one named twice (case, spacing and Unicode forms aside) is a
   * command-line mistake.
   */
  private static Map<String, String> raters(List<String> panel) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String rater : panel) {
      String first = byKey.putIfAbsent(Names.key(rater), rater);
      if (first != null) {
        throw new UsageException(
            "--panel names \""
                + first
                + "\" twice (as \""
                + rater
                + "\"); give each"
                + " interviewer once");
      }
    }
    return byKey;
  }

  /**
   * Each interviewer's workbook, named after them; two whose names make the same file name ("Ana
   * Petrović" and "Ana Petrovic", or names with no letters) get a code each, so neither overwrites
   * the other.
   */
  private static Map<String, Path> panelTargets(
      Options o, String base, Map<String, String> raters) {
    Map<String, String> proposed = new LinkedHashMap<>();
    raters.forEach(
        (key, name) -> {
          String slug = FileNames.slug(name);
          proposed.put(key, base + "-" + (slug.isEmpty() ? "interviewer" : slug));
        });
    Map<String, Path> out = new LinkedHashMap<>();
    // the kit's PDFs end in .pdf, so only the workbooks can meet one another
    FileNames.distinct(proposed, Set.of())
        .forEach((key, name) -> out.put(raters.get(key), o.output().resolve(name + ".xlsx")));
    return out;
  }

  /**
   * An interviewer's workbook may already be filled in: replaced only with --force, and never the
   * input.
   */
  private static void checkPanelTargets(Options o, java.util.Collection<Path> targets) {
    List<String> existing = new ArrayList<>();
    for (Path target : targets) {
      if (Files.exists(target) && TemplateCommand.sameFile(target, o.input())) {
        throw new UsageException(target + " is the input workbook; choose another folder with -o");
      }
      if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        existing.add(target.toString());
      }
    }
    if (!existing.isEmpty() && !o.force()) {
      throw new UsageException(
          String.join(", ", existing)
              + (existing.size() == 1 ? " already exists" : " already" + " exist")
              + " (an interviewer may have filled it in); choose another folder with -o, or pass --force to"
              + " replace "
              + (existing.size() == 1 ? "it" : "them"));
    }
  }

  /**
   * The two PDFs and the panel's workbooks, moved into place together; null (and said why) on a
   * failure.
   */
  private List<Path> write(
      Options o,
      Rubric rubric,
      Assessment a,
      InterviewKit kit,
      String base,
      Map<String, Path> workbooks) {
    String current = o.output().toString();
    AtomicFiles.Batch batch = new AtomicFiles.Batch();
    try (batch) {
      KitViews views = new KitViews(rubric);
      // a panel's interviewers do not see the earlier ratings unless asked: they would anchor their
      // scores
      boolean showRatings = o.panel().isEmpty() || o.showRatings();
      for (String copy : List.of(CANDIDATE, INTERVIEWER)) {
        Path target = o.output().resolve(base + copy);
        current = target.toString();
        KitView view =
            views.of(
                kit,
                new KitViews.Options(
                    copy.equals(INTERVIEWER) ? KitViews.Copy.INTERVIEWER : KitViews.Copy.CANDIDATE,
                    showRatings,
                    !o.panel().isEmpty()));
        String file = target.toString();
        batch.add(
            target,
            stream ->
                new KitPdf(o.paper())
                    .render(view, kit.date(), List.of(a.candidate().name()), stream).stream()
                        .filter(w -> o.verbosity() != VerbosityOption.Verbosity.QUIET)
                        .forEach(w -> err.println(Problem.warning(file, Location.FILE, w))));
      }
      TemplateWriter writer = new TemplateWriter(rubric);
      for (Map.Entry<String, Path> e : workbooks.entrySet()) {
        current = e.getValue().toString();
        TemplateValues values =
            new TemplateValues(
                a.candidate().name(),
                a.candidate().id(),
                e.getKey(),
                RaterRole.PANEL,
                a.targetRole(),
                a.blankForPanel(),
                kit.topics());
        batch.add(e.getValue(), stream -> writer.writeTo(values, stream));
      }
      return batch.commit();
    } catch (IOException | RuntimeException e) {
      err.println(
          Visible.of(
              "readiness: " + WriteFailure.message(current, e) + "; " + batch.written("the kit")));
      return null;
    }
  }
}
