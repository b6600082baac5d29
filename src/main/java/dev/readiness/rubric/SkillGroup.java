package dev.readiness.rubric;

import java.util.List;

/** A group of the Essential Skills Matrix, e.g. "Technical Depth" with its three skills. */
public record SkillGroup(String id, String title, List<Skill> skills) {
  public SkillGroup {
    skills = skills == null ? null : List.copyOf(skills);
  }

  /** One skill of the matrix. */
  public record Skill(String id, String title) {}
}
