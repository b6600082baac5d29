package dev.readiness.rubric;

import java.util.Map;

/**
 * A target role: the level expected in each part and skill group, and how much each part weighs.
 */
public record Role(
    String id,
    String title,
    String description,
    Map<String, Integer> partTargets,
    Map<String, Double> partWeights,
    Map<String, Integer> skillGroupTargets) {
  public Role {
    partTargets = ordered(partTargets);
    partWeights = ordered(partWeights);
    skillGroupTargets = ordered(skillGroupTargets);
  }

  /**
   * An unmodifiable copy in the file's order: Map.copyOf's order changes from run to run, and the
   * checker's messages follow the map's order.
   */
  private static <V> Map<String, V> ordered(Map<String, V> map) {
    return map == null
        ? null
        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
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
