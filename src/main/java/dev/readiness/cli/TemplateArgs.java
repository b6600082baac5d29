package dev.readiness.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of {@code readiness template}. */
final class TemplateArgs {
  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE.xlsx",
      description = "The workbook to write.")
  Path output;

  @Option(
      names = "--candidate",
      paramLabel = "NAME",
      description = "Pre-fill the candidate's name.")
  String candidate;

  @Option(names = "--candidate-id", paramLabel = "ID", description = "Pre-fill the candidate's ID.")
  String candidateId;

  @Option(names = "--rater", paramLabel = "NAME", description = "Pre-fill who rates.")
  String rater;

  @Option(
      names = "--rater-role",
      paramLabel = "ROLE",
      description = "Pre-fill the rater's role: self, panel or" + " mentor.")
  String raterRole;

  @Option(
      names = "--role",
      paramLabel = "ROLE",
      completionCandidates = Choices.Roles.class,
      description =
          "Pre-fill"
              + " the target role (a role of the rubric, e.g. senior, lead, principal; in any case).")
  String role;

  @Option(
      names = "--from",
      paramLabel = "LAST.xlsx",
      description =
          "Start the next check-in from the last one:"
              + " profile, ratings and notes carried over; assessment date and check-in notes cleared.")
  Path from;

  @Option(
      names = "--rubric",
      paramLabel = "FILE",
      description = "Use this rubric instead of the built-in one.")
  Path rubric;

  @Option(names = "--force", description = "Replace FILE.xlsx if it exists.")
  boolean force;

  TemplateCommand.Options options() {
    return new TemplateCommand.Options(
        output,
        candidate,
        candidateId,
        rater,
        raterRole,
        role == null ? null : role.strip().toLowerCase(java.util.Locale.ROOT),
        from,
        rubric,
        force);
  }
}
