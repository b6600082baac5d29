package dev.readiness.plan;

import java.util.List;

/**
 * One line of a week.
 *
 * @param topic the topic ID, or null for practice
 * @param description what to do, in words
 * @param points the deep-dive points to study (empty for practice)
 * @param question the interview question to practise answering aloud (topic work and whiteboard
 *     practice), or null
 * @param fromLevel the level this work starts from (topic work only, else null)
 * @param toLevel the level this work aims at (topic work only, else null)
 * @param practised the topic whose question a whiteboard or kata takes (practice only), or null
 */
public record PlanItem(
    String topic,
    Activity activity,
    String description,
    List<String> points,
    String question,
    double hours,
    Double fromLevel,
    Integer toLevel,
    String practised) {
  public PlanItem {
    points = List.copyOf(points);
  }
}
