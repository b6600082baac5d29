package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.Samples;
import dev.readiness.plan.PlanItem;
import dev.readiness.plan.StudyPlan;
import dev.readiness.plan.Week;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.testing.Fixtures;
import dev.readiness.testing.Reports;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What page 1 tells the reader to start with is what the plan's first weeks study. */
class PageOneAgreesWithPlanTest {
  private static final Rubric RUBRIC = RubricLoader.embedded();

  /** The parts of the topic work in the order the weeks take them up. */
  private static List<String> studiedFirst(Rubric rubric, StudyPlan plan) {
    Set<String> parts = new LinkedHashSet<>();
    for (Week w : plan.weeks()) {
      for (PlanItem i : w.items()) {
        if (i.topic() != null) {
          parts.add(rubric.topic(i.topic()).part());
        }
      }
    }
    return new ArrayList<>(parts)
        .subList(0, Math.min(dev.readiness.text.Limits.NAMED_PARTS, parts.size()));
  }

  private static void check(CandidateReport r) {
    List<String> first = studiedFirst(RUBRIC, r.plan());
    if (!first.isEmpty()) {
      assertThat(r.model().headline().focusParts())
          .as(r.model().headline().text())
          .isEqualTo(first);
      first.forEach(
          p -> assertThat(r.model().headline().text()).contains(RUBRIC.part(p).heading()));
    }
  }

  @Test
  void inEverySample() {
    for (Samples.Sample s : new Samples(RUBRIC).all()) {
      check(Reports.of(RUBRIC, s.assessment()));
    }
  }

  @Test
  void inRandomPersonasOfEveryRole() {
    for (long seed = 0; seed < 40; seed++) {
      Assessment a = Fixtures.random(seed, seed % 3 * 0.15);
      for (var role : RUBRIC.roles()) {
        var o = Reports.options();
        check(
            Reports.build(
                    RUBRIC,
                    List.of(a),
                    new ReportOptions(
                        o.inputs(),
                        o.outputDir(),
                        o.formats(),
                        role.id(),
                        null,
                        3.0 + seed % 7,
                        o.paper(),
                        1))
                .reports()
                .get(0));
      }
    }
  }

  @Test
  void anAllZeroPersonaIsToldToStartWhereThePlanStarts() {
    CandidateReport r = Reports.of(RUBRIC, Fixtures.rated(t -> 0.0, g -> 0.0));
    assertThat(r.model().headline().focusParts()).isEqualTo(studiedFirst(RUBRIC, r.plan()));
    // every part named is one the first weeks study, not one whose topics are left out
    assertThat(r.model().headline().focusParts())
        .isNotEmpty()
        .allSatisfy(
            p ->
                assertThat(
                        r.plan().weeks().get(0).items().stream()
                            .filter(i -> i.topic() != null)
                            .map(i -> RUBRIC.topic(i.topic()).part()))
                    .isNotEmpty());
    assertThat(r.model().headline().focusParts().get(0))
        .isEqualTo(
            RUBRIC
                .topic(
                    r.plan().weeks().get(0).items().stream()
                        .filter(i -> i.topic() != null)
                        .findFirst()
                        .orElseThrow()
                        .topic())
                .part());
  }
}
