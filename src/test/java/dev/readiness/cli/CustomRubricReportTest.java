package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report made with a changed rubric states that rubric's rules, not the default's. */
class CustomRubricReportTest {
  private static String defaultRubric() throws IOException {
    try (InputStream in =
        CustomRubricReportTest.class.getResourceAsStream("/rubric/python-architect-2026.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyRulePrintedComesFromTheRubric(@TempDir Path dir) throws IOException {
    String json =
        defaultRubric()
            .replace("\"level\": 4,\n    \"minTopics\": 2,", "\"level\": 3,\n    \"minTopics\": 3,")
            .replace("\"readyCoverage\": 0.9", "\"readyCoverage\": 0.8")
            .replace("\"mockInterviewWeeks\": 2", "\"mockInterviewWeeks\": 3");
    assertThat(json)
        .contains("\"level\": 3,", "\"readyCoverage\": 0.8", "\"mockInterviewWeeks\": 3");
    Path rubric = dir.resolve("custom.json");
    Files.writeString(rubric, json);
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.of(
            "report",
            "samples/zoe-lukasiewicz.xlsx",
            "samples/marcus-oyelaran.xlsx",
            "--rubric",
            rubric.toString(),
            "--format",
            "json,pdf",
            "-o",
            out.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
    String zoe = SampleReportPagesTest.text(only(out, "zoe"), 1, 99);
    assertThat(zoe)
        .contains(
            "Depth (level 3+)",
            "(goal: 3)",
            "mock interviews in the last 3 weeks",
            "Ready: coverage at least 80%",
            "How many of a part's topics are rated 3 or more")
        .doesNotContain("level 4+", "goal: 2", "last two weeks", "at least 90%");
    String summary = SampleReportPagesTest.text(out.resolve("summary.pdf"), 1, 9);
    assertThat(summary).contains("green ready (coverage 80% or more").doesNotContain("90%");
  }

  private static Path only(Path dir, String prefix) throws IOException {
    try (var files = Files.list(dir)) {
      return files
          .filter(
              p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".pdf"))
          .findFirst()
          .orElseThrow();
    }
  }
}
