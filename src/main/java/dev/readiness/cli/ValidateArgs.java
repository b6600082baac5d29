package dev.readiness.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of {@code readiness validate}. */
final class ValidateArgs {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Workbooks (.xlsx, .xls or .ods), or folders to search.")
  List<Path> files;

  @Option(names = "--rubric", paramLabel = "FILE", description = "Use this rubric instead of the built-in one.")
  Path rubric;

  ValidateCommand.Options options() {
    return new ValidateCommand.Options(files, rubric);
  }
}
