package dev.readiness.rubric;

import dev.readiness.problem.Problem;
import java.util.List;

/** A rubric file that cannot be used; each problem names the JSON path and line. */
public final class RubricException extends Exception {
  private final List<Problem> problems;

  public RubricException(List<Problem> problems) {
    super(String.join(System.lineSeparator(), problems.stream().map(Problem::toString).toList()));
    this.problems = List.copyOf(problems);
  }

  /**
   * Each problem at its line and JSON path, e.g. "bad.json: line 12: $.roles[0].partTargets.P2: …".
   */
  public List<Problem> problems() {
    return problems;
  }

  /** The problems as printed. */
  public List<String> messages() {
    return problems.stream().map(Problem::toString).toList();
  }
}
