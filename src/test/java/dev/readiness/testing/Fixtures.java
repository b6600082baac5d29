package dev.readiness.testing;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.Candidate;
import dev.readiness.assessment.RaterRole;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.rubric.SkillGroup;
import dev.readiness.rubric.Topic;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/** Assessments built in code, for the scoring, planning and report tests. */
public final class Fixtures {
  public static final Rubric RUBRIC = RubricLoader.embedded();
  public static final LocalDate DATE = LocalDate.of(2026, 11, 2);

  private Fixtures() {}

  /** Every topic rated by the function (null leaves it blank), skills likewise. */
  public static Assessment rated(
      Function<Topic, Double> topic, Function<String, Double> skillByGroup) {
    Map<String, Double> topics = new LinkedHashMap<>();
    for (Topic t : RUBRIC.topics()) {
      Double r = topic.apply(t);
      if (r != null) {
        topics.put(t.id(), r);
      }
    }
    Map<String, Double> skills = new LinkedHashMap<>();
    for (SkillGroup g : RUBRIC.skillGroups()) {
      for (SkillGroup.Skill s : g.skills()) {
        Double r = skillByGroup.apply(g.id());
        if (r != null) {
          skills.put(s.id(), r);
        }
      }
    }
    return assessment("Test Person", "T-1", "Rater", RaterRole.SELF, DATE, topics, skills);
  }

  public static Assessment assessment(
      String name,
      String id,
      String rater,
      RaterRole role,
      LocalDate date,
      Map<String, Double> topics,
      Map<String, Double> skills) {
    return Assessment.builder()
        .source(name + "-" + rater + "-" + date + ".xlsx")
        .candidate(new Candidate(name, id))
        .rater(rater)
        .raterRole(role)
        .date(date)
        .targetRole("lead")
        .interviewDate(date.plusWeeks(12))
        .hoursPerWeek(8.0)
        .topicRatings(topics)
        .skillRatings(skills)
        .build();
  }

  /** A random assessment: each rating 0–5 or (with the given chance) blank. */
  public static Assessment random(long seed, double blankShare) {
    Random r = new Random(seed);
    return rated(
        t -> r.nextDouble() < blankShare ? null : (double) r.nextInt(6),
        g -> r.nextDouble() < blankShare ? null : (double) r.nextInt(6));
  }
}
