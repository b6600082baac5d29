package dev.readiness.rubric;

import java.util.List;

/** A rubric file that cannot be used; each problem names the JSON path and line. */
public final class RubricException extends Exception {
  private final List<String> problems;

  public RubricException(List<String> problems) {
    super(String.join(System.lineSeparator(), problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
