package dev.readiness.rubric;

/** One of the guide's parts, e.g. "Part 1: Foundational Architecture". */
public record Part(String id, int number, String title) {
  /** "Part 1: Foundational Architecture". */
  public String heading() {
    return "Part " + number + ": " + title;
  }
}
