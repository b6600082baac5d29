package dev.readiness.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.report.ProgressListener;
import dev.readiness.report.Renderer;
import dev.readiness.report.ReportOptions;
import dev.readiness.report.ReportRunner;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.workbook.WorkbookReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON reports of the sample workbooks, made the way `readiness report` makes them (the runner
 * reading the files and naming the outputs), against golden files in src/test/resources/golden.
 * After an intended change, rewrite them with {@code mvn test -Dtest=JsonReportGoldenTest
 * -Dgolden.update=true} and review the diff.
 */
class JsonReportGoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  /**
   * Runs the report command's runner over the inputs, JSON only; returns the report files written.
   */
  static List<Path> run(Path out, Path... inputs) throws Exception {
    ReportOptions options =
        new ReportOptions(
            List.of(inputs), out, Set.of(ReportOptions.Format.JSON), null, null, null, "a4", 1);
    ReportRunner.Outcome outcome =
        new ReportRunner(
                RubricLoader.embedded(),
                new WorkbookReader(RubricLoader.embedded()),
                Map.<ReportOptions.Format, Renderer>of(
                    ReportOptions.Format.JSON,
                    (report, stream) -> {
                      stream.write(JsonReport.render(report));
                      return List.of();
                    }),
                ProgressListener.NONE)
            .run(options);
    assertThat(outcome.problems()).noneMatch(p -> p.isError());
    return outcome.written().stream().sorted().toList();
  }

  /**
   * Each sample on its own. Priya alone has no panel and Marcus alone no history, so theirs differ
   * from the whole run's and have golden files of their own; Zoe has one workbook, so hers is the
   * run's, stored once.
   */
  @ParameterizedTest
  @CsvSource({
    "priya-raman.xlsx, alone",
    "marcus-oyelaran.xlsx, alone",
    "zoe-lukasiewicz.xlsx, run"
  })
  void eachSampleMatchesItsGoldenFile(String sample, String goldenDir, @TempDir Path out)
      throws Exception {
    List<Path> written = run(out, Path.of("samples", sample));
    assertThat(written).hasSize(1);
    matches(written.get(0), GOLDEN.resolve(goldenDir));
  }

  @Test
  void theWholeSamplesRunMatchesItsGoldenFiles(@TempDir Path out) throws Exception {
    List<Path> written = run(out, Path.of("samples"));
    assertThat(written).hasSize(3);
    for (Path p : written) {
      matches(p, GOLDEN.resolve("run"));
    }
    try (Stream<Path> golden = Files.list(GOLDEN.resolve("run"))) {
      assertThat(golden.map(p -> p.getFileName().toString()).sorted())
          .containsExactlyElementsOf(
              written.stream().map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void theSameInputGivesTheSameBytes(@TempDir Path out) throws Exception {
    List<Path> first = run(out.resolve("a"), Path.of("samples"));
    List<Path> second = run(out.resolve("b"), Path.of("samples"));
    for (int i = 0; i < first.size(); i++) {
      assertThat(Files.readAllBytes(second.get(i))).isEqualTo(Files.readAllBytes(first.get(i)));
    }
  }

  private static void matches(Path written, Path goldenDir) throws IOException {
    String json = Files.readString(written, StandardCharsets.UTF_8);
    Path golden = goldenDir.resolve(written.getFileName().toString());
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(goldenDir);
      Files.writeString(golden, json, StandardCharsets.UTF_8);
    }
    assertThat(golden).exists();
    assertThat(json).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
