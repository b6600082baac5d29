package dev.readiness.assessment;

import java.util.List;
import java.util.Optional;

/**
 * What reading one workbook gave: the assessment when it has no errors, and every problem found.
 *
 * @param file the workbook as the user named it
 */
public record ReadResult(String file, Optional<Assessment> assessment, List<Problem> problems) {
  public ReadResult {
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  public long errorCount() {
    return problems.stream().filter(Problem::isError).count();
  }

  public long warningCount() {
    return problems.size() - errorCount();
  }
}
