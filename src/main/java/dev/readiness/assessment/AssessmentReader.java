package dev.readiness.assessment;

import java.nio.file.Path;

/**
 * Reads one filled workbook into an assessment. The report runs through this, so that the packages
 * that build and render reports never depend on the one that knows spreadsheet files.
 */
@FunctionalInterface
public interface AssessmentReader {
  ReadResult read(Path file);
}
