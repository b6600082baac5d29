package dev.readiness.assessment;

import dev.readiness.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What reading one workbook gave: the assessment when it has no errors, and the problems found.
 *
 * @param file the workbook as the user named it
 * @param problems the problems listed, up to the reader's cap (then one "N more" line)
 * @param errorCount every error found, the unlisted ones too
 * @param warningCount every warning found, the unlisted ones too
 */
public record ReadResult(
    String file,
    Optional<Assessment> assessment,
    List<Problem> problems,
    long errorCount,
    long warningCount) {
  public ReadResult {
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return errorCount > 0;
  }
}
