package dev.readiness.cli;

import picocli.CommandLine.Option;

/** --quiet and --verbose (a picocli mixin of the commands that read workbooks). */
final class VerbosityOption {
  /**
   * How much a command says: errors only, the usual lines, or every file and warning (and an
   * error's cause).
   */
  enum Verbosity {
    QUIET,
    NORMAL,
    VERBOSE
  }

  @Option(
      names = {"-q", "--quiet"},
      description =
          "Print errors only: no progress, no list of files written, no" + " summary line.")
  boolean quiet;

  @Option(
      names = "--verbose",
      description =
          "Print each file as it is read and written, each warning in full, and"
              + " the cause of an internal error.")
  boolean verbose;

  Verbosity verbosity() {
    if (quiet && verbose) {
      throw new UsageException("--quiet and --verbose contradict each other; give one of them");
    }
    return quiet ? Verbosity.QUIET : verbose ? Verbosity.VERBOSE : Verbosity.NORMAL;
  }
}
