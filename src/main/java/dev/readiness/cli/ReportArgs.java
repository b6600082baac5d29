package dev.readiness.cli;

import dev.readiness.report.ReportOptions;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of {@code readiness report}. */
final class ReportArgs {
  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Filled workbooks, or folders to search"
      + " (recursively) for .xlsx and .xls files.")
  List<Path> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "reports",
      description = "The folder for the reports (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--format", paramLabel = "FORMATS", defaultValue = "pdf",
      description = "json, pdf, or json,pdf (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--role", paramLabel = "ROLE", description = "Score against this role instead of the workbook's"
      + " Target role.")
  String role;

  @Option(names = "--weeks", paramLabel = "N", description = "Plan N weeks instead of the weeks up to the"
      + " Interview date.")
  Integer weeks;

  @Option(names = "--hours", paramLabel = "H", description = "Plan H hours a week instead of the workbook's Hours"
      + " per week.")
  Double hours;

  @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "a4",
      description = "PDF paper size: a4 or letter (default: ${DEFAULT-VALUE}).")
  String paper;

  @Option(names = "--threads", paramLabel = "N", description = "Workbooks processed at once (default: the number of"
      + " cores).")
  Integer threads;

  @Option(names = "--rubric", paramLabel = "FILE", description = "Use this rubric instead of the built-in one.")
  Path rubric;

  ReportCommand.Options options() {
    Set<ReportOptions.Format> formats = EnumSet.noneOf(ReportOptions.Format.class);
    for (String f : format.split(",")) {
      String key = f.strip().toLowerCase(Locale.ROOT);
      if (key.equals("json")) {
        formats.add(ReportOptions.Format.JSON);
      } else if (key.equals("pdf")) {
        formats.add(ReportOptions.Format.PDF);
      } else {
        throw new UsageException("--format \"" + f.strip() + "\" is not known; expected one of json, pdf,"
            + " json,pdf");
      }
    }
    String paperKey = paper.strip().toLowerCase(Locale.ROOT);
    if (!paperKey.equals("a4") && !paperKey.equals("letter")) {
      throw new UsageException("--paper \"" + paper + "\" is not known; expected one of a4, letter");
    }
    if (threads != null && (threads < 1 || threads > 64)) {
      throw new UsageException("--threads " + threads + " is impossible; give 1 to 64");
    }
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    return new ReportCommand.Options(new ReportOptions(inputs, output, formats, role, weeks, hours, paperKey, n),
        rubric);
  }
}
