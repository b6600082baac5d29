package dev.readiness.plan;

import static dev.readiness.testing.Fixtures.DATE;
import static dev.readiness.testing.Fixtures.RUBRIC;
import static dev.readiness.testing.Fixtures.rated;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.ChecklistStatus;
import dev.readiness.rubric.Role;
import dev.readiness.scoring.Scorer;
import dev.readiness.scoring.Status;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The planning rules on small hand-computed cases (lead role; steps cost 1, 2, 3, 4, 6 hours). */
class PlannerTest {
  private final Role lead = RUBRIC.role("lead");
  private final Planner planner = new Planner(RUBRIC);

  private StudyPlan plan(Assessment a, int weeks, double hours) {
    return planner.plan(a, new Scorer(RUBRIC).score(a, lead), new PlanInputs(DATE, weeks, hours));
  }

  /** Everything at target except the named topic, which is at the given level. */
  private Assessment oneGap(String topic, double level) {
    return rated(
        t -> t.id().equals(topic) ? level : (double) Math.max(4, lead.targetOfPart(t.part())),
        g -> 5.0);
  }

  @Test
  void hoursPerLevelStep() {
    StudyCost cost = new StudyCost(RUBRIC);
    assertThat(cost.hours(1, 4)).isEqualTo(2 + 3 + 4);
    assertThat(cost.hours(0, 5)).isEqualTo(1 + 2 + 3 + 4 + 6);
    assertThat(cost.hours(2.5, 3)).isEqualTo(1.5);
    assertThat(cost.hours(4, 4)).isZero();
  }

