package dev.readiness.report;

import dev.readiness.progress.Progress;
import dev.readiness.rubric.Part;
import dev.readiness.rubric.Rubric;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.Status;
import dev.readiness.text.Limits;
import dev.readiness.text.Lists;
import dev.readiness.text.Numbers;
import dev.readiness.text.Plural;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A candidate's progress as the report shows it.
 *
 * @param change the index change since the previous assessment: "+4.5 since 2026-08-10", "−1.0
 *     since …" or "no change since …"
 * @param coverageSeries per part label, its coverage in percent at each date (null where not rated)
 * @param notes the check-in notes: "Agreed" first, then per topic
 * @param chart the progress chart: the index against the verdict bands, each part against its
 *     target
 */
public record ProgressView(
    String intro,
    String change,
    List<LocalDate> dates,
    List<Double> indexSeries,
    Map<String, List<Double>> coverageSeries,
    LocalDate previousDate,
    List<PartRow> parts,
    List<String> improved,
    List<String> regressed,
    List<FocusRow> focus,
    List<NoteRow> notes,
    ProgressChart chart) {
  public ProgressView {
    dates = List.copyOf(dates);
    indexSeries = java.util.Collections.unmodifiableList(new ArrayList<>(indexSeries));
    coverageSeries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(coverageSeries));
    parts = List.copyOf(parts);
    improved = List.copyOf(improved);
    regressed = List.copyOf(regressed);
    focus = List.copyOf(focus);
    notes = List.copyOf(notes);
  }

  /** A part's coverage then and now, and when it reaches its target at this pace. */
  public record PartRow(
      String heading, String then, String now, String change, Tone tone, String reach) {}

  /** A focus topic of the previous plan and where it stands now. */
  public record FocusRow(
      String topic, String title, String then, String now, String movement, Tone tone) {}

  /** A line of check-in notes: what it is about, the previous note and this one. */
  public record NoteRow(String about, String previous, String latest) {}

  /**
   * @param interview the interview date, or null: projections are said against it
   * @param score the latest assessment's score: a part it finds ready is said to be so
   */
  static ProgressView of(Rubric rubric, Progress p, LocalDate interview, Score score) {
    Progress.Point prev = p.previous();
    List<PartRow> parts = new ArrayList<>();
    for (Progress.Projection pr : p.projection()) {
      boolean ready = score.part(pr.part()).status() == Status.READY;
      parts.add(partRow(rubric, p, pr, interview, ready));
    }
    List<FocusRow> focus = p.focus().stream().map(ch -> focusRow(rubric, ch)).toList();
    return new ProgressView(
        intro(p),
        change(prev, p.latest()),
        p.assessments().stream().map(Progress.Point::date).toList(),
        p.assessments().stream().map(Progress.Point::readinessIndex).toList(),
        coverageSeries(rubric, p),
        prev.date(),
        parts,
        p.improved().stream().map(c -> changeLine(rubric, c)).toList(),
        p.regressed().stream().map(c -> changeLine(rubric, c)).toList(),
        focus,
        notes(rubric, p),
        ProgressChart.of(rubric, p, interview));
  }

  /** The index change, null when either end has no index. */
  private static Double delta(Progress.Point prev, Progress.Point last) {
    return prev.readinessIndex() == null || last.readinessIndex() == null
        ? null
        : last.readinessIndex() - prev.readinessIndex();
  }

  /** "+1.6 since 2026-08-10", "no change since …" or "no index to compare since …". */
  private static String change(Progress.Point prev, Progress.Point last) {
    Double delta = delta(prev, last);
    return delta == null
        ? "no index to compare since " + prev.date()
        : Numbers.printsAsZero(delta, 1)
            ? "no change since " + prev.date()
            : Numbers.signed(delta, 1) + " since " + prev.date();
  }

  /** The chapter's opening: how many assessments, over what dates, and how the index moved. */
  private static String intro(Progress p) {
    Progress.Point prev = p.previous();
    Progress.Point last = p.latest();
    boolean panels = p.assessments().stream().anyMatch(x -> x.raters() > 1);
    return Plural.count(p.assessments().size(), "assessment")
        + " from "
        + p.assessments().get(0).date()
        + " to "
        + last.date()
        + ". Since the previous one on "
        + prev.date()
        + " the readiness index moved from "
        + Numbers.index(prev.readinessIndex())
        + " to "
        + Numbers.index(last.readinessIndex())
        + " ("
        + Numbers.signed(delta(prev, last), 1)
        + ")."
        + (panels ? " Where a date had several raters, the panel's consensus is its point." : "");
  }

  /** Per part, its coverage in percent at each date (null where not rated). */
  private static Map<String, List<Double>> coverageSeries(Rubric rubric, Progress p) {
    Map<String, List<Double>> coverage = new LinkedHashMap<>();
    for (Part part : rubric.parts()) {
      coverage.put(
          part.id(),
          p.assessments().stream()
              .map(x -> x.parts().get(part.id()) == null ? null : x.parts().get(part.id()) * 100)
              .toList());
    }
    return coverage;
  }

  private static PartRow partRow(
      Rubric rubric, Progress p, Progress.Projection pr, LocalDate interview, boolean ready) {
    Double d = p.partChanges().get(pr.part());
    long points = d == null ? 0 : Math.round(d * 100);
    return new PartRow(
        rubric.part(pr.part()).heading(),
        Numbers.percent(p.previous().parts().get(pr.part())),
        Numbers.percent(pr.coverage()),
        d == null ? Numbers.NONE : Numbers.signed((double) points, 0) + " pts",
        d == null || points == 0 ? Tone.NONE : points > 0 ? Tone.GOOD : Tone.POOR,
        ready && !pr.reached() ? readyReach(pr, interview) : reach(pr, interview));
  }

  private static FocusRow focusRow(Rubric rubric, Progress.Change ch) {
    String movement = movement(rubric, ch);
    return new FocusRow(
        ch.topic(),
        rubric.topic(ch.topic()).title(),
        Numbers.level(ch.from()),
        Numbers.level(ch.to()),
        movement,
        ch.improved() || movement.equals(KEPT)
            ? Tone.GOOD
            : ch.regressed() ? Tone.POOR : Tone.NONE);
  }

  /** "Agreed" first, then each topic's notes. */
  private static List<NoteRow> notes(Rubric rubric, Progress p) {
    List<NoteRow> notes = new ArrayList<>();
    notes.add(
        new NoteRow("Agreed", orDash(p.checkIns().previous()), orDash(p.checkIns().latest())));
    p.checkIns()
        .topicNotes()
        .forEach(
            (id, pair) ->
                notes.add(
                    new NoteRow(
                        id + " " + rubric.topic(id).title(), pair.previous(), pair.latest())));
    return notes;
  }

  /** Page 1's line on the previous plan's focus topics. */
  public String focusLine() {
    if (focus.isEmpty()) {
      return "";
    }
    List<String> groups = new ArrayList<>();
    for (String movement :
        List.of("moved up", "slipped", "unchanged", KEPT, "rated now", "not rated now")) {
      List<FocusRow> these = focus.stream().filter(f -> f.movement().equals(movement)).toList();
      if (these.isEmpty()) {
        continue;
      }
      // named, with their levels: a bare ID means nothing to a mentor at a check-in
      List<String> topics =
          these.stream()
              .map(
                  f ->
                      f.topic()
                          + " "
                          + f.title()
                          + " "
                          + (movement.equals("unchanged") || movement.equals(KEPT)
                              ? "at " + f.now()
                              : f.then() + " → " + f.now()))
              .toList();
      groups.add(
          these.size()
              + " "
              + movement
              + " ("
              + Lists.firstOf(topics, Limits.FOCUS_TOPICS_NAMED, ", ")
              + ")");
    }
    return "The previous plan's "
        + focus.size()
        + " focus topics: "
        + String.join("; ", groups)
        + ".";
  }

  /**
   * When a part reaches its target at the pace so far, said against the interview date when there
   * is one.
   */
  static String reach(Progress.Projection pr, LocalDate interview) {
    if (pr.reached()) {
      return "Reached";
    }
    if (pr.reachesTargetOn() == null) {
      return interview == null ? "Not at this pace" : "Not by the interview at this pace";
    }
    String about = "About " + pr.reachesTargetOn();
    if (interview == null) {
      return about + " at the pace so far";
    }
    return about
        + (pr.reachesTargetOn().isAfter(interview)
            ? ", after the interview"
            : ", before the interview");
  }

  /**
   * A part ready already but short of every topic at target: "Ready now; target not by the
   * interview at this pace", so that the column never reads as if a ready part were off course.
   */
  static String readyReach(Progress.Projection pr, LocalDate interview) {
    String when = reach(pr, interview);
    return Status.READY.label()
        + " now; target "
        + Character.toLowerCase(when.charAt(0))
        + when.substring(1);
  }

  /**
   * A focus topic that stayed at the depth level or above was kept there, which is what the plan
   * asked of it: not "unchanged", which reads as no progress.
   */
  private static final String KEPT = "kept at depth";

  private static String movement(Rubric rubric, Progress.Change ch) {
    if (ch.from() == null || ch.to() == null) {
      return ch.to() == null ? "not rated now" : "rated now";
    }
    if (ch.improved()) {
      return "moved up";
    }
    if (ch.regressed()) {
      return "slipped";
    }
    return ch.from() >= rubric.depthAdvice().level() ? KEPT : "unchanged";
  }

  private static String changeLine(Rubric rubric, Progress.Change ch) {
    return ch.topic()
        + " "
        + rubric.topic(ch.topic()).title()
        + ": "
        + Numbers.level(ch.from())
        + " → "
        + Numbers.level(ch.to());
  }

  private static String orDash(String s) {
    return s == null || s.isEmpty() ? Numbers.NONE : s;
  }
}
