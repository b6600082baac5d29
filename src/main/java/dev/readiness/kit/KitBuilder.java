package dev.readiness.kit;

import dev.readiness.assessment.Assessment;
import dev.readiness.plan.Planner;
import dev.readiness.rubric.AnswerShape;
import dev.readiness.rubric.KitRules;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.Topic;
import dev.readiness.scoring.PartScore;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.Scorer;
import dev.readiness.scoring.TopicScore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Chooses a kit's questions. The parts are taken weakest first (not ready, then close, then the
 * rest; most gap points first); from each, its focus topics then its other topics below target,
 * largest gap first, at most {@link #PER_PART} a part. The first of these whose question asks for a
 * design is the system-design question; the rest are deep dives, as many as fit the minutes left
 * after the opening and closing time boxes. The same workbook gives the same kit; a seed other than
 * 0 shuffles the candidates within each part, for a second mock.
 */
public final class KitBuilder {
  /** At most this many questions from one part. */
  static final int PER_PART = 2;

  private final Rubric rubric;
  private final KitRules rules;

  public KitBuilder(Rubric rubric) {
    this.rubric = rubric;
    this.rules = rubric.interviewKit();
  }

  /** The fewest minutes a kit can have: the opening, the system-design question and the closing. */
  public int minimumMinutes() {
    return rules.openingMinutes() + rules.designMinutes() + rules.closingMinutes();
  }

  /**
   * The kit for this assessment: questions on the gaps of its weakest parts, as many as fit the
   * minutes.
   *
   * @param minutes the interview's length, at least {@link #minimumMinutes()}
   * @param maxQuestions the most deep-dive questions, or 0 for as many as fit
   */
  public InterviewKit build(Assessment a, int minutes, int maxQuestions, long seed) {
    Scorer scorer = new Scorer(rubric);
    Score score = scorer.score(a, scorer.roleFor(a, null));
    List<TopicScore> candidates = candidates(scorer, score, seed);
    TopicScore designTopic =
        candidates.stream()
            .filter(t -> asksForDesign(rubric.topic(t.id())))
            .findFirst()
            .orElse(candidates.get(0));
    candidates.remove(designTopic);
    int room = minutes - minimumMinutes();
    int fit = room / rules.deepDiveMinutes();
    int count = Math.min(candidates.size(), maxQuestions > 0 ? Math.min(fit, maxQuestions) : fit);
    List<InterviewKit.DeepDive> dives =
        candidates.subList(0, count).stream().map(this::deepDive).toList();
    int questions = rules.designMinutes() + count * rules.deepDiveMinutes();
    // the minutes no question fills go to the closing, so the time boxes add up to the slot
    return new InterviewKit(
        a.candidate().name(),
        a.candidate().id(),
        a.date(),
        score.role().title(),
        minutes,
        questions,
        rules.openingMinutes(),
        minutes - rules.openingMinutes() - questions,
        a.raterRole(),
        design(designTopic),
        dives,
        java.nio.file.Path.of(a.source()).getFileName().toString());
  }

  /**
   * The topics a question may be on, weakest part first: from each part, its focus topics then its
   * other topics below target (largest gap first), or all its topics when none is below target;
   * shuffled within the part for a seed other than 0, and at most {@link #PER_PART} a part.
   */
  private List<TopicScore> candidates(Scorer scorer, Score score, long seed) {
    Map<String, List<String>> focus = new Planner(rubric).chooseFocus(score);
    List<TopicScore> candidates = new ArrayList<>();
    Random random = new Random(seed);
    // the parts in the order page 1 names them and the plan studies them
    for (PartScore part : scorer.partsByNeed(score)) {
      List<TopicScore> mine = new ArrayList<>();
      focus.get(part.id()).stream()
          .map(score::topic)
          .filter(t -> !t.atOrAboveTarget())
          .forEach(mine::add);
      score.topics().stream()
          .filter(t -> t.part().equals(part.id()) && !mine.contains(t) && !t.atOrAboveTarget())
          .sorted(
              Comparator.comparing((TopicScore t) -> t.gap() == null ? -1 : t.gap())
                  .reversed()
                  .thenComparingInt(t -> rubric.orderOf(t.id())))
          .forEach(mine::add);
      if (mine.isEmpty()) {
        score.topics().stream().filter(t -> t.part().equals(part.id())).forEach(mine::add);
      }
      if (seed != 0) {
        Collections.shuffle(mine, random);
      }
      candidates.addAll(mine.subList(0, Math.min(PER_PART, mine.size())));
    }
    return candidates;
  }

  private InterviewKit.DeepDive deepDive(TopicScore t) {
    Topic topic = rubric.topic(t.id());
    return new InterviewKit.DeepDive(
        t.id(),
        rubric.part(t.part()).heading(),
        topic.title(),
        topic.question(),
        topic.pointsHeading(),
        topic.points(),
        t.rating(),
        t.target(),
        rules.deepDiveMinutes());
  }

  /**
   * The system-design question, timed step by step through the System Design Interview Structure.
   */
  private InterviewKit.DesignQuestion design(TopicScore designTopic) {
    List<InterviewKit.Step> steps = new ArrayList<>();
    for (int i = 0; i < rubric.systemDesignInterview().size(); i++) {
      steps.add(
          new InterviewKit.Step(
              rubric.systemDesignInterview().get(i),
              rules.stepMinutes().get(i),
              rules.listenFor().get(i)));
    }
    Topic d = rubric.topic(designTopic.id());
    return new InterviewKit.DesignQuestion(
        d.id(),
        d.title(),
        d.question(),
        d.points(),
        designTopic.rating(),
        designTopic.target(),
        rules.designMinutes(),
        steps);
  }

  /** A question the rubric says is answered as a design suits the design slot. */
  private static boolean asksForDesign(Topic t) {
    return t.answerShape() == AnswerShape.DESIGN;
  }
}
