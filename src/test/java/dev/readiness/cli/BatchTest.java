package dev.readiness.cli;

import static dev.readiness.workbook.TestWorkbooks.as;
import static dev.readiness.workbook.TestWorkbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of workbooks, one of them broken: every report that can be made is made. */
class BatchTest {
  @TempDir Path dir;

  @Test
  void aBatchWithOneBrokenFile() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in/team"));
    write(in, "ana.xlsx", as("Ana Silva", "E-1"), wb -> {});
    write(in, "ben.xlsx", as("Ben Okoro", "E-2"), wb -> {});
    write(dir.resolve("in"), "cleo.xlsx", as("=Cleo", "E-3"), wb -> {});
    Path broken =
        Files.writeString(
            in.resolve("broken.xlsx"), "this is not a workbook", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.of(
            "report", dir.resolve("in").toString(), "--format", "json,pdf", "-o", out.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(broken + ": not a spreadsheet");
    assertThat(run.out()).contains("4 workbooks read, 3 reports made, 1 file failed");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(
              "ana-silva-e-1-2026-11-02.json",
              "ana-silva-e-1-2026-11-02.pdf",
              "ben-okoro-e-2-2026-11-02.json",
              "ben-okoro-e-2-2026-11-02.pdf",
              "cleo-e-3-2026-11-02.json",
              "cleo-e-3-2026-11-02.pdf",
              "summary.csv",
              "summary.json",
              "summary.pdf");
    }
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.path("candidates").asInt()).isEqualTo(3);
    assertThat(summary.path("failures").get(0).path("file").asText()).isEqualTo(broken.toString());
    assertThat(summary.path("failures").get(0).path("reason").asText())
        .startsWith("not a spreadsheet");
    String csv = Files.readString(out.resolve("summary.csv"), StandardCharsets.UTF_8);
    assertThat(csv)
        .contains("\"ok\",\"'=Cleo\",\"E-3\",")
        .contains("\"failed\",")
        .contains("not a spreadsheet");
  }

  /**
   * The 2,000-workbook run of bench/hostile.sh in small: one candidate with a hostile name whose
   * report cannot be written (a folder of the user's is in the way) never stops the others.
   */
  @Test
  void aBatchWithOneHostileCandidateThatCannotBeWritten() throws IOException {
    int n = 24;
    int hostile = 11;
    Path in = Files.createDirectories(dir.resolve("in"));
    Path template = write(dir, "template.xlsx", as("NAME-PLACEHOLDER", "ID-PLACEHOLDER"), wb -> {});
    for (int i = 0; i < n; i++) {
      String name =
          i == hostile
              ? dev.readiness.bench.GenerateBatch.HOSTILE
              : String.format("Candidate %04d", i);
      String id = "B-" + i;
      dev.readiness.workbook.TestWorkbooks.rewrite(
          template,
          in.resolve(String.format("candidate-%04d.xlsx", i)),
          "xl/sharedStrings.xml",
          x -> x.replace("NAME-PLACEHOLDER", name).replace("ID-PLACEHOLDER", id));
    }
    Path out = dir.resolve("out");
    String base =
        dev.readiness.report.FileNames.base(
            new dev.readiness.assessment.Candidate(
                dev.readiness.bench.GenerateBatch.HOSTILE, "B-" + hostile),
            java.time.LocalDate.of(2026, 11, 2));
    Files.createDirectories(out.resolve(base + ".json"));
    Files.writeString(out.resolve(base + ".json").resolve("notes.txt"), "mine");
    CliRun run = CliRun.of("report", in.toString(), "--format", "json", "-o", out.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            n + " workbooks read, " + (n - 1) + " reports made, 1 file failed (listed above)");
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .isEqualTo(
            in.resolve(String.format("candidate-%04d.xlsx", hostile))
                + ": cannot write "
                + out.resolve(base + ".json")
                + ": a folder of that name"
                + " is in the way; no file of this report was written");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .hasSize(n - 1 + 3)
          .contains("summary.csv", "summary.json", "summary.pdf");
    }
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.path("rows")).hasSize(n - 1);
    assertThat(summary.path("failures")).hasSize(1);
  }

  @Test
  void oneCandidateGetsNoSummary() throws IOException {
    Path in = write(dir, "ana.xlsx", as("Ana Silva", "E-1"), wb -> {});
    CliRun run =
        CliRun.of("report", in.toString(), "--format", "json", "-o", dir.resolve("out").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(dir.resolve("out/summary.csv")).doesNotExist();
  }

  @Test
  void twoPeopleWhoseNamesMakeTheSameFileNameGetTwoReports() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(in, "a.xlsx", as("Zoë Nowak", null), wb -> {});
    write(in, "b.xlsx", as("Zoe Nowak", null), wb -> {});
    CliRun run =
        CliRun.of("report", in.toString(), "--format", "json", "-o", dir.resolve("out").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("2 workbooks read, 2 reports made");
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      assertThat(
              files
                  .map(p -> p.getFileName().toString())
                  .filter(n -> n.startsWith("zoe-nowak-2026-11-02-")))
          .hasSize(2);
    }
  }
}
