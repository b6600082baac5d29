package dev.readiness.report;

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
 */
public record ReportOptions(List<Path> inputs, Path outputDir, Set<Format> formats, String role, Integer weeks,
    Double hours, String paper, int threads) {
  public ReportOptions {
    inputs = List.copyOf(inputs);
    formats = Set.copyOf(formats);
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
