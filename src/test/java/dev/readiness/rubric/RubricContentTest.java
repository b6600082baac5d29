package dev.readiness.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The embedded rubric holds the whole guide: counts, and spot checks against the guide's text. */
class RubricContentTest {
  private final Rubric rubric = RubricLoader.embedded();

  @Test
  void hasTheSixPartsWithTheGuidesTopicCounts() {
    assertThat(rubric.parts())
        .extracting(Part::title)
        .containsExactly(
            "Foundational Architecture",
            "Distributed Systems & Scalability",
            "Cloud-Native & Infrastructure",
            "Data Engineering & ML Systems",
            "Leadership & Soft Skills",
            "Emerging Trends & Future-Proofing");
    assertThat(
            rubric.parts().stream()
                .map(p -> rubric.topicsOf(p.id()).size())
                .collect(Collectors.toList()))
        .containsExactly(10, 12, 10, 10, 8, 5);
    assertThat(rubric.topics()).hasSize(55);
    assertThat(rubric.topics())
        .extracting(Topic::number)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 55).boxed().toList());
  }

  @Test
  void everyTopicHasAQuestionAHeadingAndFivePoints() {
    for (Topic t : rubric.topics()) {
      assertThat(t.question())
          .as(t.id())
          .isNotBlank()
          .doesNotStartWith("\"")
          .doesNotStartWith("Question");
      assertThat(t.pointsHeading()).as(t.id()).isNotBlank().doesNotEndWith(":");
      assertThat(t.points()).as(t.id()).hasSize(5).allSatisfy(p -> assertThat(p).isNotBlank());
    }
  }

  @Test
  void spotChecksAgainstTheGuide() {
    Topic first = rubric.topic("T01");
    assertThat(first.title()).isEqualTo("Python Memory Model & GIL Evolution");
    assertThat(first.question())
        .startsWith("Python 3.12 introduced significant changes to the GIL.");
    assertThat(first.pointsHeading()).isEqualTo("Deep-Dive Points");
    assertThat(rubric.topic("T22").points())
        .containsExactly(
            "Plugin system design",
            "Configuration management",
            "Hot reload capabilities",
            "Performance optimization",
            "High availability patterns");
    assertThat(rubric.topic("T42").part()).isEqualTo("P4");
    assertThat(rubric.topic("T55").points()).last().isEqualTo("Human oversight design");
    assertThat(rubric.topic("T44").question()).contains("documented, communicated, and followed");
  }

  @Test
  void repairsTheExtractionDamage() {
    assertThat(rubric.topic("T07").points())
        .endsWith(
            "Performance of isinstance() vs. hasattr() checks",
            "Integration with mypy and pyright");
    assertThat(rubric.topic("T17").pointsHeading()).isEqualTo("Messaging Patterns");
  }

  @Test
  void hasTheSkillsMatrixAndTheChecklists() {
    assertThat(rubric.skillGroups())
        .extracting(SkillGroup::title)
        .containsExactly(
            "Technical Depth",
            "Architectural Thinking",
            "Leadership Competencies",
            "Future-Proofing");
    assertThat(rubric.skillGroups()).allSatisfy(g -> assertThat(g.skills()).hasSize(3));
    assertThat(rubric.skill("S01").title()).isEqualTo("Python 3.12+ internals mastery");
    assertThat(rubric.skill("S12").title()).isEqualTo("Adaptive system design");
    Checklist optimization = rubric.checklists().get(0);
    assertThat(optimization.items()).hasSize(8);
    assertThat(optimization.items().get(0).title()).isEqualTo("GIL impact assessment");
    assertThat(optimization.items().get(7).title()).isEqualTo("Monitoring instrumentation");
    Checklist preparation = rubric.checklists().get(1);
    assertThat(preparation.items())
        .extracting(Checklist.Item::title)
        .containsExactly(
            "Knowledge Consolidation",
            "Case Study Development",
            "Whiteboard Practice",
            "Mock Interviews",
            "Portfolio Development");
    assertThat(preparation.items().get(1).text())
        .isEqualTo("Prepare 3-5 detailed case studies from your experience");
    assertThat(rubric.systemDesignInterview())
        .hasSize(7)
        .startsWith("Clarify requirements and scope")
        .endsWith("Address scalability and evolution");
    assertThat(rubric.decisionFramework())
        .hasSize(7)
        .startsWith("Define requirements and constraints")
        .endsWith("Schedule review points");
    assertThat(rubric.continuousLearning())
        .extracting(Cadence::cadence)
        .containsExactly("weekly", "monthly", "quarterly", "biannually", "annually");
    assertThat(rubric.continuousLearning().get(0).activity())
        .isEqualTo("Review Python Enhancement Proposals (PEPs)");
    assertThat(rubric.depthAdvice().text())
        .isEqualTo("Master 2-3 scenarios from each section in depth");
    assertThat(rubric.depthAdvice().minTopics()).isEqualTo(2);
  }

  @Test
  void hasAScaleRolesAndPlanningConstants() {
    assertThat(rubric.scale().levels()).hasSize(6);
    assertThat(rubric.scale().level(5).descriptor())
        .contains("led it in production")
        .contains("teach");
    assertThat(rubric.roles()).extracting(Role::id).containsExactly("senior", "lead", "principal");
    assertThat(rubric.defaultRole().id()).isEqualTo("lead");
    assertThat(rubric.planning().hoursPerLevelStep()).hasSize(5);
  }

  /**
   * Every question, heading, point and skill appears word for word in the guide (bar the repairs).
   * The guide is kept beside the tests, as it was given, so this always runs.
   */
  @Test
  void everyTextAppearsInTheGuide() throws IOException {
    Path guide = Path.of("src", "test", "resources", "guide", "senior-python-architect-guide.txt");
    String text =
        Files.readString(guide, StandardCharsets.UTF_8)
            .replace("Messageing", "Messaging")
            .replace(
                "Performance of\nisinstance()vs.hasattr()checksIntegration with mypy and pyright",
                "Performance of isinstance() vs. hasattr() checks\nIntegration with mypy and pyright");
    List<String> lines = text.lines().toList();
    for (Topic t : rubric.topics()) {
      assertThat(lines).as(t.id()).contains(t.number() + ". " + t.title(), t.pointsHeading() + ":");
      assertThat(text).as(t.id()).contains("\"" + t.question() + "\"");
      assertThat(lines).as(t.id()).containsAll(t.points());
    }
    rubric
        .skillGroups()
        .forEach(
            g ->
                assertThat(lines)
                    .contains(g.title() + ":")
                    .containsAll(g.skills().stream().map(SkillGroup.Skill::title).toList()));
    assertThat(lines)
        .containsAll(rubric.systemDesignInterview())
        .containsAll(rubric.decisionFramework());
  }
}
