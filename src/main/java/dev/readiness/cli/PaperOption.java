package dev.readiness.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The --paper option of the commands that write PDFs (a picocli mixin): a4 or letter, in any case.
 */
final class PaperOption {
  @Option(
      names = "--paper",
      paramLabel = "SIZE",
      defaultValue = "a4",
      completionCandidates = Choices.Papers.class,
      description = "PDF paper size: a4 or letter (default: ${DEFAULT-VALUE}).")
  String paper;

  /** "a4" or "letter"; anything else is a command-line error that lists the choices. */
  String key() {
    String key = paper.strip().toLowerCase(Locale.ROOT);
    if (!Choices.Papers.ALL.contains(key)) {
      throw new UsageException(
          "--paper \""
              + paper
              + "\" is not known; expected one of "
              + String.join(", ", Choices.Papers.ALL));
    }
    return key;
  }
}
