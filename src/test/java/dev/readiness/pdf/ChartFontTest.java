package dev.readiness.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Samples;
import dev.readiness.report.CandidateReport;
import dev.readiness.report.ReportOptions;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.testing.PdfText;
import dev.readiness.testing.Reports;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Chart text has no glyph-by-glyph fallback: a rubric whose parts are named in Chinese still charts
 * legibly.
 */
class ChartFontTest {
  @Test
  void chartLabelsInChineseAreDrawnWithTheFallbackFont() throws Exception {
    String json;
    try (InputStream in =
        RubricLoader.class.getResourceAsStream("/rubric/python-architect-2026.json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    json =
        json.replace("\"title\": \"Foundational Architecture\"", "\"title\": \"基础架构\"")
            .replace("\"title\": \"Leadership & Soft Skills\"", "\"title\": \"领导力与软技能\"");
    Rubric chinese = RubricLoader.parse("zh.json", json.getBytes(StandardCharsets.UTF_8));
    ReportOptions o =
        new ReportOptions(
            List.of(), Path.of("."), Set.of(ReportOptions.Format.PDF), null, null, null, "a4", 1);
    CandidateReport r =
        Reports.build(
                chinese, List.of(new Samples(RubricLoader.embedded()).all().get(0).assessment()), o)
            .reports()
            .get(0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> warnings = new PdfReport("a4").render(r, out);
    assertThat(warnings).isEmpty();
    String text = PdfText.of(out.toByteArray());
    // "P1 基础架构" and "P5 领导力与软技能" are the radar chart's labels, drawn through PdfGraphics2D
    assertThat(text).contains("P1 基础架构", "P5 领导力与软技能", "Part 1: 基础架构");
  }
}
