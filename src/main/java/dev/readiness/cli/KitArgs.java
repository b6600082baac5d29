package dev.readiness.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of {@code readiness kit}. */
final class KitArgs {
  @Parameters(index = "0", paramLabel = "FILE", description = "A filled workbook of the candidate.")
  Path input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      defaultValue = "kit",
      description = "The folder for the kit (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(
      names = "--minutes",
      paramLabel = "N",
      defaultValue = "60",
      description = "The interview's length in minutes (default: ${DEFAULT-VALUE}).")
  int minutes;

  @Option(
      names = "--questions",
      paramLabel = "N",
      description = "At most N deep-dive questions (default: as many" + " as fit the minutes).")
  Integer questions;

  @Option(
      names = "--panel",
      paramLabel = "NAMES",
      description =
          "The interviewers, comma-separated: each gets an"
              + " assessment workbook with the kit's topics marked.")
  String panel;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Another number gives another choice of questions, for a second mock (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--show-ratings",
      description =
          "With --panel: print the candidate's earlier ratings, labelled"
              + " by whose they are (left out by default, so that they do not anchor the interviewers' scores).")
  boolean showRatings;

  @Mixin PaperOption paper = new PaperOption();

  @Mixin VerbosityOption verbosity = new VerbosityOption();

  @Option(
      names = "--rubric",
      paramLabel = "FILE",
      description = "Use this rubric instead of the built-in one.")
  Path rubric;

  @Option(
      names = "--force",
      description =
          "Replace interviewers' workbooks already in the folder (they may be" + " filled in).")
  boolean force;

  KitCommand.Options options() {
    String paperKey = paper.key();
    if (questions != null && questions < 1) {
      throw new UsageException("--questions " + questions + " is impossible; give 1 or more");
    }
    List<String> raters = panel == null ? List.of() : CommaList.items(panel);
    if (panel != null && raters.isEmpty()) {
      throw new UsageException(
          "--panel \"" + panel + "\" names nobody; give the interviewers' names, comma-separated");
    }
    return new KitCommand.Options(
        input,
        output,
        minutes,
        questions == null ? 0 : questions,
        raters,
        seed,
        paperKey,
        rubric,
        showRatings,
        force,
        verbosity.verbosity());
  }
}
