package dev.readiness.report;

import dev.readiness.testing.Reports;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.plan.PlanItem;
import dev.readiness.plan.Week;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.scoring.PartScore;
import dev.readiness.assessment.Samples;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The samples' reports read as a person would expect from how each sample was built. */
class SampleReportsTest {
  private static CandidateReport report(int index) {
    Samples.Sample s = new Samples(RubricLoader.embedded()).all().get(index);
    ReportOptions o = new ReportOptions(List.of(), Path.of("."), Set.of(ReportOptions.Format.JSON), null, null, null,
        "a4", 1);
    return Reports.build(RubricLoader.embedded(), List.of(s.assessment()), o).reports().get(0);
  }

  private static String weakestPart(CandidateReport r) {
    return r.score().parts().stream().max(Comparator.comparingDouble(PartScore::gapPoints)).orElseThrow().id();
  }

  private static List<String> partsStudiedIn(CandidateReport r, int week) {
    Week w = r.plan().weeks().get(week - 1);
    return w.items().stream().map(PlanItem::topic).filter(t -> t != null)
        .map(t -> RubricLoader.embedded().topic(t).part()).distinct().toList();
  }

  @Test
  void dataEngineerIsWeakestOnLeadershipAndStartsThere() {
    CandidateReport r = report(0);
    assertThat(weakestPart(r)).isEqualTo("P5");
    assertThat(r.score().part("P5").status().id()).isEqualTo("not-ready");
    assertThat(r.score().part("P4").status().id()).isEqualTo("ready");
    assertThat(partsStudiedIn(r, 1)).containsExactly("P5");
    assertThat(partsStudiedIn(r, 2)).containsExactly("P5");
    assertThat(r.model().headline().text()).contains("Part 5: Leadership & Soft Skills");
  }

  @Test
  void teamLeadIsWeakestOnCloudNativeAndIsShortOfTime() {
    CandidateReport r = report(1);
    assertThat(weakestPart(r)).isEqualTo("P3");
    assertThat(r.score().part("P5").status().id()).isEqualTo("ready");
    assertThat(partsStudiedIn(r, 1)).containsExactly("P3");
    assertThat(r.plan().gapCovered()).isLessThan(1.0);
    assertThat(r.plan().extraWeeksNeeded()).isPositive();
    assertThat(r.plan().summary()).startsWith("Time is short");
  }

  @Test
  void earlyCareerEngineerHasManyBlanksReportedNotZeroed() {
    CandidateReport r = report(2);
    assertThat(r.score().unratedTopics()).isGreaterThan(10);
    assertThat(r.model().headline().text()).contains("not rated and left out");
    assertThat(r.score().role().id()).isEqualTo("senior");
    assertThat(r.plan().summary()).contains("not rated and not planned");
    String weakest = weakestPart(r);
    assertThat(partsStudiedIn(r, 1)).containsExactly(weakest);
  }
}
