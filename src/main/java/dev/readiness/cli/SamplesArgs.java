package dev.readiness.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of {@code readiness samples}. */
final class SamplesArgs {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      defaultValue = "samples",
      description = "The folder to write into (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(
      names = "--force",
      description =
          "Replace sample workbooks already in the folder (they may have been" + " edited).")
  boolean force;

  SamplesCommand.Options options() {
    return new SamplesCommand.Options(output, force);
  }
}
