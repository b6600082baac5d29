package dev.readiness.report;

import dev.readiness.assessment.Assessment;
import dev.readiness.rubric.Part;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.Topic;
import dev.readiness.scoring.PartScore;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.TopicScore;
import dev.readiness.text.Numbers;
import dev.readiness.text.Plural;
import java.util.ArrayList;
import java.util.List;

/**
 * One part of the guide as the report shows it.
 *
 * @param meanRating the mean rating of its rated topics, or null when none is rated
 * @param depthApplies whether the depth goal applies: the role's target for the part is at the
 *     depth level or more
 * @param depthText the depth cell: "3 (goal met)", "1 (goal: 2)" or "0 (not needed)"
 * @param status the part's status as printed ("Ready", "Not rated")
 * @param statusTone how the status reads, for its colour
 * @param summary one line under the part's heading
 */
public record PartRow(
    String id,
    String heading,
    int target,
    Double coverage,
    String coverageText,
    double gapPoints,
    String gapPointsText,
    Double meanRating,
    int depthTopics,
    boolean depthApplies,
    boolean depthMet,
    String depthText,
    String status,
    Tone statusTone,
    boolean complete,
    String summary,
    List<TopicRow> topics) {
  public PartRow {
    topics = List.copyOf(topics);
  }

  /** One topic of a part. */
  public record TopicRow(
      String id, String title, Double rating, int target, Double gap, Tone tone, String notes) {}

  static List<PartRow> of(Rubric rubric, Score score, Assessment a) {
    List<PartRow> rows = new ArrayList<>();
    for (Part part : rubric.parts()) {
      PartScore p = score.part(part.id());
      List<TopicRow> topics = topicRows(rubric, score, a, part);
      boolean applies = p.target() >= rubric.depthAdvice().level();
      rows.add(
          new PartRow(
              p.id(),
              part.heading(),
              p.target(),
              p.coverage(),
              Numbers.percent(p.coverage()) + (p.complete() ? "" : " *"),
              p.gapPoints(),
              Numbers.plain(p.gapPoints(), 2),
              meanRating(topics),
              p.depthTopics(),
              applies,
              p.depthMet(),
              depthCell(rubric, p, applies),
              p.status().label(),
              Tone.of(p.status()),
              p.complete(),
              summary(rubric, p, applies),
              topics));
    }
    return rows;
  }

  /** The part's topics with their scores and the assessment's notes. */
  private static List<TopicRow> topicRows(Rubric rubric, Score score, Assessment a, Part part) {
    List<TopicRow> topics = new ArrayList<>();
    for (Topic t : rubric.topicsOf(part.id())) {
      TopicScore ts = score.topic(t.id());
      topics.add(
          new TopicRow(
              t.id(),
              t.title(),
              ts.rating(),
              ts.target(),
              ts.gap(),
              Tone.ofGap(ts.gap()),
              a.topicNotes().getOrDefault(t.id(), "")));
    }
    return topics;
  }

  /** The mean rating of the rated topics, or null when none is rated. */
  private static Double meanRating(List<TopicRow> topics) {
    return topics.stream()
        .filter(t -> t.rating() != null)
        .mapToDouble(TopicRow::rating)
        .average()
        .stream()
        .boxed()
        .findFirst()
        .orElse(null);
  }

  /** The depth cell: "3 (goal met)", "1 (goal: 2)" or "0 (not needed)". */
  private static String depthCell(Rubric rubric, PartScore p, boolean applies) {
    return p.depthTopics()
        + (!applies
            ? " (not needed)"
            : p.depthMet() ? " (goal met)" : " (goal: " + rubric.depthAdvice().minTopics() + ")");
  }

  /** The line under the part's heading: target, coverage, topics rated, status and depth. */
  private static String summary(Rubric rubric, PartScore p, boolean applies) {
    String depthSentence =
        !applies
            ? "not needed at target " + p.target()
            : p.depthMet()
                ? "goal met"
                : "goal not met (" + rubric.depthAdvice().minTopics() + " needed)";
    return "Target "
        + p.target()
        + " · coverage "
        + Numbers.percent(p.coverage())
        + " · "
        + p.rated()
        + " of "
        + (p.rated() + p.unrated())
        + " topics rated · status: "
        + p.status().label()
        + " · depth: "
        + Plural.count(p.depthTopics(), "topic")
        + " at level "
        + rubric.depthAdvice().level()
        + " or more, "
        + depthSentence
        + ".";
  }
}
