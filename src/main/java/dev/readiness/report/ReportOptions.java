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
 */
public record ReportOptions(List<Path> inputs, Path outputDir, Set<Format> formats, String role, Integer weeks,
    Double hours, String paper, int threads, StudyDays studyDays) {
  public ReportOptions {
    inputs = List.copyOf(inputs);
    formats = Set.copyOf(formats);
  }

  /** With the default study days and no day off. */
  public ReportOptions(List<Path> inputs, Path outputDir, Set<Format> formats, String role, Integer weeks,
      Double hours, String paper, int threads) {
    this(inputs, outputDir, formats, role, weeks, hours, paper, threads, StudyDays.DEFAULT);
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
