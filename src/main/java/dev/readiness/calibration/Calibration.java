package dev.readiness.calibration;

import dev.readiness.assessment.Assessment;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One candidate's panel on one date.
 *
 * @param raters the panel's raters, then the self-rater if any, in a stable order
 * @param agreement what the alphas mean, in words
 * @param topics per topic, every rating with the panel's median, mean and spread
 * @param disagreements the topics where panel raters differ by the rubric's discussion spread or
 *     more, largest spread first
 * @param selfBias per part, the self-rating minus the panel consensus (mean over topics both
 *     rated), or null
 * @param consensus the panel's median ratings as an assessment: what the report scores and plans
 */
public record Calibration(
    List<Rater> raters,
    Alpha overall,
    Map<String, Alpha> byPart,
    Agreement agreement,
    List<TopicRatings> topics,
    List<Disagreement> disagreements,
    Map<String, Double> selfBias,
    Assessment consensus) {
  public Calibration {
    raters = List.copyOf(raters);
    byPart = Collections.unmodifiableMap(new LinkedHashMap<>(byPart));
    topics = List.copyOf(topics);
    disagreements = List.copyOf(disagreements);
    selfBias = Collections.unmodifiableMap(new LinkedHashMap<>(selfBias));
  }

  /** A rater of this panel, and how lenient they are across the whole run (null when unknown). */
  public record Rater(
      String name, dev.readiness.assessment.RaterRole role, String source, Leniency leniency) {
    public boolean isSelf() {
      return role == dev.readiness.assessment.RaterRole.SELF;
    }
  }

  /**
   * One topic's ratings.
   *
   * @param panel the panel raters' ratings by name (raters who left it blank are absent)
   * @param self the self-rating, or null
   */
  public record TopicRatings(
      String topic,
      Map<String, Double> panel,
      Double self,
      Double median,
      Double mean,
      Double spread) {
    public TopicRatings {
      panel = Collections.unmodifiableMap(new LinkedHashMap<>(panel));
    }
  }

  /** A topic to discuss: its spread and every panel rating. */
  public record Disagreement(String topic, double spread, Map<String, Double> ratings) {
    public Disagreement {
      ratings = Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
    }
  }

  /**
   * A rater's mean offset from the panel consensus on the topics they rated, over every candidate
   * of the run.
   *
   * @param offset positive: rates above the panel (lenient); negative: below (harsh)
   */
  public record Leniency(double offset, int topics, int candidates) {}

  public boolean hasSelf() {
    return raters.stream().anyMatch(Rater::isSelf);
  }
}
