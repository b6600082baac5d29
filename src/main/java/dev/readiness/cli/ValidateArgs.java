package dev.readiness.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of {@code readiness validate}. */
final class ValidateArgs {
  /** What validate prints: lines for a person, or one JSON document for a program. */
  enum Format {
    TEXT,
    JSON;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Workbooks (.xlsx, .xls or .ods), or folders to search.")
  List<Path> files;

  @Option(
      names = "--rubric",
      paramLabel = "FILE",
      description = "Use this rubric instead of the built-in one.")
  Path rubric;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text (lines for a person) or json (one object per workbook with its problems, see the README)"
              + " (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin VerbosityOption verbosity = new VerbosityOption();

  ValidateCommand.Options options() {
    return new ValidateCommand.Options(files, rubric, format == Format.JSON);
  }
}