  @Test
  void tooLittleTimeForAWholeStepMakesAStartThatTheProjectionDoesNotCount() {
    StudyPlan p = plan(oneGap("T23", 1), 1, 2);
    // 2 h = 4 half-hours; practice may take 40 %: 1 half-hour, so only the PEP reading fits; 1.5 h
    // is left, and
    // T23's next step (1 to 2) costs 2 h: the plan makes a start on it, and the projection leaves
    // T23 at 1
    Week w = p.weeks().get(0);
    assertThat(w.routines()).extracting(PlanItem::activity).containsExactly(Activity.PEP_READING);
    assertThat(w.items())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.topic()).isEqualTo("T23");
              assertThat(i.hours()).isEqualTo(1.5);
              assertThat(i.description()).startsWith("Make a start: from 1 toward 2");
            });
    assertThat(p.projectedRatings().get("T23")).isEqualTo(1.0);
    assertThat(p.leftOut()).isEmpty();
    // T23 from 1 to its target 3 costs 2 + 3 = 5 h; the 1.5 h begun leave 3.5
    assertThat(p.partlyPlanned()).containsExactly(new StudyPlan.PartlyPlanned("T23", 1, 1, 3, 3.5));
    assertThat(p.hoursPlanned()).isEqualTo(2.0);
  }

  @Test
  void plentyOfTimeClosesTheGapInFocusedBlocks() {
    StudyPlan p = plan(oneGap("T01", 2), 12, 10);
    assertThat(p.gapCovered()).isEqualTo(1.0);
    assertThat(p.leftOut()).isEmpty();
    assertThat(p.partlyPlanned()).isEmpty();
    assertThat(p.summary()).startsWith("The plan closes every gap");
    assertThat(p.projectedRatings().get("T01")).isEqualTo(4.0);
    assertThat(p.projectedVerdict()).isEqualTo(Status.READY);
    // T01 from 2 to 4: 3 + 4 = 7 h. Week 1 has 10 h; practice takes case studies 2 h, PEP reading
    // 0.5 h and whiteboard 1 h, leaving 6.5 h for T01; its last 0.5 h (its last piece, so shorter
    // than an hour) in week 2
    Week first = p.weeks().get(0);
    // study comes first, so that the whiteboard practises a question already studied
    assertThat(first.items())
        .extracting(PlanItem::activity)
        .containsExactly(Activity.STUDY, Activity.CASE_STUDIES, Activity.WHITEBOARD);
    assertThat(first.items().get(0).hours()).isEqualTo(6.5);
    assertThat(first.items().get(2).practised()).isEqualTo("T01");
    assertThat(p.weeks().get(1).items())
        .filteredOn(i -> "T01".equals(i.topic()))
        .singleElement()
        .satisfies(i -> assertThat(i.hours()).isEqualTo(0.5));
    assertThat(p.weeks().get(11).items())
        .extracting(PlanItem::activity)
        .contains(Activity.MOCK_INTERVIEW);
    assertThat(p.weeks().get(9).items())
        .extracting(PlanItem::activity)
        .doesNotContain(Activity.MOCK_INTERVIEW);
    assertThat(p.weeks().get(1).items()).extracting(PlanItem::activity).contains(Activity.ADRS);
    assertThat(p.weeks().get(3).items()).extracting(PlanItem::activity).contains(Activity.KATA);
    assertThat(p.achieves())
        .isEqualTo(
            "Following this plan (7 h of topic study, 27.5 h of practice) takes the index from 99.2 to 100.0"
                + " (Ready).");
  }

  @Test
  void practiceTheChecklistMarksDoneIsNotPlannedAgain() {
    Assessment a = oneGap("T01", 2);
    Map<String, ChecklistStatus> checklist = new LinkedHashMap<>(a.checklist());
    checklist.put("PREP2", ChecklistStatus.DONE);
    checklist.put("PREP1", ChecklistStatus.DONE);
    Assessment done = a.toBuilder().checklist(checklist).daysOff(null).build();
    StudyPlan p = plan(done, 6, 10);
    assertThat(p.weeks())
        .allSatisfy(
            w ->
                assertThat(w.items())
                    .extracting(PlanItem::activity)
                    .doesNotContain(Activity.CASE_STUDIES, Activity.ADRS));
    checklist.put("PREP1", ChecklistStatus.PARTLY);
    Assessment adrsToDo = a.toBuilder().checklist(checklist).daysOff(null).build();
    assertThat(plan(adrsToDo, 6, 10).weeks().get(0).items())
        .extracting(PlanItem::activity)
        .contains(Activity.ADRS);
  }

  @Test
  void noGapIsAnUpkeepPlan() {
    StudyPlan p = plan(rated(t -> 4.0, g -> 5.0), 6, 3);
    assertThat(p.upkeep()).isTrue();
    assertThat(p.summary()).startsWith("No gap to the Lead Python Architect target");
    assertThat(p.weeks())
        .allSatisfy(w -> assertThat(w.items()).allSatisfy(i -> assertThat(i.topic()).isNull()));
    assertThat(p.gapCovered()).isEqualTo(1.0);
    // nothing to raise: the index is kept, not "taken from 100.0 to 100.0"
    assertThat(p.achieves())
        .startsWith("Following this plan (0 h of topic study, ")
        .endsWith(" h of practice) keeps the index at 100.0 (Ready).");
  }

  @Test
  void theStepWorthMostPerHourComesFirst() {
    // P5 (weight 1.25 for lead) far below target, P3 a little: the first week's topic work is the
    // cheapest index points, whatever part they are in
    Assessment a =
        rated(t -> t.part().equals("P5") ? 1.0 : t.part().equals("P3") ? 2.0 : 4.0, g -> 4.0);
    StudyPlan p = plan(a, 3, 8);
    assertThat(p.weeks().get(0).items())
        .filteredOn(i -> i.topic() != null)
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.fromLevel()).isLessThanOrEqualTo(2.0));
  }

  @Test
  void theSamePlanTwice() {
    Assessment a = dev.readiness.testing.Fixtures.random(42, 0.2);
    assertThat(plan(a, 9, 7.5)).isEqualTo(plan(a, 9, 7.5));
  }
}
