package dev.readiness.scoring;

import dev.readiness.assessment.Assessment;
import dev.readiness.rubric.Part;
import dev.readiness.rubric.Role;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.ScoringRules;
import dev.readiness.rubric.SkillGroup;
import dev.readiness.rubric.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Scores an assessment against a role of the rubric. The rules are stated in README.md, "How scores
 * are made".
 */
public final class Scorer {
  private final Rubric rubric;

  public Scorer(Rubric rubric) {
    this.rubric = rubric;
  }

  /**
   * The role a workbook asks for, unless overridden; the rubric's default when it asks for none.
   */
  public Role roleFor(Assessment a, String override) {
    String id = override != null ? override : a.targetRole();
    return id == null ? rubric.defaultRole() : rubric.role(id);
  }

  public Score score(Assessment a, Role role) {
    List<TopicScore> topics = new ArrayList<>();
    for (Topic t : rubric.topics()) {
      int target = role.targetOfPart(t.part());
      Double rating = a.topicRatings().get(t.id());
      Double gap = rating == null ? null : Math.max(0, target - rating);
      Double weighted = gap == null ? null : gap * role.weightOfPart(t.part());
      topics.add(new TopicScore(t.id(), t.part(), t.title(), rating, target, gap, weighted));
    }
    List<PartScore> parts = new ArrayList<>();
    for (Part p : rubric.parts()) {
      parts.add(scorePart(p, role, topics.stream().filter(t -> t.part().equals(p.id())).toList()));
    }
    List<GroupScore> groups = new ArrayList<>();
    for (SkillGroup g : rubric.skillGroups()) {
      groups.add(scoreGroup(g, role.targetOfSkillGroup(g.id()), a.skillRatings()));
    }
    Double raw = index(parts, groups);
    Double index = raw == null ? null : Math.round(raw * 1000) / 10.0;
    Status verdict = verdict(index, parts);
    List<TopicScore> strengths =
        topics.stream()
            .filter(TopicScore::atOrAboveTarget)
            .sorted(
                Comparator.comparingDouble((TopicScore t) -> t.rating() - t.target())
                    .reversed()
                    .thenComparing(Comparator.comparingDouble(TopicScore::rating).reversed())
                    .thenComparingInt(t -> rubric.orderOf(t.id())))
            .toList();
    List<TopicScore> gaps =
        topics.stream()
            .filter(t -> t.gap() != null && t.gap() > 0)
            .sorted(
                Comparator.comparingDouble(TopicScore::weightedGap)
                    .reversed()
                    .thenComparingInt(t -> rubric.orderOf(t.id())))
            .toList();
    return new Score(role, topics, parts, groups, index, verdict, strengths, gaps);
  }

  private PartScore scorePart(Part p, Role role, List<TopicScore> topics) {
    int target = role.targetOfPart(p.id());
    List<TopicScore> rated = topics.stream().filter(TopicScore::rated).toList();
    Double coverage = coverage(rated.stream().map(TopicScore::rating).toList(), target);
    double gapPoints = rated.stream().mapToDouble(TopicScore::weightedGap).sum();
    int depthLevel = rubric.depthAdvice().level();
    int depth = (int) rated.stream().filter(t -> t.rating() >= depthLevel).count();
    boolean depthMet = depth >= rubric.depthAdvice().minTopics();
    // the depth goal gates "ready" only where the role itself asks for that depth
    boolean depthNeeded = target >= depthLevel;
    Status status = status(coverage, depthMet || !depthNeeded);
    return new PartScore(
        p.id(),
        p.title(),
        target,
        role.weightOfPart(p.id()),
        coverage,
        gapPoints,
        depth,
        depthMet,
        status,
        rated.size(),
        topics.size() - rated.size());
  }

  private GroupScore scoreGroup(SkillGroup g, int target, Map<String, Double> ratings) {
    List<Double> rated =
        g.skills().stream().map(s -> ratings.get(s.id())).filter(r -> r != null).toList();
    double gapPoints = rated.stream().mapToDouble(r -> Math.max(0, target - r)).sum();
    Double coverage = coverage(rated, target);
    return new GroupScore(
        g.id(),
        g.title(),
        target,
        coverage,
        gapPoints,
        status(coverage, true),
        rated.size(),
        g.skills().size() - rated.size());
  }

  /**
   * The mean share of the way from the scale's lowest level to the target, each capped at the
   * target: on a 0–5 scale min(rating, target) / target; on a 1–4 scale a 1 covers nothing, as a 0
   * does on 0–5 (the rubric keeps every target above the lowest level).
   */
  private Double coverage(List<Double> ratings, int target) {
    if (ratings.isEmpty()) {
      return null;
    }
    int lowest = rubric.scale().min();
    return ratings.stream()
        .mapToDouble(r -> (Math.min(r, target) - lowest) / (target - lowest))
        .average()
        .orElseThrow();
  }

