package dev.readiness.report;

import static dev.readiness.text.Numbers.decimal;

import dev.readiness.progress.Progress;
import dev.readiness.text.Numbers;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A candidate's progress as the JSON report holds it (the object "progress"), rounded as the JSON
 * shows it.
 */
public record ProgressJson(
    List<PointJson> assessments,
    List<ChangeJson> changes,
    List<String> improved,
    List<String> regressed,
    Map<String, BigDecimal> partChanges,
    List<ChangeJson> focus,
    List<ProjectionJson> projection,
    CheckInsJson checkIns) {
  public ProgressJson {
    assessments = List.copyOf(assessments);
    changes = List.copyOf(changes);
    improved = List.copyOf(improved);
    regressed = List.copyOf(regressed);
    partChanges = Views.ordered(partChanges);
    focus = List.copyOf(focus);
    projection = List.copyOf(projection);
  }

  public record PointJson(
      String date, BigDecimal readinessIndex, int raters, Map<String, BigDecimal> parts) {
    public PointJson {
      parts = Views.ordered(parts);
    }
  }

  /** A topic's rating before and after; null where it was not rated. */
  public record ChangeJson(String topic, BigDecimal from, BigDecimal to) {}

  /**
   * When a part reaches its target.
   *
   * @param reachesTargetOn the date at the pace so far, or null when not at this pace
   */
  public record ProjectionJson(
      String part,
      BigDecimal coverage,
      BigDecimal perMonth,
      String reachesTargetOn,
      boolean reached) {}

  public record CheckInsJson(
      String previousDate, String previous, String latest, Map<String, NotesJson> topicNotes) {
    public CheckInsJson {
      topicNotes = Views.ordered(topicNotes);
    }
  }

  public record NotesJson(String previous, String latest) {}

  static ProgressJson of(Progress p) {
    Progress.CheckIns c = p.checkIns();
    Map<String, NotesJson> notes = new LinkedHashMap<>();
    c.topicNotes()
        .forEach((id, pair) -> notes.put(id, new NotesJson(pair.previous(), pair.latest())));
    return new ProgressJson(
        p.assessments().stream()
            .map(
                pt ->
                    new PointJson(
                        pt.date().toString(),
                        Numbers.indexValue(pt.readinessIndex()),
                        pt.raters(),
                        Views.decimals(pt.parts(), 4)))
            .toList(),
        changes(p.changes()),
        p.improved().stream().map(Progress.Change::topic).toList(),
        p.regressed().stream().map(Progress.Change::topic).toList(),
        Views.decimals(p.partChanges(), 4),
        changes(p.focus()),
        p.projection().stream()
            .map(
                pr ->
                    new ProjectionJson(
                        pr.part(),
                        decimal(pr.coverage(), 4),
                        decimal(pr.perMonth(), 4),
                        pr.reachesTargetOn() == null ? null : pr.reachesTargetOn().toString(),
                        pr.reached()))
            .toList(),
        new CheckInsJson(c.previousDate().toString(), c.previous(), c.latest(), notes));
  }

  private static List<ChangeJson> changes(List<Progress.Change> changes) {
    return changes.stream()
        .map(ch -> new ChangeJson(ch.topic(), decimal(ch.from(), 1), decimal(ch.to(), 1)))
        .toList();
  }
}
