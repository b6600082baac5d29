package dev.readiness.cli;

import dev.readiness.plan.DaysOff;
import dev.readiness.plan.StudyDays;
import dev.readiness.plan.StudySessions;
import dev.readiness.report.ReportOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of {@code readiness report}. */
final class ReportArgs {
  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description =
          "Filled workbooks, or folders to search"
              + " (recursively) for .xlsx, .xls and .ods files.")
  List<Path> inputs;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      defaultValue = "reports",
      description = "The folder for the reports (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(
      names = "--format",
      paramLabel = "FORMATS",
      defaultValue = "pdf",
      completionCandidates = Choices.Formats.class,
      description =
          "Any of json, pdf, ics, comma-separated, e.g. json,pdf,ics (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--study-days",
      paramLabel = "DAYS",
      defaultValue = "mon,wed,sat",
      completionCandidates = Choices.Days.class,
      description =
          "The calendar's study days (ics), comma-separated: mon, tue, wed, thu, fri, sat, sun"
              + " (default: ${DEFAULT-VALUE}).")
  String studyDays;

  @Option(
      names = "--study-time",
      paramLabel = "HH:MM",
      defaultValue = "19:00",
      description = "When study sessions start on a study day (ics; default: ${DEFAULT-VALUE}).")
  String studyTime;

  @Option(
      names = "--days-off",
      paramLabel = "DATES",
      description =
          "Days with no study, in the plan and the"
              + " calendar: dates and ranges, comma-separated, e.g. 2026-12-24..2027-01-01,2027-02-14 (instead of the"
              + " workbook's Days off).")
  String daysOff;

  @Option(
      names = "--time-zone",
      paramLabel = "ZONE",
      description =
          "The calendar's time zone (ics), e.g."
              + " Europe/Berlin, or an offset such as +05:00 (default: this computer's).")
  String timeZone;

  @Option(
      names = "--role",
      paramLabel = "ROLE",
      completionCandidates = Choices.Roles.class,
      description =
          "Score"
              + " against this role instead of the workbook's Target role (in any case: Lead is lead).")
  String role;

  @Option(
      names = "--weeks",
      paramLabel = "N",
      description = "Plan N weeks instead of the weeks up to the" + " Interview date.")
  Integer weeks;

  @Option(
      names = "--hours",
      paramLabel = "H",
      description = "Plan H hours a week instead of the workbook's Hours" + " per week.")
  Double hours;

  @Mixin PaperOption paper = new PaperOption();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Workbooks processed at once (default: the number of" + " cores).")
  Integer threads;

  @Option(
      names = "--rubric",
      paramLabel = "FILE",
      description = "Use this rubric instead of the built-in one.")
  Path rubric;

  @Mixin VerbosityOption verbosity = new VerbosityOption();

  @Option(
      names = "--panel-history",
      paramLabel = "DIR",
      description =
          "A folder of past panels' workbooks"
              + " (searched recursively): rater leniency is measured over every panel there as well as this run's.")
  Path panelHistory;

  @Option(
      names = "--for",
      paramLabel = "READER",
      defaultValue = "candidate",
      completionCandidates = Choices.Audiences.class,
      description =
          "Who the reports are"
              + " for: candidate (everything, with the study plan) or panel (a hiring panel's packet: page 1, the"
              + " calibration, the parts, the discussion list with every rater's notes and a decision line; no study plan;"
              + " files named …-panel.pdf). Default: ${DEFAULT-VALUE}.")
  String audience;

  ReportCommand.Options options() {
    Set<ReportOptions.Format> formats = formats();
    ReportOptions.Audience reader = audience();
    if (reader == ReportOptions.Audience.PANEL && formats.contains(ReportOptions.Format.ICS)) {
      throw new UsageException(
          "--format ics writes the candidate's study plan as a calendar, and a panel's packet"
              + " (--for panel) has no study plan; drop ics from --format, or make the calendar without --for panel");
    }
    String paperKey = paper.key();
    int n = threads();
    checkPanelHistory();
    return new ReportCommand.Options(
        new ReportOptions(
            inputs,
            output,
            formats,
            // in any case, as the workbook's Target role is read ("Lead" is lead)
            role == null ? null : role.strip().toLowerCase(Locale.ROOT),
            weeks,
            hours,
            paperKey,
            n,
            new StudyDays(days(), daysOff()),
            panelHistory,
            reader),
        rubric,
        new StudySessions.Schedule(days(), time()),
        formats.contains(ReportOptions.Format.ICS) || timeZone != null ? zone() : null);
  }

  private Set<ReportOptions.Format> formats() {
    Set<ReportOptions.Format> formats = EnumSet.noneOf(ReportOptions.Format.class);
    for (String f : CommaList.items(format)) {
      String key = f.toLowerCase(Locale.ROOT);
      formats.add(
          Arrays.stream(ReportOptions.Format.values())
              .filter(x -> x.extension().equals(key))
              .findFirst()
              .orElseThrow(
                  () ->
                      new UsageException(
                          "--format \""
                              + f
                              + "\" is not known; expected json, pdf or"
                              + " ics, or several of them with commas (json,pdf,ics)")));
    }
    if (formats.isEmpty()) {
      throw new UsageException(
          "--format \""
              + format
              + "\" names no format; expected json, pdf or ics, or several"
              + " of them with commas (json,pdf,ics)");
    }
    return formats;
  }

  private int threads() {
    if (threads != null && (threads < 1 || threads > 64)) {
      throw new UsageException("--threads " + threads + " is impossible; give 1 to 64");
    }
    return threads != null ? threads : Runtime.getRuntime().availableProcessors();
  }

  private void checkPanelHistory() {
    if (panelHistory != null && !Files.isDirectory(panelHistory)) {
      throw new UsageException(
          "--panel-history "
              + panelHistory
              + " is not a folder; give the folder that holds"
              + " past panels' workbooks");
    }
  }

  private ReportOptions.Audience audience() {
    for (ReportOptions.Audience a : ReportOptions.Audience.values()) {
      if (a.id().equals(audience.strip().toLowerCase(Locale.ROOT))) {
        return a;
      }
    }
    throw new UsageException(
        "--for \"" + audience.strip() + "\" is not known; expected candidate or panel");
  }

  private List<DayOfWeek> days() {
    List<DayOfWeek> out = new ArrayList<>();
    for (String d : CommaList.items(studyDays)) {
      DayOfWeek day = Choices.Days.of(d);
      if (day == null) {
        throw new UsageException(
            "--study-days \""
                + d
                + "\" is not a day; expected mon, tue, wed, thu,"
                + " fri, sat or sun, comma-separated");
      }
      if (!out.contains(day)) {
        out.add(day);
      }
    }
    if (out.isEmpty()) {
      throw new UsageException(
          "--study-days \""
              + studyDays
              + "\" names no day; expected mon, tue, wed, thu, fri,"
              + " sat or sun, comma-separated");
    }
    out.sort(null);
    return out;
  }

  /**
   * None when not given, so the workbook's hold; an empty value is refused, so none always means
   * not given.
   */
  private SortedSet<LocalDate> daysOff() {
    if (daysOff == null) {
      return new TreeSet<>();
    }
    DaysOff.Parsed parsed = DaysOff.parse(daysOff);
    if (!parsed.ok()) {
      throw new UsageException("--days-off \"" + daysOff + "\": " + parsed.problem());
    }
    return parsed.dates();
  }

  private LocalTime time() {
    try {
      return LocalTime.parse(studyTime.strip());
    } catch (DateTimeParseException e) {
      throw new UsageException(
          "--study-time \""
              + studyTime
              + "\" is not a time; give hours and minutes, such as"
              + " 19:00 or 07:30");
    }
  }

  /**
   * Only asked for when a calendar is written or a zone is given: the first look at the system's
   * zone sets up java.time's zone rules, which a report without a calendar never needs.
   */
  private ZoneId zone() {
    if (timeZone == null) {
      return ZoneId.systemDefault();
    }
    try {
      return ZoneId.of(timeZone.strip());
    } catch (DateTimeException e) {
      throw new UsageException(
          "--time-zone \""
              + timeZone
              + "\" is not a time zone; give a region name such as"
              + " Europe/Berlin, America/New_York or UTC, or an offset from UTC such as +05:00 or UTC+1");
    }
  }
}
