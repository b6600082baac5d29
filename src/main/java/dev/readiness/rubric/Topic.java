package dev.readiness.rubric;

import java.util.List;

/** One interview deep-dive: its question and the points a good answer covers. */
public record Topic(
    String id, int number, String part, String title, String question, String pointsHeading, List<String> points) {
  public Topic {
    points = points == null ? null : List.copyOf(points);
  }
}
