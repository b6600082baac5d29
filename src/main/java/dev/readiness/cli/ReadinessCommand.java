package dev.readiness.cli;

import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command; its subcommands do the work. */
@Command(
    name = "readiness",
    // Main adds the subcommand methods below, only the one the arguments name (see
    // Main.commandLine)
    addMethodSubcommands = false,
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    // one sentence: the man page's NAME line is its first line
    description =
        "Interview readiness for senior Python architect roles: write the assessment workbook, check filled"
            + " ones, score the gaps against a target role and plan the study weeks.",
    subcommands = HelpCommand.class,
    footerHeading = "%nExamples%n",
    footer = {
      "  # a blank workbook for Alex, to fill in Excel, LibreOffice or Google Sheets",
      "  readiness template -o alex.xlsx --candidate \"Alex Kim\"",
      "  # what is wrong in it, cell by cell",
      "  readiness validate alex.xlsx",
      "  # the PDF report, in the folder reports/",
      "  readiness report alex.xlsx",
      "  # the options of report",
      "  readiness help report",
      "",
      "Exit codes: 0 ok; 1 a file has errors (or this computer lacks a system library); 2 the command line is wrong;"
          + " 3 an internal error (a bug in readiness: run the command again with --verbose to see its cause).",
      "Run 'readiness help COMMAND' or 'readiness COMMAND --help' for the options of a command."
    })
final class ReadinessCommand implements Runnable {
  @Spec CommandSpec spec;

  private final PrintStream out;
  private final PrintStream err;

  ReadinessCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Command(
      name = "template",
      description = "Write a blank (or pre-filled) assessment workbook.",
      footerHeading = "%nExamples%n",
      footer = {
        "  readiness template -o alex.xlsx --candidate \"Alex Kim\" --role lead",
        "  # the next check-in, started from the last one",
        "  readiness template -o alex-june.xlsx --from alex-may.xlsx"
      },
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      sortOptions = false)
  int template(@picocli.CommandLine.Mixin TemplateArgs args) {
    return new TemplateCommand(out, err).run(args.options());
  }

  @Command(
      name = "validate",
      description = "Check filled workbooks and explain every problem in them.",
      footerHeading = "%nExamples%n",
      footer = {
        "  readiness validate alex.xlsx",
        "  # errors only, for every workbook in a folder",
        "  readiness validate assessments/ --quiet",
        "  # for a program: one JSON object per workbook",
        "  readiness validate assessments/ --format json > problems.json"
      },
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      sortOptions = false)
  int validate(@picocli.CommandLine.Mixin ValidateArgs args) {
    return new ValidateCommand(out, err, args.verbosity.verbosity()).run(args.options());
  }

  @Command(
      name = "report",
      description =
          "Score filled workbooks against the target role, plan the study weeks"
              + " and write one report per candidate.",
      footerHeading = "%nExamples%n",
      footer = {
        "  # one PDF report in the folder reports/",
        "  readiness report alex.xlsx",
        "  # a report each and a team summary, as JSON and PDF",
        "  readiness report assessments/ -o team --format json,pdf",
        "  # against another role, six weeks, with a study calendar",
        "  readiness report alex.xlsx --role Lead --weeks 6 --format pdf,ics"
      },
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      sortOptions = false)
  int report(@picocli.CommandLine.Mixin ReportArgs args) throws InterruptedException {
    return new ReportCommand(out, err, args.verbosity.verbosity()).run(args.options());
  }

  @Command(
      name = "kit",
      description =
          "Write an interview kit aimed at the candidate's gaps: the questions with"
              + " their time boxes for the interviewer and the candidate, and with --panel a rating workbook per"
              + " interviewer.",
      footerHeading = "%nExamples%n",
      footer = {
        "  readiness kit alex.xlsx --minutes 45",
        "  # a rating workbook for each interviewer too",
        "  readiness kit alex.xlsx --panel \"Ana Petrović, Sam Lee\" -o kit-alex"
      },
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      sortOptions = false)
  int kit(@picocli.CommandLine.Mixin KitArgs args) {
    return new KitCommand(out, err).run(args.options());
  }

  @Command(
      name = "samples",
      description = "Write the example workbooks (the ones in samples/) into a folder.",
      footerHeading = "%nExamples%n",
      footer = {
        "  readiness samples -o examples",
        "  readiness report examples -o example-reports"
      },
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      sortOptions = false)
  int samples(@picocli.CommandLine.Mixin SamplesArgs args) {
    return new SamplesCommand(out, err).run(args.options());
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "name a command: template, validate," + " report, kit or samples");
  }
}
