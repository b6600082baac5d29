package dev.readiness.plan;

import dev.readiness.assessment.Assessment;
import dev.readiness.rubric.Rubric;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.Scorer;
import dev.readiness.scoring.Status;
import dev.readiness.scoring.TopicScore;
import dev.readiness.text.Numbers;
import dev.readiness.text.Plural;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The least study that brings a role's verdict to Ready, by the same model as the plan (level steps
 * at the rubric's hours, in whole half-hours per topic, the index projected by the scoring
 * formula): an exact minimum, or the reason study alone cannot get there.
 */
public final class ReadyHours {
  /**
   * The least study to reach Ready, or why study alone cannot.
   *
   * @param hours the least study hours to reach Ready (0 when it is Ready already), or null
   * @param reason why study alone cannot reach Ready, in words, when {@code hours} is null; else
   *     null
   */
  public record Result(Double hours, String reason) {}

  private final Rubric rubric;
  private final Scorer scorer;
  private final StudyCost cost;

  public ReadyHours(Rubric rubric) {
    this.rubric = rubric;
    this.scorer = new Scorer(rubric);
    this.cost = new StudyCost(rubric);
  }

  public Result of(Assessment a, Score score) {
    if (score.verdict() == Status.NOT_RATED) {
      return new Result(null, "nothing is rated");
    }
    if (score.verdict() == Status.READY) {
      return new Result(0.0, null);
    }
    List<TopicScore> gaps =
        score.topics().stream().filter(t -> t.gap() != null && t.gap() > 0).toList();
    Map<String, Double> perLevel = scorer.indexPerLevel(score);
    Map<String, Double> toLeave = new LinkedHashMap<>();
    score.parts().forEach(p -> toLeave.put(p.id(), scorer.levelsToLeaveNotReady(p)));
    // the rounded index reaches the Ready line once the unrounded one is within half a tenth of it
    double need = rubric.scoring().readyIndex() - 0.05 - scorer.unroundedIndex(score);
    StepOptimizer optimizer = new StepOptimizer(cost);
    for (int attempt = 0; attempt < 3; attempt++) {
      Map<String, StepOptimizer.Option> chosen =
          optimizer.cheapestReaching(gaps, perLevel, need, toLeave);
      if (chosen == null) {
        return new Result(null, unreachable(a, score));
      }
      Map<String, Double> levels = new LinkedHashMap<>();
      score.topics().stream()
          .filter(TopicScore::rated)
          .forEach(t -> levels.put(t.id(), t.rating()));
      chosen.forEach((id, o) -> levels.put(id, o.level()));
      if (scorer.score(a.withTopicRatings(levels), score.role()).verdict() == Status.READY) {
        return new Result(
            chosen.values().stream().mapToInt(StepOptimizer.Option::halves).sum() / 2.0, null);
      }
      need += 1e-6; // a floating-point hair short of the line: ask for a hair more
    }
    return new Result(null, unreachable(a, score));
  }

  /**
   * "even with every rated topic at target the index reaches 80.0, short of Ready at 85: raise the
   * skill ratings too, or rate the 20 topics not rated".
   */
  private String unreachable(Assessment a, Score score) {
    Map<String, Double> levels = new LinkedHashMap<>();
    score.topics().stream()
        .filter(TopicScore::rated)
        .forEach(t -> levels.put(t.id(), Math.max(t.rating(), t.target())));
    Double top = scorer.score(a.withTopicRatings(levels), score.role()).readinessIndex();
    long unrated = score.unratedTopics();
    return "even with every rated topic at target the index reaches "
        + Numbers.index(top)
        + ", short of Ready at "
        + Numbers.plain(rubric.scoring().readyIndex(), 1)
        + ": raise the skill ratings too"
        + (unrated > 0 ? ", or rate the " + Plural.count(unrated, "topic") + " not rated" : "");
  }
}
