package dev.readiness.report;

import dev.readiness.plan.Activity;
import dev.readiness.plan.PlanItem;
import dev.readiness.plan.StudyPlan;
import dev.readiness.plan.Week;
import dev.readiness.rubric.Part;
import dev.readiness.rubric.Rubric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan at a glance, before its pages of detail: a strip of weeks against parts showing which
 * part each week works on, the practice that marks a week, and the weeks with fewer study days.
 *
 * @param parts the rows: "Part 1" … in the guide's order, with their IDs
 * @param columns the columns: a week each, or a few weeks each when the plan is long
 * @param legend what the marks mean, in words
 */
public record Glance(List<Row> parts, List<Column> columns, String legend) {
  /** Columns at most: longer plans put several weeks in a column. */
  static final int MAX_COLUMNS = 30;

  public Glance {
    parts = List.copyOf(parts);
    columns = List.copyOf(columns);
  }

  /** A row of the strip. */
  public record Row(String id, String label) {}

  /**
   * A column: its label ("3", or "5–6"), the share of its topic hours in each part (0–1, parts with
   * none absent), its practice marks ("M", "K", "C", "D"), and whether it has fewer study days than
   * a full week.
   */
  public record Column(String label, Map<String, Double> shares, String marks, boolean reduced) {
    public Column {
      shares = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shares));
    }
  }

  private static final Map<Activity, String> MARKS =
      Map.of(
          Activity.MOCK_INTERVIEW,
          "M",
          Activity.KATA,
          "K",
          Activity.CASE_STUDIES,
          "C",
          Activity.ADRS,
          "D");

  static Glance of(Rubric rubric, StudyPlan plan) {
    List<Row> rows =
        rubric.parts().stream().map(p -> new Row(p.id(), "Part " + p.number())).toList();
    List<Week> weeks = plan.weeks();
    int per = (weeks.size() + MAX_COLUMNS - 1) / Math.max(1, MAX_COLUMNS);
    per = Math.max(1, per);
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < weeks.size(); i += per) {
      List<Week> group = weeks.subList(i, Math.min(weeks.size(), i + per));
      Map<String, Double> hours = new LinkedHashMap<>();
      StringBuilder marks = new StringBuilder();
      boolean reduced = false;
      for (Week w : group) {
        for (PlanItem item : w.items()) {
          if (item.topic() != null) {
            hours.merge(rubric.topic(item.topic()).part(), item.hours(), Double::sum);
          } else if (MARKS.containsKey(item.activity())
              && marks.indexOf(MARKS.get(item.activity())) < 0) {
            marks.append(MARKS.get(item.activity()));
          }
        }
        reduced |= w.available() < plan.inputs().hoursPerWeek();
      }
      double total = hours.values().stream().mapToDouble(Double::doubleValue).sum();
      Map<String, Double> shares = new LinkedHashMap<>();
      for (Part p : rubric.parts()) {
        if (hours.containsKey(p.id())) {
          shares.put(p.id(), hours.get(p.id()) / total);
        }
      }
      String label =
          group.size() == 1
              ? String.valueOf(group.get(0).week())
              : group.get(0).week() + "–" + group.get(group.size() - 1).week();
      columns.add(new Column(label, shares, marks.toString(), reduced));
    }
    String legend =
        "Weeks"
            + (per > 1 ? " (" + per + " to a column)" : "")
            + " across, parts down: a filled"
            + " cell is study in that part, darker for more of the week's topic hours. M mock interview, K kata,"
            + " C case studies, D decision records; a grey week has fewer study days (days off, or the part week"
            + " before the interview).";
    return new Glance(rows, columns, legend);
  }
}
