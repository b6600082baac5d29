package dev.readiness.scoring;

import dev.readiness.rubric.Role;
import java.util.List;

/**
 * The scored assessment.
 *
 * @param readinessIndex 0–100, or null when nothing is rated
 * @param strengths rated topics at or above target, most above first
 * @param largestGaps topics below target, largest weighted gap first
 */
public record Score(
    Role role,
    List<TopicScore> topics,
    List<PartScore> parts,
    List<GroupScore> skillGroups,
    Double readinessIndex,
    Status verdict,
    List<TopicScore> strengths,
    List<TopicScore> largestGaps) {
  public Score {
    topics = List.copyOf(topics);
    parts = List.copyOf(parts);
    skillGroups = List.copyOf(skillGroups);
    strengths = List.copyOf(strengths);
    largestGaps = List.copyOf(largestGaps);
  }

  public PartScore part(String id) {
    return parts.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  public TopicScore topic(String id) {
    return topics.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  public long unratedTopics() {
    return topics.stream().filter(t -> !t.rated()).count();
  }
}
