package dev.readiness.cli;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.RaterRole;
import dev.readiness.assessment.ReadResult;
import dev.readiness.io.AtomicFiles;
import dev.readiness.kit.InterviewKit;
import dev.readiness.kit.KitBuilder;
import dev.readiness.pdf.KitPdf;
import dev.readiness.report.FileNames;
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
   */
  record Options(Path input, Path output, int minutes, int questions, List<String> panel, long seed, String paper,
      Path rubric) {
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
      throw new UsageException("--minutes " + o.minutes() + " is too short for one question: the system-design"
          + " question alone takes " + builder.minimumMinutes() + " minutes; give --minutes "
          + builder.minimumMinutes() + " or more");
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
      for (Map.Entry<String, Boolean> copy : Map.of("-kit-interviewer.pdf", true, "-kit-candidate.pdf", false)
          .entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
        Path target = o.output().resolve(base + copy.getKey());
        AtomicFiles.write(target, stream -> new KitPdf(o.paper(), copy.getValue()).render(kit, stream));
        written.add(target);
      }
      TemplateWriter writer = new TemplateWriter(rubric.get());
      for (String rater : o.panel()) {
        Path target = o.output().resolve(base + "-" + FileNames.slug(rater) + ".xlsx");
        if (Files.exists(target) && Files.isSameFile(target, o.input())) {
          throw new UsageException(target + " is the input workbook; choose another folder with -o");
        }
        writer.write(new TemplateValues(a.candidate().name(), a.candidate().id(), rater, RaterRole.PANEL,
            a.targetRole(), a.blankForPanel(), kit.topics()), target);
        written.add(target);
      }
    } catch (IOException e) {
      err.println("readiness: cannot write the kit into " + o.output() + ": " + e.getMessage());
      return Main.BAD_DATA;
    }
    written.forEach(p -> out.println("wrote " + p));
    out.println("kit for " + a.candidate().name() + ": " + (kit.deepDives().size() + 1) + " questions, "
        + kit.totalMinutes() + " of " + kit.minutes() + " minutes");
    return Main.OK;
  }


}
