package dev.readiness.progress;

import dev.readiness.assessment.Assessment;
import dev.readiness.rubric.Part;
import dev.readiness.rubric.Rubric;
import dev.readiness.scoring.Score;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Follows one candidate across dates. */
public final class ProgressTracker {
  /** A projection further out than this is no projection: "not at this pace". */
  static final long HORIZON_DAYS = 5 * 365;

  private final Rubric rubric;

  public ProgressTracker(Rubric rubric) {
    this.rubric = rubric;
  }

  /**
   * One dated assessment (a single workbook or a panel's consensus), scored against the latest's
   * role.
   */
  public record Dated(Assessment assessment, Score score, int raters, List<String> focus) {}

  /**
   * How the candidate moved across the check-ins.
   *
   * @param history two or more dated assessments, oldest first
   */
  public Progress track(List<Dated> history) {
    if (history.size() < 2) {
      throw new IllegalArgumentException("progress needs two or more assessments");
    }
    List<Progress.Point> points = new ArrayList<>();
    for (Dated d : history) {
      Map<String, Double> parts = new LinkedHashMap<>();
      d.score().parts().forEach(p -> parts.put(p.id(), p.coverage()));
      points.add(
          new Progress.Point(d.assessment().date(), d.score().readinessIndex(), parts, d.raters()));
    }
    Dated previous = history.get(history.size() - 2);
    Dated latest = history.get(history.size() - 1);
    List<Progress.Change> changes = new ArrayList<>();
    for (String id : rubric.topicIds()) {
      Double from = previous.assessment().topicRatings().get(id);
      Double to = latest.assessment().topicRatings().get(id);
      if (!Objects.equals(from, to)) {
        changes.add(new Progress.Change(id, from, to));
      }
    }
    Map<String, Double> partChanges = new LinkedHashMap<>();
    for (Part p : rubric.parts()) {
      Double before = previous.score().part(p.id()).coverage();
      Double now = latest.score().part(p.id()).coverage();
      partChanges.put(p.id(), before == null || now == null ? null : now - before);
    }
    List<Progress.Change> focus =
        previous.focus().stream()
            .map(
                id ->
                    new Progress.Change(
                        id,
                        previous.assessment().topicRatings().get(id),
                        latest.assessment().topicRatings().get(id)))
            .toList();
    List<Progress.Projection> projection = new ArrayList<>();
    for (Part p : rubric.parts()) {
      projection.add(project(p.id(), points));
    }
    return new Progress(
        points,
        changes,
        partChanges,
        focus,
        projection,
        checkIns(previous.assessment(), latest.assessment()));
  }

  /**
   * A least-squares line through the part's coverage over time, followed from the latest point to
   * 1.
   */
  private static Progress.Projection project(String part, List<Progress.Point> points) {
    List<double[]> xy = new ArrayList<>();
    LocalDate origin = points.get(0).date();
    for (Progress.Point p : points) {
      Double c = p.parts().get(part);
      if (c != null) {
        xy.add(new double[] {ChronoUnit.DAYS.between(origin, p.date()), c});
      }
    }
    Progress.Point last = points.get(points.size() - 1);
    Double now = last.parts().get(part);
    if (now != null && now >= 1 - 1e-9) {
      return new Progress.Projection(
          part, now, slope(xy) == null ? null : slope(xy) * 30, last.date(), true);
    }
    Double slope = slope(xy);
    if (now == null || slope == null || slope <= 1e-9) {
      return new Progress.Projection(part, now, slope == null ? null : slope * 30, null, false);
    }
    long days = (long) Math.ceil((1 - now) / slope);
    LocalDate on = days > HORIZON_DAYS ? null : last.date().plusDays(days);
    return new Progress.Projection(part, now, slope * 30, on, false);
  }

  /** Coverage per day, or null with fewer than two dated points. */
  static Double slope(List<double[]> xy) {
    if (xy.size() < 2) {
      return null;
    }
    double mx = xy.stream().mapToDouble(p -> p[0]).average().orElseThrow();
    double my = xy.stream().mapToDouble(p -> p[1]).average().orElseThrow();
    double sxy = 0;
    double sxx = 0;
    for (double[] p : xy) {
      sxy += (p[0] - mx) * (p[1] - my);
      sxx += (p[0] - mx) * (p[0] - mx);
    }
    return sxx == 0 ? null : sxy / sxx;
  }

  private Progress.CheckIns checkIns(Assessment previous, Assessment latest) {
    Map<String, Progress.NotePair> notes = new LinkedHashMap<>();
    for (String id : rubric.topicIds()) {
      String before = previous.topicNotes().get(id);
      String now = latest.topicNotes().get(id);
      if (before != null || now != null) {
        notes.put(id, new Progress.NotePair(before == null ? "" : before, now == null ? "" : now));
      }
    }
    return new Progress.CheckIns(
        previous.date(), previous.checkInNotes(), latest.checkInNotes(), notes);
  }
}