  private Status status(Double coverage, boolean depthOk) {
    ScoringRules rules = rubric.scoring();
    if (coverage == null) {
      return Status.NOT_RATED;
    }
    if (coverage >= rules.readyCoverage() - 1e-9 && depthOk) {
      return Status.READY;
    }
    return coverage >= rules.closeCoverage() - 1e-9 ? Status.CLOSE : Status.NOT_READY;
  }

  /**
   * The parts in the order of need: not ready first, then close, then the rest; within each, the
   * most gap points first, then the guide's order. Page 1 names the first of these and the plan
   * studies them in this order.
   */
  public List<PartScore> partsByNeed(Score score) {
    List<Status> order = List.of(Status.NOT_READY, Status.CLOSE, Status.READY, Status.NOT_RATED);
    return score.parts().stream()
        .sorted(
            Comparator.comparingInt((PartScore p) -> order.indexOf(p.status()))
                .thenComparing(Comparator.comparingDouble(PartScore::gapPoints).reversed())
                .thenComparingInt(p -> rubric.parts().indexOf(rubric.part(p.id()))))
        .toList();
  }

  /**
   * The levels a part's rated topics must climb in all (each counted up to the part's target) for
   * it to stop being "not ready"; 0 when it is not, or has no rated topic. Coverage is the mean of
   * the capped levels above the scale's lowest over the target's, so the part leaves "not ready"
   * once their sum reaches the close coverage.
   */
  public double levelsToLeaveNotReady(PartScore p) {
    if (p.coverage() == null || p.status() != Status.NOT_READY) {
      return 0;
    }
    return (rubric.scoring().closeCoverage() - p.coverage())
        * p.rated()
        * (p.target() - rubric.scale().min());
  }

  /**
   * What one level more is worth in index points on each rated topic, up to its target, by the same
   * formula as {@link #score}: the part's share of the parts' weighted mean, spread over its rated
   * topics, over the levels from the scale's lowest to the target. The index is a sum of these per
   * topic (ratings above target count as the target), which is what lets the planner choose study
   * steps exactly. Topics not rated are absent: a plan does not rate them.
   */
  public Map<String, Double> indexPerLevel(Score score) {
    double weights =
        score.parts().stream()
            .filter(p -> p.coverage() != null)
            .mapToDouble(PartScore::weight)
            .sum();
    boolean skills = score.skillGroups().stream().anyMatch(g -> g.coverage() != null);
    double partsShare = skills ? 1 - rubric.scoring().skillsShare() : 1;
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    for (TopicScore t : score.topics()) {
      PartScore p = score.part(t.part());
      if (t.rated() && weights > 0) {
        out.put(
            t.id(),
            100
                * partsShare
                * p.weight()
                / weights
                / p.rated()
                / (p.target() - rubric.scale().min()));
      }
    }
    return out;
  }

  private Double index(List<PartScore> parts, List<GroupScore> groups) {
    double weights = 0;
    double sum = 0;
    for (PartScore p : parts) {
      if (p.coverage() != null) {
        weights += p.weight();
        sum += p.weight() * p.coverage();
      }
    }
    List<Double> groupCoverages =
        groups.stream().map(GroupScore::coverage).filter(c -> c != null).toList();
    if (weights == 0 && groupCoverages.isEmpty()) {
      return null;
    }
    double skills = groupCoverages.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double partsShare = weights == 0 ? 0 : sum / weights;
    double share = rubric.scoring().skillsShare();
    double value;
    if (weights == 0) {
      value = skills;
    } else if (groupCoverages.isEmpty()) {
      value = partsShare;
    } else {
      value = (1 - share) * partsShare + share * skills;
    }
    return value;
  }

  /** The readiness index before it is rounded to one decimal, or null when nothing is rated. */
  public Double unroundedIndex(Score score) {
    Double value = index(score.parts(), score.skillGroups());
    return value == null ? null : value * 100;
  }

  private Status verdict(Double index, List<PartScore> parts) {
    if (index == null) {
      return Status.NOT_RATED;
    }
    boolean anyNotReady = parts.stream().anyMatch(p -> p.status() == Status.NOT_READY);
    if (index >= rubric.scoring().readyIndex() && !anyNotReady) {
      return Status.READY;
    }
    return index >= rubric.scoring().closeIndex() ? Status.CLOSE : Status.NOT_READY;
  }
}
