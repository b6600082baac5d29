package dev.readiness.report;

import dev.readiness.testing.Reports;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.assessment.Assessment;
import dev.readiness.json.JsonReport;
import dev.readiness.pdf.PdfReport;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.assessment.Samples;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The five-rater panel plus a self-rating of the samples, through the whole report. */
class CalibrationReportTest {
  private static final ReportOptions OPTIONS = new ReportOptions(List.of(), Path.of("."),
      Set.of(ReportOptions.Format.PDF), null, null, null, "a4", 1);

  private static Reports.Built panelRun() {
    Samples samples = new Samples(RubricLoader.embedded());
    List<Assessment> all = new ArrayList<>();
    all.add(samples.all().get(0).assessment());
    samples.panel().forEach(s -> all.add(s.assessment()));
    return Reports.build(RubricLoader.embedded(), all, OPTIONS);
  }

  @Test
  void aPanelMakesOneCalibrationReportScoredOnTheConsensus() throws Exception {
    Reports.Built built = panelRun();
    assertThat(built.problems()).isEmpty();
    assertThat(built.reports()).hasSize(1);
    CandidateReport r = built.reports().get(0);
    assertThat(r.calibration()).isNotNull();
    assertThat(r.assessment()).isSameAs(r.calibration().consensus());
    assertThat(r.sources()).hasSize(6);
    JsonNode json = new ObjectMapper().readTree(JsonReport.render(r));
    JsonNode cal = json.path("calibration");
    assertThat(cal.path("raters")).hasSize(6);
    assertThat(cal.path("alpha").path("overall").isNumber()).isTrue();
    assertThat(cal.path("alpha").path("byPart").size()).isEqualTo(6);
    assertThat(cal.path("selfBias").size()).isEqualTo(6);
    assertThat(cal.path("disagreements").get(0).path("spread").asDouble()).isGreaterThanOrEqualTo(2);
    assertThat(cal.path("disagreements").get(0).path("ratings").size()).isEqualTo(5);
    assertThat(json.path("assessment").path("raterRole").asText()).isEqualTo("panel");
    // the lenient and the harsh rater show as such
    double kenji = 0;
    double fatima = 0;
    for (JsonNode rater : cal.path("raters")) {
      if (rater.path("name").asText().startsWith("Kenji")) {
        kenji = rater.path("leniency").asDouble();
      }
      if (rater.path("name").asText().startsWith("Fatima")) {
        fatima = rater.path("leniency").asDouble();
      }
    }
    assertThat(kenji).isPositive();
    assertThat(fatima).isNegative();
  }

  @Test
  void thePdfHasTheCalibrationChapter() throws Exception {
    CandidateReport r = panelRun().reports().get(0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfReport("a4").render(r, out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains("Panel calibration", "5 panel raters and the candidate's self-rating",
          "Krippendorff's alpha (ordinal)", "To discuss: topics where the panel differs by 2 levels or more",
          "Self-rating against the panel", "Ana Petrović", "Kenji Watanabe", "Every rating", "lenient", "harsh");
      assertThat(text).contains(r.calibration().agreement().meaning());
    }
  }

  @Test
  void aSingleRaterMakesNoCalibration() {
    Assessment a = new Samples(RubricLoader.embedded()).all().get(1).assessment();
    CandidateReport r = Reports.build(RubricLoader.embedded(), List.of(a), OPTIONS).reports().get(0);
    assertThat(r.calibration()).isNull();
    assertThat(new String(JsonReport.render(r), java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"calibration\": null");
  }
}
