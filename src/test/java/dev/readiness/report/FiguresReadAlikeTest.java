package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.assessment.Samples;
import dev.readiness.json.JsonReport;
import dev.readiness.pdf.PdfReport;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.testing.Fixtures;
import dev.readiness.testing.PdfText;
import dev.readiness.testing.Reports;
import dev.readiness.text.Numbers;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A readiness index prints the same way in the PDF, the JSON report, the summary's CSV and the
 * summary's JSON: one decimal, "100.0" and "72.5" alike, so a reader comparing them never sees "80"
 * beside "80.0".
 */
class FiguresReadAlikeTest {
  @Test
  void anIndexOfExactly100ReadsAlikeInEveryOutput() throws Exception {
    CandidateReport r = Reports.of(Fixtures.RUBRIC, Fixtures.rated(t -> 5.0, g -> 5.0));
    assertThat(r.score().readinessIndex()).isEqualTo(100.0);
    assertReadsAlike(r, "100.0");
  }

  @Test
  void eachSampleIndexReadsAlikeInEveryOutput() throws Exception {
    Samples samples = new Samples(RubricLoader.embedded());
    for (Samples.Sample sample : samples.all()) {
      CandidateReport r = Reports.of(RubricLoader.embedded(), sample.assessment());
      assertReadsAlike(r, Numbers.index(r.score().readinessIndex()));
    }
  }

  private static void assertReadsAlike(CandidateReport r, String printed) throws Exception {
    String json = new String(JsonReport.render(r), StandardCharsets.UTF_8);
    assertThat(json).as("the report's JSON").contains("\n  \"readinessIndex\": " + printed + ",\n");
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    new PdfReport("a4").render(r, pdf);
    assertThat(PdfText.flat(pdf.toByteArray()))
        .as("the PDF")
        .contains("Readiness index " + printed + " / 100");
    TeamSummary.Row row = TeamSummary.rowOf(r);
    TeamSummary summary = TeamSummary.of(r.rubric(), List.of(row), List.of());
    String csv = new String(SummaryCsv.render(summary), StandardCharsets.UTF_8);
    // text cells are quoted, numbers bare
    assertThat(csv.lines().skip(1).findFirst().orElseThrow().split(",")[9])
        .as("the CSV's readiness_index")
        .isEqualTo(printed);
    JsonNode summaryJson =
        new ObjectMapper().readTree(dev.readiness.json.SummaryJson.render(summary));
    assertThat(summaryJson.path("rows").get(0).path("readinessIndex").toString())
        .as("the summary's JSON")
        .isEqualTo(printed);
  }
}
