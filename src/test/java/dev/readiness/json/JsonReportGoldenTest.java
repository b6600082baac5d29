package dev.readiness.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.report.CandidateReport;
import dev.readiness.report.ReportBuilder;
import dev.readiness.report.ReportOptions;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.assessment.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The samples' JSON reports against golden files in src/test/resources/golden. After an intended change, rewrite
 * them with {@code mvn test -Dtest=JsonReportGoldenTest -Dgolden.update=true} and review the diff.
 */
class JsonReportGoldenTest {
  static List<Samples.Sample> samples() {
    return new Samples(RubricLoader.embedded()).all();
  }

  static CandidateReport report(Samples.Sample s) {
    ReportOptions options = new ReportOptions(List.of(), Path.of("."), Set.of(ReportOptions.Format.JSON), null, null,
        null, "a4", 1);
    ReportBuilder.Built built = new ReportBuilder(RubricLoader.embedded()).build(List.of(s.assessment()), options);
    assertThat(built.problems()).isEmpty();
    return built.reports().get(0);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void matchesTheGoldenFile(Samples.Sample sample) throws IOException {
    CandidateReport report = report(sample);
    String json = new String(JsonReport.render(report), StandardCharsets.UTF_8);
    Path golden = Path.of("src", "test", "resources", "golden", report.baseName() + ".json");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, json, StandardCharsets.UTF_8);
    }
    assertThat(golden).exists();
    assertThat(json).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theSameInputGivesTheSameBytes(Samples.Sample sample) {
    assertThat(JsonReport.render(report(sample))).isEqualTo(JsonReport.render(report(sample)));
  }

  /** The whole samples folder at once: Priya's panel calibration, Marcus's progress, Zoë on her own. */
  static List<CandidateReport> wholeRun() {
    List<dev.readiness.assessment.Assessment> all = new java.util.ArrayList<>();
    new Samples(RubricLoader.embedded()).everything().forEach(x -> all.add(x.assessment()));
    ReportOptions options = new ReportOptions(List.of(), Path.of("."), Set.of(ReportOptions.Format.JSON), null, null,
        null, "a4", 1);
    ReportBuilder.Built built = new ReportBuilder(RubricLoader.embedded()).build(all, options);
    assertThat(built.problems()).isEmpty();
    return built.reports();
  }

  @ParameterizedTest
  @MethodSource("wholeRun")
  void theWholeSamplesRunMatchesItsGoldenFiles(CandidateReport report) throws IOException {
    String json = new String(JsonReport.render(report), StandardCharsets.UTF_8);
    Path golden = Path.of("src", "test", "resources", "golden", "run", report.baseName() + ".json");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, json, StandardCharsets.UTF_8);
    }
    assertThat(golden).exists();
    assertThat(json).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
