package dev.readiness.plan;

import static dev.readiness.testing.Fixtures.DATE;
import static dev.readiness.testing.Fixtures.RUBRIC;
import static dev.readiness.testing.Fixtures.rated;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Assessment;
import dev.readiness.rubric.Role;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.Scorer;
import org.junit.jupiter.api.Test;

/** The planning rules on small hand-computed cases (lead role; steps cost 1, 2, 3, 4, 6 hours). */
class PlannerTest {
  private final Role lead = RUBRIC.role("lead");
  private final Planner planner = new Planner(RUBRIC);

  private Score score(Assessment a) {
    return new Scorer(RUBRIC).score(a, lead);
  }

  /** Everything at target except the named topic, which is at the given level. */
  private Score oneGap(String topic, double level) {
    return score(rated(t -> t.id().equals(topic) ? level : (double) Math.max(4, lead.targetOfPart(t.part())),
        g -> 5.0));
  }

  @Test
  void hoursPerLevelStep() {
    assertThat(planner.hours(1, 4)).isEqualTo(2 + 3 + 4);
    assertThat(planner.hours(0, 5)).isEqualTo(1 + 2 + 3 + 4 + 6);
    assertThat(planner.hours(2.5, 3)).isEqualTo(1.5);
    assertThat(planner.hours(4, 4)).isZero();
  }

  @Test
  void oneWeekWithTwoHours() {
    StudyPlan p = planner.plan(oneGap("T23", 1), new PlanInputs(DATE, 1, 2));
    // 2 h = 4 half-hours; practice may take 40 %: 1 half-hour, so only the PEP reading fits; 1.5 h for T23
    assertThat(p.weeks()).hasSize(1);
    Week w = p.weeks().get(0);
    assertThat(w.hours()).isEqualTo(2.0);
    assertThat(w.items()).extracting(PlanItem::activity).containsExactly(Activity.PEP_READING, Activity.STUDY);
    assertThat(w.items().get(1).topic()).isEqualTo("T23");
    assertThat(w.items().get(1).hours()).isEqualTo(1.5);
    // T23 needs 2 + 3 = 5 h to reach 3: 1.5 of 5 covered
    assertThat(p.gapCovered()).isEqualTo(0.3);
    assertThat(p.leftOut()).containsExactly("T23");
    // 3.5 h left, at 1.5 h of topic room a week: 3 more weeks
    assertThat(p.extraWeeksNeeded()).isEqualTo(3);
    assertThat(p.summary()).startsWith("Time is short: the plan covers 30% of the gap")
        .contains("Left out: 1 topic (T23), 3.5 hours.").contains("3 more weeks would cover it.");
    assertThat(p.hoursPlanned()).isEqualTo(2.0);
    assertThat(p.hoursAvailable()).isEqualTo(2.0);
  }

  @Test
  void plentyOfTime() {
    StudyPlan p = planner.plan(oneGap("T01", 2), new PlanInputs(DATE, 12, 10));
    assertThat(p.gapCovered()).isEqualTo(1.0);
    assertThat(p.leftOut()).isEmpty();
    assertThat(p.extraWeeksNeeded()).isZero();
    assertThat(p.summary()).startsWith("The plan closes every gap");
    // T01 from 2 to 4: 3 + 4 = 7 h. Week 1 has 10 h; practice (at most 4 h) takes case studies 2 h, PEP reading
    // 0.5 h and whiteboard 1 h, leaving 6.5 h for T01; the last 0.5 h runs over into week 2
    Week first = p.weeks().get(0);
    assertThat(first.items()).extracting(PlanItem::activity).containsExactly(Activity.CASE_STUDIES,
        Activity.PEP_READING, Activity.WHITEBOARD, Activity.STUDY);
    assertThat(first.items()).filteredOn(i -> "T01".equals(i.topic())).singleElement()
        .satisfies(i -> assertThat(i.hours()).isEqualTo(6.5));
    assertThat(p.weeks().get(1).items()).filteredOn(i -> "T01".equals(i.topic())).singleElement()
        .satisfies(i -> assertThat(i.hours()).isEqualTo(0.5));
    assertThat(p.hoursPlanned()).isLessThan(p.hoursAvailable());
    assertThat(p.upkeep()).isFalse();
    assertThat(p.weeks().get(11).items()).extracting(PlanItem::activity).contains(Activity.MOCK_INTERVIEW);
    assertThat(p.weeks().get(10).items()).extracting(PlanItem::activity).contains(Activity.MOCK_INTERVIEW);
    assertThat(p.weeks().get(9).items()).extracting(PlanItem::activity).doesNotContain(Activity.MOCK_INTERVIEW);
    assertThat(p.weeks().get(1).items()).extracting(PlanItem::activity).contains(Activity.ADRS);
    assertThat(p.weeks().get(3).items()).extracting(PlanItem::activity).contains(Activity.KATA);
  }

  @Test
  void noGapIsAnUpkeepPlan() {
    StudyPlan p = planner.plan(score(rated(t -> 4.0, g -> 5.0)), new PlanInputs(DATE, 6, 3));
    assertThat(p.upkeep()).isTrue();
    assertThat(p.summary()).startsWith("No gap to the Lead Python Architect target");
    assertThat(p.weeks()).allSatisfy(w -> assertThat(w.items()).allSatisfy(i -> assertThat(i.topic()).isNull()));
    assertThat(p.gapCovered()).isEqualTo(1.0);
    // 3 h a week, all of it for practice: week 1 case studies 2 h and PEP 0.5 h; week 3 PEP and whiteboard
    assertThat(p.weeks().get(0).items()).extracting(PlanItem::activity).containsExactly(Activity.CASE_STUDIES,
        Activity.PEP_READING);
    assertThat(p.weeks().get(2).items()).extracting(PlanItem::activity).containsExactly(Activity.PEP_READING,
        Activity.WHITEBOARD);
  }

  @Test
  void focusTopicsAreTheCheapestToBringToDepthAndGetDepthWork() {
    // P1 all at 2 except T07 at 3 and T09 at 3.5 (cheaper to depth); target 4 → both get gap work first
    Score s = score(rated(t -> t.id().equals("T07") ? 3.0 : t.id().equals("T09") ? 3.5
        : t.part().equals("P1") ? 2.0 : 4.0, g -> 5.0));
    StudyPlan p = planner.plan(s, new PlanInputs(DATE, 2, 10));
    assertThat(p.focus().get("P1")).containsExactly("T07", "T09");
    assertThat(p.weeks().get(0).items()).filteredOn(i -> i.topic() != null).extracting(PlanItem::topic)
        .startsWith("T07", "T09");
    // P3 (target 3): everyone at 4, depth met by the rated topics already
    assertThat(p.focus().get("P3")).hasSize(2);
  }

  @Test
  void theWeakestPartComesFirst() {
    Score s = score(rated(t -> t.part().equals("P5") ? 1.0 : t.part().equals("P3") ? 2.0 : 4.0, g -> 4.0));
    StudyPlan p = planner.plan(s, new PlanInputs(DATE, 3, 8));
    assertThat(p.weeks().get(0).items()).filteredOn(i -> i.topic() != null)
        .allSatisfy(i -> assertThat(RUBRIC.topic(i.topic()).part()).isEqualTo("P5"));
  }

  @Test
  void theSamePlanTwice() {
    Score s = score(dev.readiness.testing.Fixtures.random(42, 0.2));
    assertThat(planner.plan(s, new PlanInputs(DATE, 9, 7.5))).isEqualTo(planner.plan(s, new PlanInputs(DATE, 9,
        7.5)));
  }
}
