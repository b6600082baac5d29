package dev.readiness.report;

import dev.readiness.plan.StudyDays;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What {@code readiness report} was asked for.
 *
 * @param role the target role to score against instead of the workbooks' own, or null
 * @param weeks study weeks instead of the workbooks' dates, or null
 * @param hours study hours per week instead of the workbooks', or null
 * @param paper the PDF page size: "a4" or "letter"
 * @param threads how many workbooks to process at once
 * @param studyDays the study weekdays and the days off, for the plan and the calendar
 * @param panelHistory a folder of past panels' workbooks that rater leniency is measured over too,
 *     or null
 * @param audience who the report is for: the candidate's full report, or the hiring panel's packet
 */
public record ReportOptions(
    List<Path> inputs,
    Path outputDir,
    Set<Format> formats,
    String role,
    Integer weeks,
    Double hours,
    String paper,
    int threads,
    StudyDays studyDays,
    Path panelHistory,
    Audience audience) {
  public ReportOptions {
    inputs = List.copyOf(inputs);
    formats = Set.copyOf(formats);
    audience = audience == null ? Audience.CANDIDATE : audience;
  }

  /** The candidate's full report, with the default study days, no day off and no panel history. */
  public ReportOptions(
      List<Path> inputs,
      Path outputDir,
      Set<Format> formats,
      String role,
      Integer weeks,
      Double hours,
      String paper,
      int threads) {
    this(
        inputs,
        outputDir,
        formats,
        role,
        weeks,
        hours,
        paper,
        threads,
        StudyDays.DEFAULT,
        null,
        Audience.CANDIDATE);
  }

  /** The candidate's full report with these study days, and no panel history. */
  public ReportOptions(
      List<Path> inputs,
      Path outputDir,
      Set<Format> formats,
      String role,
      Integer weeks,
      Double hours,
      String paper,
      int threads,
      StudyDays studyDays) {
    this(
        inputs,
        outputDir,
        formats,
        role,
        weeks,
        hours,
        paper,
        threads,
        studyDays,
        null,
        Audience.CANDIDATE);
  }

  /** Who a report is written for. */
  public enum Audience {
    /** Everything: the scores, the calibration, the progress and the study plan. */
    CANDIDATE("candidate", ""),
    /**
     * A hiring panel's packet: page 1, the calibration, the parts, the discussion list, a decision
     * line; no plan.
     */
    PANEL("panel", "-panel");

    private final String id;
    private final String fileSuffix;

    Audience(String id, String fileSuffix) {
      this.id = id;
      this.fileSuffix = fileSuffix;
    }

    public String id() {
      return id;
    }

    /**
     * What the report's file name gets after the candidate's, so a packet never overwrites a full
     * report.
     */
    public String fileSuffix() {
      return fileSuffix;
    }
  }

  /** The output formats. */
  public enum Format {
    JSON("json"),
    PDF("pdf"),
    ICS("ics");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    public String extension() {
      return extension;
    }
  }
}
