package dev.readiness.report;

import dev.readiness.progress.Progress;
import dev.readiness.rubric.Part;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.ScoringRules;
import dev.readiness.scoring.Status;
import dev.readiness.text.Numbers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The progress chart as the PDF draws it, every figure and label decided here: the readiness index
 * on its own panel against the rubric's verdict bands and its target (the "ready" index), and one
 * small panel per part with its coverage against the part's target (coverage 100 %), each line
 * labelled at its end.
 *
 * @param dates the check-in dates, oldest first: the x of every value
 * @param dateLabels each date as the axis prints it
 * @param interview the interview date, or null: the chart marks it so that the pace reads against
 *     it
 * @param interviewLabel the interview marker's label, or "" without an interview date
 * @param index the readiness index panel
 * @param bands the verdict bands of the index, lowest first, spanning 0 to the index's maximum
 * @param parts one panel per part, in the rubric's order
 */
public record ProgressChart(
    List<LocalDate> dates,
    List<String> dateLabels,
    LocalDate interview,
    String interviewLabel,
    Panel index,
    List<Band> bands,
    List<Panel> parts) {
  /** The index and coverage are both out of 100. */
  public static final double MAX = 100;

  public ProgressChart {
    dates = List.copyOf(dates);
    dateLabels = List.copyOf(dateLabels);
    bands = List.copyOf(bands);
    parts = List.copyOf(parts);
  }

  /** A band of index values with the verdict it gives: [from, to). */
  public record Band(double from, double to, String label, Tone tone) {}

  /**
   * One panel: a single line over the dates against a target line.
   *
   * @param values the value at each date, null where nothing was rated (a gap in the line)
   * @param endLabel the latest value as printed at the line's end ("77.9", "23%"), or "" when it
   *     has none
   */
  public record Panel(
      String title, List<Double> values, double target, String targetLabel, String endLabel) {
    public Panel {
      values = Collections.unmodifiableList(new ArrayList<>(values));
    }
  }

  static ProgressChart of(Rubric rubric, Progress p, LocalDate interview) {
    List<Progress.Point> points = p.assessments();
    ScoringRules rules = rubric.scoring();
    List<Double> index = points.stream().map(Progress.Point::readinessIndex).toList();
    Double lastIndex = index.get(index.size() - 1);
    Panel indexPanel =
        new Panel(
            "Readiness index",
            index,
            rules.readyIndex(),
            Status.READY.label()
                + " from "
                + Numbers.plain(rules.readyIndex(), 1)
                + " (the target)",
            lastIndex == null ? "" : Numbers.index(lastIndex));
    List<Band> bands =
        List.of(
            new Band(0, rules.closeIndex(), Status.NOT_READY.label(), Tone.POOR),
            new Band(rules.closeIndex(), rules.readyIndex(), Status.CLOSE.label(), Tone.FAIR),
            new Band(rules.readyIndex(), MAX, Status.READY.label(), Tone.GOOD));
    List<Panel> parts = new ArrayList<>();
    for (Part part : rubric.parts()) {
      List<Double> coverage =
          points.stream()
              .map(x -> x.parts().get(part.id()) == null ? null : x.parts().get(part.id()) * MAX)
              .toList();
      Double last = points.get(points.size() - 1).parts().get(part.id());
      parts.add(
          new Panel(
              part.heading(), coverage, MAX, "target", last == null ? "" : Numbers.percent(last)));
    }
    return new ProgressChart(
        points.stream().map(Progress.Point::date).toList(),
        points.stream().map(x -> x.date().toString()).toList(),
        interview,
        interview == null ? "" : "Interview " + interview,
        indexPanel,
        bands,
        parts);
  }
}
