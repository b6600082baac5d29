package dev.readiness.cli;

import dev.readiness.assessment.RaterRole;
import dev.readiness.assessment.ReadResult;
import dev.readiness.io.WriteFailure;
import dev.readiness.rubric.Rubric;
import dev.readiness.text.Visible;
import dev.readiness.workbook.TemplateValues;
import dev.readiness.workbook.TemplateWriter;
import dev.readiness.workbook.WorkbookReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** {@code readiness template}: writes the assessment workbook. */
final class TemplateCommand {
  record Options(
      Path output,
      String candidate,
      String candidateId,
      String rater,
      String raterRole,
      String role,
      Path from,
      Path rubric,
      boolean force) {}

  private final PrintStream out;
  private final PrintStream err;

  TemplateCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(Options o) {
    checkTarget(o);
    Optional<Rubric> rubric = RubricOption.load(o.rubric(), err);
    if (rubric.isEmpty()) {
      return Main.BAD_DATA;
    }
    RaterRole raterRole = raterRole(o);
    if (o.role() != null && !rubric.get().hasRole(o.role())) {
      throw new UsageException(
          "--role \""
              + o.role()
              + "\" is not a role of the rubric; expected one of "
              + rubric.get().roleIds());
    }
    Optional<TemplateValues> carried = carriedOver(o, rubric.get());
    if (carried.isEmpty()) {
      return Main.BAD_DATA;
    }
    TemplateValues values = withOptions(carried.get(), o, raterRole);
    try {
      new TemplateWriter(rubric.get()).write(values, o.output());
    } catch (IOException | RuntimeException e) {
      err.println(Visible.of("readiness: " + WriteFailure.message(o.output(), e)));
      return Main.BAD_DATA;
    }
    out.println(
        Visible.of(
            "wrote "
                + o.output()
                + (o.from() == null
                    ? ""
                    : " (ratings carried over from "
                        + o.from()
                        + "; fill in the new assessment date)")));
    return Main.OK;
  }

  /**
   * The workbook is written only as a new .xlsx, never over --from, and over another only with
   * --force.
   */
  private static void checkTarget(Options o) {
    if (!o.output().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      throw new UsageException("-o must name an .xlsx file, e.g. -o alex.xlsx");
    }
    OutputParent.require(o.output());
    if (o.from() != null && Files.exists(o.output()) && sameFile(o.from(), o.output())) {
      throw new UsageException(
          o.output()
              + " is the workbook given to --from; it is never overwritten: choose"
              + " another name");
    }
    if (Files.exists(o.output()) && !o.force()) {
      throw new UsageException(
          o.output() + " already exists; choose another name, or pass --force to replace it");
    }
  }

  /** --rater-role, or null when not given. */
  private static RaterRole raterRole(Options o) {
    if (o.raterRole() == null) {
      return null;
    }
    return RaterRole.parse(o.raterRole())
        .orElseThrow(
            () ->
                new UsageException(
                    "--rater-role \""
                        + o.raterRole()
                        + "\" is not known; expected one of "
                        + RaterRole.choices()));
  }

  /**
   * What the new workbook starts from: blank, or the next check-in of the --from workbook; empty
   * (and said why) when that workbook has errors.
   */
  private Optional<TemplateValues> carriedOver(Options o, Rubric rubric) {
    if (o.from() == null) {
      return Optional.of(TemplateValues.blank());
    }
    ReadResult last = new WorkbookReader(rubric).read(o.from());
    if (last.assessment().isEmpty()) {
      last.problems().stream().filter(p -> p.isError()).forEach(err::println);
      err.println(
          Visible.of(
              "readiness: "
                  + o.from()
                  + " has errors; fix them before starting the next check-in"
                  + " from it"));
      return Optional.empty();
    }
    return Optional.of(TemplateValues.of(last.assessment().get().nextCheckIn()));
  }

  /** The values given on the command line win over those carried over. */
  private static TemplateValues withOptions(TemplateValues values, Options o, RaterRole raterRole) {
    return new TemplateValues(
        pick(o.candidate(), values.candidateName()),
        pick(o.candidateId(), values.candidateId()),
        pick(o.rater(), values.rater()),
        raterRole != null ? raterRole : values.raterRole(),
        pick(o.role(), values.role()),
        values.assessment(),
        values.interviewTopics());
  }

  private static String pick(String option, String carried) {
    return option != null ? option : carried;
  }

  static boolean sameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
