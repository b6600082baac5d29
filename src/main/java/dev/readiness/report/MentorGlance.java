package dev.readiness.report;

import dev.readiness.progress.Progress;
import dev.readiness.rubric.Part;
import dev.readiness.rubric.Rubric;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.Status;
import dev.readiness.text.Limits;
import dev.readiness.text.Lists;
import dev.readiness.text.Numbers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Page 1's sentences for a mentor: what moved since the last check-in, part by part (only the parts
 * that moved) and topic by topic with names and levels, what was agreed last time and where its
 * topics stand now, and what was agreed this time.
 */
final class MentorGlance {

  private MentorGlance() {}

  /**
   * @param interviewDate the interview date, or null: the projections are said against it
   */
  static List<String> lines(Rubric rubric, Progress p, LocalDate interviewDate, Score score) {
    List<String> lines = new ArrayList<>();
    lines.add(sinceLine(rubric, p));
    String topics = topicsLine(rubric, p);
    if (!topics.isEmpty()) {
      lines.add(topics);
    }
    if (interviewDate != null) {
      String pace = paceLine(rubric, p, interviewDate, score);
      if (!pace.isEmpty()) {
        lines.add(pace);
      }
    }
    String previous = p.checkIns().previous();
    String latest = p.checkIns().latest();
    if (previous != null && !previous.isEmpty()) {
      lines.add("Agreed last time (" + p.previous().date() + "): " + previous);
      String standing = AgreedTopics.line(rubric, previous, p, score);
      if (!standing.isEmpty()) {
        lines.add(standing);
      }
    }
    if (latest != null && !latest.isEmpty()) {
      lines.add("Agreed at this check-in: " + latest);
    }
    return lines;
  }

  /** The index and the parts that moved since the previous check-in. */
  private static String sinceLine(Rubric rubric, Progress p) {
    Progress.Point prev = p.previous();
    List<String> moved = new ArrayList<>();
    for (Part part : rubric.parts()) {
      Double d = p.partChanges().get(part.id());
      long points = d == null ? 0 : Math.round(d * 100);
      if (points != 0) {
        moved.add(
            PanelGlance.name(part)
                + " coverage "
                + Numbers.percent(prev.parts().get(part.id()))
                + " → "
                + Numbers.percent(p.latest().parts().get(part.id()))
                + " ("
                + Numbers.signed((double) points, 0)
                + " points)");
      }
    }
    return "Since the last check-in on "
        + prev.date()
        + ": "
        + index(prev.readinessIndex(), p.latest().readinessIndex())
        + (moved.isEmpty()
            ? "; no part moved."
            : "; "
                + Lists.and(moved)
                + (moved.size() < rubric.parts().size() ? "; the other parts did not move." : "."));
  }

  /** The topics up and down by name and level, or "" when none moved. */
  private static String topicsLine(Rubric rubric, Progress p) {
    List<String> changes = new ArrayList<>();
    if (!p.improved().isEmpty()) {
      changes.add("up: " + named(rubric, p.improved()));
    }
    if (!p.regressed().isEmpty()) {
      changes.add("down: " + named(rubric, p.regressed()));
    }
    return changes.isEmpty() ? "" : "Topics " + String.join("; ", changes) + ".";
  }

  /**
   * The parts that miss their target (every topic at the role's level) by the interview at the pace
   * so far, or "" when none. A part already ready is said apart: it is not off course, only short
   * of every topic at target.
   */
  private static String paceLine(Rubric rubric, Progress p, LocalDate interview, Score score) {
    List<String> later = new ArrayList<>();
    List<String> notMoving = new ArrayList<>();
    List<String> readyShort = new ArrayList<>();
    for (Progress.Projection pr : p.projection()) {
      String name = PanelGlance.name(rubric.part(pr.part()));
      boolean missed =
          !pr.reached()
              && (pr.reachesTargetOn() == null || pr.reachesTargetOn().isAfter(interview));
      if (!missed) {
        continue;
      }
      if (score.part(pr.part()).status() == Status.READY) {
        readyShort.add(name);
      } else if (pr.reachesTargetOn() == null) {
        notMoving.add(name);
      } else {
        later.add(name + ", about " + pr.reachesTargetOn());
      }
    }
    List<String> clauses = new ArrayList<>(later);
    if (!notMoving.isEmpty()) {
      clauses.add("not moving toward it: " + Lists.and(notMoving));
    }
    List<String> sentences = new ArrayList<>();
    if (!clauses.isEmpty()) {
      sentences.add(
          "Not on target by the interview ("
              + interview
              + ") at the pace so far: "
              + String.join("; ", clauses)
              + ".");
    }
    if (!readyShort.isEmpty()) {
      sentences.add(
          "Ready already, though some topics are still below target: "
              + Lists.and(readyShort)
              + ".");
    }
    return String.join(" ", sentences);
  }

  /**
   * "readiness index +1.6 (76.3 → 77.9)", "readiness index unchanged (77.9)", or why there is none.
   */
  private static String index(Double before, Double now) {
    if (before == null || now == null) {
      return "no readiness index to compare (a date with nothing rated)";
    }
    return Numbers.printsAsZero(now - before, 1)
        ? "readiness index unchanged (" + Numbers.index(now) + ")"
        : "readiness index "
            + Numbers.signed(now - before, 1)
            + " ("
            + Numbers.index(before)
            + " → "
            + Numbers.index(now)
            + ")";
  }

  /**
   * "T23 Kubernetes Operator Design 1 → 2, T24 … 1 → 2 and 3 more", with at most {@link
   * Limits#MENTOR_TOPICS_NAMED} named.
   */
  private static String named(Rubric rubric, List<Progress.Change> changes) {
    List<String> out =
        changes.stream()
            .map(
                c ->
                    c.topic()
                        + " "
                        + rubric.topic(c.topic()).title()
                        + " "
                        + Numbers.level(c.from())
                        + " → "
                        + Numbers.level(c.to()))
            .toList();
    return Lists.firstOf(out, Limits.MENTOR_TOPICS_NAMED, ", ");
  }
}
