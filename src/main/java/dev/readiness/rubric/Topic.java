package dev.readiness.rubric;

import java.util.List;

/**
 * One interview deep-dive: its question and the points a good answer covers.
 *
 * @param answer how its question is answered aloud: "design", "decision" or "experience" ({@link
 *     AnswerShape}); null when the rubric does not say, which counts as design
 */
public record Topic(
    String id,
    int number,
    String part,
    String title,
    String question,
    String pointsHeading,
    List<String> points,
    String answer) {
  public Topic {
    points = points == null ? null : List.copyOf(points);
  }

  /** How its question is answered aloud; design when the rubric does not say. */
  public AnswerShape answerShape() {
    return answer == null ? AnswerShape.DESIGN : AnswerShape.of(answer).orElse(AnswerShape.DESIGN);
  }
}
