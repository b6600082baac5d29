package dev.readiness.progress;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One candidate's progress, oldest assessment first.
 *
 * @param changes every topic whose rating differs between the previous and the latest assessment
 * @param partChanges per part, the latest coverage minus the previous (null when either is not
 *     rated)
 * @param focus the previous plan's focus topics, with their rating then and now
 * @param projection per part, when it reaches its target at the pace so far
 * @param checkIns the previous and the latest check-in notes, and the topic notes of both
 */
public record Progress(
    List<Point> assessments,
    List<Change> changes,
    Map<String, Double> partChanges,
    List<Change> focus,
    List<Projection> projection,
    CheckIns checkIns) {
  public Progress {
    assessments = List.copyOf(assessments);
    changes = List.copyOf(changes);
    partChanges = Collections.unmodifiableMap(new LinkedHashMap<>(partChanges));
    focus = List.copyOf(focus);
    projection = List.copyOf(projection);
  }

  /** One assessment on the line: its date, index and each part's coverage (null when not rated). */
  public record Point(
      LocalDate date, Double readinessIndex, Map<String, Double> parts, int raters) {
    public Point {
      parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }
  }

  /** A topic's rating before and after (either may be null: not rated). */
  public record Change(String topic, Double from, Double to) {
    public boolean improved() {
      return from != null && to != null && to > from;
    }

    public boolean regressed() {
      return from != null && to != null && to < from;
    }
  }

  /**
   * When a part reaches its target (coverage 1).
   *
   * @param reachesTargetOn the projected date, or null when not at this pace
   * @param perMonth the coverage gained per 30 days so far
   */
  public record Projection(
      String part, Double coverage, Double perMonth, LocalDate reachesTargetOn, boolean reached) {}

  /** What was agreed at the previous check-in, beside this one's. */
  public record CheckIns(
      LocalDate previousDate, String previous, String latest, Map<String, NotePair> topicNotes) {
    public CheckIns {
      topicNotes = Collections.unmodifiableMap(new LinkedHashMap<>(topicNotes));
    }
  }

  /** A topic's notes at the previous and the latest check-in ("" when none). */
  public record NotePair(String previous, String latest) {}

  public List<Change> improved() {
    return changes.stream().filter(Change::improved).toList();
  }

  public List<Change> regressed() {
    return changes.stream().filter(Change::regressed).toList();
  }

  public Point previous() {
    return assessments.get(assessments.size() - 2);
  }

  public Point latest() {
    return assessments.get(assessments.size() - 1);
  }
}
