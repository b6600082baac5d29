package dev.readiness.cli;

import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command; its subcommands do the work. */
@Command(
    name = "readiness",
    // Main adds the subcommand methods below, only the one the arguments name (see Main.commandLine)
    addMethodSubcommands = false,
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Interview readiness for senior Python architect roles: write the assessment workbook, check filled ones,",
      "score the gaps against a target role and plan the study weeks."
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 a file has errors, 2 the command line is wrong.",
      "Run 'readiness COMMAND --help' for the options of a command."
    })
final class ReadinessCommand implements Runnable {
  @Spec CommandSpec spec;

  private final PrintStream out;
  private final PrintStream err;

  ReadinessCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Command(name = "template", description = "Write a blank (or pre-filled) assessment workbook.",
      mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false)
  int template(@picocli.CommandLine.Mixin TemplateArgs args) {
    return new TemplateCommand(out, err).run(args.options());
  }

  @Command(name = "validate", description = "Check filled workbooks and explain every problem in them.",
      mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false)
  int validate(@picocli.CommandLine.Mixin ValidateArgs args) {
    return new ValidateCommand(out, err).run(args.options());
  }

  @Command(name = "report", description = "Score filled workbooks against the target role, plan the study weeks"
      + " and write one report per candidate.", mixinStandardHelpOptions = true, versionProvider = Version.class,
      sortOptions = false)
  int report(@picocli.CommandLine.Mixin ReportArgs args) throws InterruptedException {
    return new ReportCommand(out, err).run(args.options());
  }

  @Command(name = "kit", description = "Write an interview kit aimed at the candidate's gaps: the questions with"
      + " their time boxes for the interviewer and the candidate, and with --panel a rating workbook per"
      + " interviewer.", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false)
  int kit(@picocli.CommandLine.Mixin KitArgs args) {
    return new KitCommand(out, err).run(args.options());
  }

  @Command(name = "samples", description = "Write the example workbooks (the ones in samples/) into a folder.",
      mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false)
  int samples(@picocli.CommandLine.Mixin SamplesArgs args) {
    return new SamplesCommand(out, err).run(args.options());
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a command: template, validate,"
        + " report, kit or samples");
  }
}
