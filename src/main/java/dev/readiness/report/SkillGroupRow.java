package dev.readiness.report;

import dev.readiness.assessment.Assessment;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.SkillGroup;
import dev.readiness.scoring.GroupScore;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * One group of the skills matrix as the report shows it.
 *
 * @param meanRating the mean of its rated skills, or null when none is rated
 * @param status the group's status as printed ("Close")
 * @param statusTone how the status reads, for its colour
 * @param chartLabel the group's label in the chart: its title, with "(not rated)" when nothing in
 *     it is rated, so a bare target bar does not read as zero
 */
public record SkillGroupRow(
    String id,
    String title,
    int target,
    Double coverage,
    Double meanRating,
    String status,
    Tone statusTone,
    String chartLabel,
    List<SkillRow> skills) {
  public SkillGroupRow {
    skills = List.copyOf(skills);
  }

  /**
   * The group's row above its skills: "Future-Proofing · target 4 · Not ready", the status worded
   * as in the parts' table.
   */
  public String heading() {
    return title + " · target " + target + " · " + status;
  }

  /** One skill: its rating (null when not rated), the group's target and the gap to it. */
  public record SkillRow(
      String id, String title, Double rating, int target, Double gap, Tone tone, String notes) {}

  static List<SkillGroupRow> of(Rubric rubric, Score score, Assessment a) {
    List<SkillGroupRow> rows = new ArrayList<>();
    for (SkillGroup g : rubric.skillGroups()) {
      GroupScore gs =
          score.skillGroups().stream().filter(x -> x.id().equals(g.id())).findFirst().orElseThrow();
      List<SkillRow> skills = new ArrayList<>();
      for (SkillGroup.Skill s : g.skills()) {
        Double rating = a.skillRatings().get(s.id());
        Double gap = rating == null ? null : Math.max(0, gs.target() - rating);
        skills.add(
            new SkillRow(
                s.id(),
                s.title(),
                rating,
                gs.target(),
                gap,
                Tone.ofGap(gap),
                a.skillNotes().getOrDefault(s.id(), "")));
      }
      Double mean =
          skills.stream()
              .filter(s -> s.rating() != null)
              .mapToDouble(SkillRow::rating)
              .average()
              .stream()
              .boxed()
              .findFirst()
              .orElse(null);
      String chartLabel =
          gs.status() == Status.NOT_RATED
              ? g.title() + " (" + Status.NOT_RATED.label() + ")"
              : g.title();
      rows.add(
          new SkillGroupRow(
              g.id(),
              g.title(),
              gs.target(),
              gs.coverage(),
              mean,
              gs.status().label(),
              Tone.of(gs.status()),
              chartLabel,
              skills));
    }
    return rows;
  }
}
