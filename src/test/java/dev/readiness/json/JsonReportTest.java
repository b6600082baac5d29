package dev.readiness.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.RaterRole;
import dev.readiness.report.CandidateReport;
import dev.readiness.rubric.Topic;
import dev.readiness.testing.Fixtures;
import dev.readiness.testing.Reports;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the golden files do not show: the fields that appear only in some reports, in their places.
 */
class JsonReportTest {
  private static Assessment rater(String name, double rating) {
    Map<String, Double> topics = new LinkedHashMap<>();
    for (Topic t : Fixtures.RUBRIC.topics()) {
      topics.put(t.id(), rating);
    }
    return Fixtures.assessment(
        "Alex Doe", "A-1", name, RaterRole.PANEL, Fixtures.DATE, topics, Map.of());
  }

  /**
   * A panel that agrees on every rating has no alpha: null, with the reason beside it, before the
   * band.
   */
  @Test
  void anUndefinedAlphaSaysWhyInItsPlace() throws Exception {
    CandidateReport r =
        Reports.build(
                Fixtures.RUBRIC, List.of(rater("Ann", 3.0), rater("Bo", 3.0)), Reports.options())
            .reports()
            .get(0);
    JsonNode alpha =
        new ObjectMapper().readTree(JsonReport.render(r)).path("calibration").path("alpha");
    List<String> fields = new ArrayList<>();
    alpha.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly(
            "overall",
            "reason",
            "band",
            "meaning",
            "metric",
            "byPart",
            "byPartBand",
            "lowParts",
            "interval",
            "byPartInterval",
            "byPartVerdict",
            "bootstrap");
    assertThat(alpha.path("overall").isNull()).isTrue();
    assertThat(alpha.path("reason").asText())
        .isEqualTo("every rating is the same, so there is no variation to agree" + " on");
    assertThat(alpha.path("band").asText()).isEqualTo("undefined");
  }

  /** A defined alpha has no reason field at all. */
  @Test
  void aDefinedAlphaHasNoReason() throws Exception {
    Assessment ann = rater("Ann", 3.0);
    Map<String, Double> mixed = new LinkedHashMap<>(ann.topicRatings());
    mixed.replaceAll((id, v) -> id.hashCode() % 2 == 0 ? 3.0 : 4.0);
    Assessment bo = rater("Bo", 3.0).withTopicRatings(mixed);
    Assessment cy = rater("Cy", 3.0).withTopicRatings(mixed);
    CandidateReport r =
        Reports.build(Fixtures.RUBRIC, List.of(ann, bo, cy), Reports.options()).reports().get(0);
    JsonNode alpha =
        new ObjectMapper().readTree(JsonReport.render(r)).path("calibration").path("alpha");
    assertThat(alpha.path("overall").isNumber()).isTrue();
    assertThat(alpha.has("reason")).isFalse();
  }
}
