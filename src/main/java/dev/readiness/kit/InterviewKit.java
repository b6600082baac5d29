package dev.readiness.kit;

import dev.readiness.assessment.RaterRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An interview kit: an opening, one system-design question taken through the System Design
 * Interview Structure, deep-dive questions on the candidate's gaps, and a closing for the
 * candidate's questions, whose time boxes together fill the slot.
 *
 * @param minutes the slot the kit was asked to fit
 * @param totalMinutes the time its questions take
 * @param openingMinutes the opening time box
 * @param closingMinutes the closing time box: the rubric's, plus the minutes no question fills
 * @param ratedBy who gave the ratings the kit was chosen from (the workbook's rater role)
 */
public record InterviewKit(
    String candidate,
    String candidateId,
    LocalDate date,
    String roleTitle,
    int minutes,
    int totalMinutes,
    int openingMinutes,
    int closingMinutes,
    RaterRole ratedBy,
    DesignQuestion design,
    List<DeepDive> deepDives,
    String source) {
  public InterviewKit {
    deepDives = List.copyOf(deepDives);
  }

  /** The system-design question and its steps. */
  public record DesignQuestion(
      String topic,
      String title,
      String question,
      List<String> points,
      Double rating,
      int target,
      int minutes,
      List<Step> steps) {
    public DesignQuestion {
      points = List.copyOf(points);
      steps = List.copyOf(steps);
    }
  }

  /**
   * A step of the System Design Interview Structure, with its time box and what a good answer
   * covers.
   */
  public record Step(String name, int minutes, String listenFor) {}

  /** A deep-dive question on a topic: its key points, the rating now and the target. */
  public record DeepDive(
      String topic,
      String part,
      String title,
      String question,
      String pointsHeading,
      List<String> points,
      Double rating,
      int target,
      int minutes) {
    public DeepDive {
      points = List.copyOf(points);
    }
  }

  /** What a time box holds. */
  public enum Kind {
    OPENING,
    DESIGN,
    DEEP_DIVE,
    CLOSING
  }

  /**
   * One stretch of the slot.
   *
   * @param start minutes from the start of the interview
   * @param question the question's number (1 for the design question), 0 for the opening and the
   *     closing
   */
  public record TimeBox(Kind kind, int question, int start, int minutes) {
    /** Minutes from the start of the interview at which the box ends. */
    public int end() {
      return start + minutes;
    }
  }

  /**
   * The time boxes in order, each starting where the one before ends: together exactly the slot.
   */
  public List<TimeBox> schedule() {
    List<TimeBox> out = new ArrayList<>();
    out.add(new TimeBox(Kind.OPENING, 0, 0, openingMinutes));
    out.add(new TimeBox(Kind.DESIGN, 1, openingMinutes, design.minutes()));
    int start = openingMinutes + design.minutes();
    for (int i = 0; i < deepDives.size(); i++) {
      out.add(new TimeBox(Kind.DEEP_DIVE, i + 2, start, deepDives.get(i).minutes()));
      start += deepDives.get(i).minutes();
    }
    out.add(new TimeBox(Kind.CLOSING, 0, start, closingMinutes));
    return out;
  }

  /** Every topic the kit asks about, the design question's first. */
  public List<String> topics() {
    List<String> out = new ArrayList<>();
    out.add(design.topic());
    deepDives.forEach(d -> out.add(d.topic()));
    return out;
  }
}
