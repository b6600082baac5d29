package dev.readiness.cli;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.RaterRole;
import dev.readiness.assessment.ReadResult;
import dev.readiness.io.AtomicFiles;
import dev.readiness.kit.InterviewKit;
import dev.readiness.kit.KitBuilder;
import dev.readiness.kit.KitView;
import dev.readiness.kit.KitViews;
import dev.readiness.pdf.KitPdf;
import dev.readiness.report.FileNames;
import dev.readiness.rubric.KitRules;
import dev.readiness.rubric.Rubric;
import dev.readiness.workbook.TemplateValues;
import dev.readiness.workbook.TemplateWriter;
import dev.readiness.workbook.WorkbookReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code readiness kit}: an interview kit aimed at the candidate's gaps, and the panel's rating workbooks. */
final class KitCommand {
  /**
   * @param questions the most deep-dive questions, or 0 for as many as fit
   * @param panel the interviewers, each to get a workbook (may be empty)
   * @param showRatings whether a panel's kit prints the earlier ratings (a kit without a panel always does)
   */
  record Options(Path input, Path output, int minutes, int questions, List<String> panel, long seed, String paper,
      Path rubric, boolean showRatings) {
    Options {
      panel = List.copyOf(panel);
    }
  }

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
    if (o.minutes() < builder.minimumMinutes()) {
      KitRules rules = rubric.get().interviewKit();
      throw new UsageException("--minutes " + o.minutes() + " is too short for one question: the opening ("
          + rules.openingMinutes() + " min), the system-design question (" + rules.designMinutes() + " min) and the"
          + " closing (" + rules.closingMinutes() + " min) take " + builder.minimumMinutes() + " minutes; give"
          + " --minutes " + builder.minimumMinutes() + " or more");
    }
    ReadResult read = new WorkbookReader(rubric.get()).read(o.input());
    read.problems().forEach(err::println);
    if (read.assessment().isEmpty()) {
      err.println("readiness: " + o.input() + " has errors; fix them (see above) to make a kit");
      return Main.BAD_DATA;
    }
    Assessment a = read.assessment().get();
    InterviewKit kit = builder.build(a, o.minutes(), o.questions(), o.seed());
    String base = FileNames.base(a.candidate(), a.date());
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(o.output());
      KitViews views = new KitViews(rubric.get());
      // a panel's interviewers do not see the earlier ratings unless asked: they would anchor their scores
      boolean showRatings = o.panel().isEmpty() || o.showRatings();
      for (Map.Entry<String, KitViews.Copy> copy : Map.of("-kit-interviewer.pdf", KitViews.Copy.INTERVIEWER,
          "-kit-candidate.pdf", KitViews.Copy.CANDIDATE).entrySet().stream().sorted(Map.Entry.comparingByKey())
          .toList()) {
        Path target = o.output().resolve(base + copy.getKey());
        KitView view = views.of(kit, new KitViews.Options(copy.getValue(), showRatings, !o.panel().isEmpty()));
        AtomicFiles.write(target, stream -> new KitPdf(o.paper()).render(view, kit.date(), stream));
        written.add(target);
      }
      TemplateWriter writer = new TemplateWriter(rubric.get());
      for (String rater : o.panel()) {
        Path target = o.output().resolve(base + "-" + FileNames.slug(rater) + ".xlsx");
        if (Files.exists(target) && Files.isSameFile(target, o.input())) {
          throw new UsageException(target + " is the input workbook; choose another folder with -o");
        }
        writer.write(new TemplateValues(a.candidate().name(), a.candidate().id(), rater, RaterRole.PANEL,
            a.targetRole(), unrated(a), kit.topics()), target);
        written.add(target);
      }
    } catch (IOException e) {
      err.println("readiness: cannot write the kit into " + o.output() + ": " + e.getMessage());
      return Main.BAD_DATA;
    }
    written.forEach(p -> out.println("wrote " + p));
    out.println("kit for " + a.candidate().name() + ": " + (kit.deepDives().size() + 1) + " questions ("
        + kit.totalMinutes() + " minutes) in a " + kit.minutes() + "-minute slot, with " + kit.openingMinutes()
        + " minutes to open and " + kit.closingMinutes() + " to close");
    return Main.OK;
  }

  /** The candidate's profile and dates for a panel's fresh workbook: no ratings, notes or checklist. */
  private static Assessment unrated(Assessment a) {
    return new Assessment(a.source(), a.candidate(), "", RaterRole.PANEL, a.date(), a.targetRole(),
        a.interviewDate(), a.hoursPerWeek(), "", Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
  }

}
