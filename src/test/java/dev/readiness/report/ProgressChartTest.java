package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.Samples;
import dev.readiness.rubric.Part;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.rubric.ScoringRules;
import dev.readiness.testing.Reports;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The progress chart's figures, decided in the view: Marcus Oyelaran's three check-ins. */
class ProgressChartTest {
  private static final Rubric RUBRIC = RubricLoader.embedded();

  private static CandidateReport marcus() {
    Samples samples = new Samples(RUBRIC);
    List<Assessment> all = new ArrayList<>();
    all.add(samples.all().get(1).assessment());
    samples.history().forEach(s -> all.add(s.assessment()));
    ReportOptions o =
        new ReportOptions(
            List.of(), Path.of("."), Set.of(ReportOptions.Format.PDF), null, null, null, "a4", 1);
    return Reports.build(RUBRIC, all, o).reports().get(0);
  }

  @Test
  void theIndexPanelShadesTheRubricsVerdictBandsAndDrawsItsReadyIndexAsTheTarget() {
    ProgressChart chart = marcus().model().progress().chart();
    ScoringRules rules = RUBRIC.scoring();
    assertThat(chart.bands())
        .containsExactly(
            new ProgressChart.Band(0, rules.closeIndex(), "Not ready", Tone.POOR),
            new ProgressChart.Band(rules.closeIndex(), rules.readyIndex(), "Close", Tone.FAIR),
            new ProgressChart.Band(rules.readyIndex(), 100, "Ready", Tone.GOOD));
    assertThat(chart.index().target()).isEqualTo(rules.readyIndex());
    assertThat(chart.index().targetLabel()).isEqualTo("Ready from 85 (the target)");
    assertThat(chart.index().title()).isEqualTo("Readiness index");
  }

  @Test
  void theIndexLineIsEveryCheckInsIndexLabelledAtItsEndWithTheLatest() {
    CandidateReport r = marcus();
    ProgressChart chart = r.model().progress().chart();
    assertThat(chart.dates())
        .containsExactly(
            LocalDate.of(2026, 5, 11), LocalDate.of(2026, 8, 10), LocalDate.of(2026, 11, 9));
    assertThat(chart.dateLabels()).containsExactly("2026-05-11", "2026-08-10", "2026-11-09");
    assertThat(chart.index().values()).hasSize(3).last().isEqualTo(r.score().readinessIndex());
    assertThat(chart.index().values().get(1))
        .isCloseTo(76.3, org.assertj.core.data.Offset.offset(0.05));
    assertThat(chart.index().endLabel()).isEqualTo("77.9");
    assertThat(chart.interview()).isEqualTo(LocalDate.of(2026, 12, 21));
    assertThat(chart.interviewLabel()).isEqualTo("Interview 2026-12-21");
  }

  @Test
  void eachPartHasItsOwnPanelAgainstItsTargetWithItsLatestCoverageAtTheLineEnd() {
    CandidateReport r = marcus();
    ProgressChart chart = r.model().progress().chart();
    assertThat(chart.parts())
        .extracting(ProgressChart.Panel::title)
        .containsExactlyElementsOf(RUBRIC.parts().stream().map(Part::heading).toList());
    assertThat(chart.parts())
        .allSatisfy(
            p -> {
              assertThat(p.target()).isEqualTo(ProgressChart.MAX);
              assertThat(p.targetLabel()).isEqualTo("target");
              assertThat(p.values()).hasSize(3);
            });
    // Part 3 moved from 10 % to 23 % since August (the progress table's figures)
    ProgressChart.Panel p3 = chart.parts().get(2);
    assertThat(p3.values().get(1)).isCloseTo(10, org.assertj.core.data.Offset.offset(0.5));
    assertThat(p3.values().get(2)).isCloseTo(23, org.assertj.core.data.Offset.offset(0.5));
    assertThat(p3.endLabel()).isEqualTo("23%");
    assertThat(chart.parts())
        .extracting(ProgressChart.Panel::endLabel)
        .containsExactly("88%", "77%", "23%", "67%", "100%", "93%");
  }
}
