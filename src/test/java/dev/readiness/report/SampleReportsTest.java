package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Samples;
import dev.readiness.plan.Activity;
import dev.readiness.plan.PlanItem;
import dev.readiness.plan.Week;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.scoring.PartScore;
import dev.readiness.testing.Reports;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The samples' reports read as a person would expect from how each sample was built. */
class SampleReportsTest {
  private static CandidateReport report(int index) {
    Samples.Sample s = new Samples(RubricLoader.embedded()).all().get(index);
    return Reports.of(RubricLoader.embedded(), s.assessment());
  }

  private static String weakestPart(CandidateReport r) {
    return r.score().parts().stream()
        .max(Comparator.comparingDouble(PartScore::gapPoints))
        .orElseThrow()
        .id();
  }

  @Test
  void dataEngineerIsWeakestOnLeadershipAndStartsThere() {
    CandidateReport r = report(0);
    assertThat(weakestPart(r)).isEqualTo("P5");
    assertThat(r.score().part("P5").status().id()).isEqualTo("not-ready");
    assertThat(r.score().part("P4").status().id()).isEqualTo("ready");
    assertThat(r.model().headline().text()).contains("Part 5: Leadership & Soft Skills");
  }

  @Test
  void teamLeadIsWeakestOnCloudNativeAndIsShortOfTime() {
    CandidateReport r = report(1);
    assertThat(weakestPart(r)).isEqualTo("P3");
    assertThat(r.score().part("P5").status().id()).isEqualTo("ready");
    assertThat(r.plan().gapCovered()).isLessThan(1.0);
    assertThat(r.plan().extraWeeksNeeded()).isPositive();
    assertThat(r.plan().summary()).startsWith("Time is short");
    assertThat(r.plan().projectedIndex()).isGreaterThan(r.score().readinessIndex());
  }

  @Test
  void earlyCareerEngineerHasManyBlanksReportedNotZeroed() {
    CandidateReport r = report(2);
    assertThat(r.score().unratedTopics()).isGreaterThan(10);
    // said once on page 1, with the first ones named, not again in the verdict's sentence
    assertThat(r.model().glance())
        .filteredOn(l -> l.contains("not rated"))
        .containsExactly(
            "20 topics are not rated yet: T02 Async/Await at Scale, T05 Python Native Extensions,"
                + " T06 Dependency Injection in Large Codebases and 17 more; rate them to include"
                + " them in the scores and the plan.");
    assertThat(r.model().headline().text()).doesNotContain("not rated");
    assertThat(r.score().role().id()).isEqualTo("senior");
    assertThat(r.plan().summary()).contains("not rated and not planned");
    assertThat(r.plan().projectedRatings())
        .doesNotContainKeys(
            r.score().topics().stream()
                .filter(t -> !t.rated())
                .map(t -> t.id())
                .toArray(String[]::new));
  }

  @Test
  void practiceTheChecklistMarksDoneIsNotPlanned() {
    CandidateReport priya = report(0);
    assertThat(priya.assessment().checklist().get("PREP2").label()).isEqualTo("done");
    assertThat(priya.plan().weeks())
        .allSatisfy(
            w ->
                assertThat(w.items())
                    .extracting(PlanItem::activity)
                    .doesNotContain(Activity.CASE_STUDIES));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void weeksAreFocusedAndLeftOutMeansUntouched(int sample) {
    CandidateReport r = report(sample);
    Map<String, Double> previousBlock = new HashMap<>();
    Set<String> planned = new HashSet<>();
    for (Week w : r.plan().weeks()) {
      List<PlanItem> topics = w.items().stream().filter(i -> i.topic() != null).toList();
      // focused: every topic but the week's first and last is begun and finished within the week
      for (int k = 1; k < topics.size() - 1; k++) {
        String key = topics.get(k).topic() + topics.get(k).activity() + topics.get(k).fromLevel();
        assertThat(previousBlock)
            .as("week %d: %s carried on from an earlier week", w.week(), key)
            .doesNotContainKey(key);
      }
      for (int k = 0; k < topics.size(); k++) {
        PlanItem i = topics.get(k);
        planned.add(i.topic());
        Double before = previousBlock.put(i.topic() + i.activity() + i.fromLevel(), i.hours());
        // a block under an hour before a topic's last is only ever a week's last half-hour
        assertThat(before == null || before >= 0.5)
            .as("a block of %s before its last", i.topic())
            .isTrue();
      }
      if (topics.size() > 1 && topics.get(topics.size() - 1).hours() < 1) {
        assertThat(w.hours())
            .as("week %d ends on a half-hour only when it is full", w.week())
            .isEqualTo(w.available());
      }
      assertThat(w.items()).extracting(PlanItem::activity).doesNotContain(Activity.PEP_READING);
    }
    assertThat(r.plan().leftOut()).allSatisfy(t -> assertThat(planned).doesNotContain(t));
  }
}
