package dev.readiness.kit;

import java.time.LocalDate;
import java.util.List;

/**
 * An interview kit: one system-design question taken through the System Design Interview Structure, then
 * deep-dive questions on the candidate's gaps.
 *
 * @param minutes the time the kit was asked to fit
 * @param totalMinutes the time its questions take, at most {@code minutes}
 */
public record InterviewKit(String candidate, String candidateId, LocalDate date, String roleTitle, int minutes,
    int totalMinutes, DesignQuestion design, List<DeepDive> deepDives, List<String> scale) {
  public InterviewKit {
    deepDives = List.copyOf(deepDives);
    scale = List.copyOf(scale);
  }

  /** The system-design question and its steps. */
  public record DesignQuestion(String topic, String title, String question, Double rating, int target, int minutes,
      List<Step> steps) {
    public DesignQuestion {
      steps = List.copyOf(steps);
    }
  }

  /** A step of the System Design Interview Structure, with its time box and what a good answer covers. */
  public record Step(String name, int minutes, String listenFor) {}

  /** A deep-dive question on a topic: its key points, the rating now and the target. */
  public record DeepDive(String topic, String part, String title, String question, String pointsHeading,
      List<String> points, Double rating, int target, int minutes) {
    public DeepDive {
      points = List.copyOf(points);
    }
  }

  /** Every topic the kit asks about, the design question's first. */
  public List<String> topics() {
    List<String> out = new java.util.ArrayList<>();
    out.add(design.topic());
    deepDives.forEach(d -> out.add(d.topic()));
    return out;
  }
}
