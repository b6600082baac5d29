package dev.readiness.rubric;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How an interview question is best answered aloud, which decides the structure its practice
 * follows: a design question walks the System Design Interview Structure, a choice between options
 * the Architecture Decision Framework, and a question about leading people an account of a real
 * situation.
 */
public enum AnswerShape {
  /** Design a system: the guide's System Design Interview Structure. */
  DESIGN("design", "the System Design Interview Structure"),
  /** Choose between options or set up a process: the guide's Architecture Decision Framework. */
  DECISION("decision", "the Architecture Decision Framework"),
  /** Lead people through a change: situation, action, result, from one's own experience. */
  EXPERIENCE("experience", "situation, action, result from your own experience");

  private final String id;
  private final String label;

  AnswerShape(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** As written in the rubric's topics. */
  public String id() {
    return id;
  }

  /** As a practice line names the structure to follow. */
  public String label() {
    return label;
  }

  /** The shape with this ID, if any. */
  public static Optional<AnswerShape> of(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  /** "design, decision or experience", for messages. */
  public static String choices() {
    String all = Arrays.stream(values()).map(AnswerShape::id).collect(Collectors.joining(", "));
    return all.substring(0, all.lastIndexOf(", "))
        + " or "
        + all.substring(all.lastIndexOf(", ") + 2);
  }
}
