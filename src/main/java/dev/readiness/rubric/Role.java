package dev.readiness.rubric;

import java.util.Map;

/** A target role: the level expected in each part and skill group, and how much each part weighs. */
public record Role(
    String id,
    String title,
    String description,
    Map<String, Integer> partTargets,
    Map<String, Double> partWeights,
    Map<String, Integer> skillGroupTargets) {
  public Role {
    partTargets = partTargets == null ? null : Map.copyOf(partTargets);
    partWeights = partWeights == null ? null : Map.copyOf(partWeights);
    skillGroupTargets = skillGroupTargets == null ? null : Map.copyOf(skillGroupTargets);
  }

  public int targetOfPart(String partId) {
    return partTargets.get(partId);
  }

  public double weightOfPart(String partId) {
    return partWeights.get(partId);
  }

  public int targetOfSkillGroup(String groupId) {
    return skillGroupTargets.get(groupId);
  }
}
