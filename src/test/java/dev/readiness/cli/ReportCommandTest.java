package dev.readiness.cli;

import static dev.readiness.workbook.TestWorkbooks.profile;
import static dev.readiness.workbook.TestWorkbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir Path dir;

  @Test
  void writesOneJsonPerCandidateNamedAfterTheCandidateAndDate() throws IOException {
    Path in = write(dir, "in.xlsx", wb -> {});
    byte[] before = Files.readAllBytes(in);
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("report", in.toString(), "--format", "json", "-o", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    Path json = out.resolve("priya-raman-c-1001-2026-11-02.json");
    assertThat(run.out()).contains("wrote " + json, "1 workbook read, 1 report made");
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertThat(root.path("candidate").path("name").asText()).isEqualTo("Priya Raman");
    assertThat(root.path("assessment").path("date").asText()).isEqualTo("2026-11-02");
    assertThat(root.path("readinessIndex").isNumber()).isTrue();
    assertThat(root.path("parts")).hasSize(6);
    assertThat(root.path("topics")).hasSize(55);
    assertThat(root.path("plan").path("weeks")).hasSize(12);
    assertThat(root.path("plan").path("weeks").get(0).path("start").asText())
        .isEqualTo("2026-11-02");
    assertThat(Files.readAllBytes(in)).isEqualTo(before);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactly("priya-raman-c-1001-2026-11-02.json");
    }
  }

  @Test
  void weeksAndHoursFromTheCommandLineWin() throws IOException {
    Path in = write(dir, "in.xlsx", wb -> {});
    CliRun run =
        CliRun.of(
            "report",
            in.toString(),
            "--format",
            "json",
            "--weeks",
            "3",
            "--hours",
            "4",
            "-o",
            dir.resolve("out").toString());
    assertThat(run.exitCode()).isZero();
    JsonNode plan =
        new ObjectMapper()
            .readTree(dir.resolve("out/priya-raman-c-1001-2026-11-02.json").toFile())
            .path("plan");
    assertThat(plan.path("weeks")).hasSize(3);
    assertThat(plan.path("hoursAvailable").asDouble()).isEqualTo(12.0);
  }

  @Test
  void missingHoursIsAClearErrorNamingTheFile() throws IOException {
    Path in = write(dir, "nohours.xlsx", wb -> profile(wb, "Hours per week").setBlank());
    CliRun run =
        CliRun.of("report", in.toString(), "--format", "json", "-o", dir.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            in
                + ": \"Hours per week\" on the Profile sheet is empty; fill it in or pass"
                + " --hours H");
  }

  @Test
  void interviewBeforeAssessmentIsAClearError() throws IOException {
    Path in =
        write(dir, "early.xlsx", wb -> profile(wb, "Interview date").setCellValue("2026-10-01"));
    CliRun run =
        CliRun.of("report", in.toString(), "--format", "json", "-o", dir.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            "the \"Interview date\" 2026-10-01 is not after the \"Assessment date\""
                + " 2026-11-02");
  }

  @Test
  void badOptionsAreUsageErrors() throws IOException {
    Path in = write(dir, "in.xlsx", wb -> {});
    assertThat(CliRun.of("report", in.toString(), "--format", "docx").err())
        .contains(
            "--format \"docx\" is not"
                + " known; expected json, pdf or ics, or several of them with commas (json,pdf,ics)");
    assertThat(CliRun.of("report", in.toString(), "--format", "docx").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("report", in.toString(), "--hours", "0").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("report", in.toString(), "--role", "boss").err())
        .contains("expected one of senior, lead," + " principal");
    assertThat(CliRun.of("report", in.toString(), "--paper", "a3").exitCode()).isEqualTo(2);
  }

  @Test
  void neverOverwritesAnInput() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path in = write(out, "priya-raman-c-1001-2026-11-02.json", wb -> {});
    byte[] before = Files.readAllBytes(in);
    CliRun run = CliRun.of("report", in.toString(), "--format", "json", "-o", out.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("would overwrite an input workbook");
    assertThat(Files.readAllBytes(in)).isEqualTo(before);
  }

  @Test
  void pdfByDefaultAndBothFromOneResult() throws IOException {
    Path in = write(dir, "in.xlsx", wb -> {});
    CliRun pdfOnly = CliRun.of("report", in.toString(), "-o", dir.resolve("a").toString());
    assertThat(pdfOnly.exitCode()).isZero();
    try (Stream<Path> files = Files.list(dir.resolve("a"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactly("priya-raman-c-1001-2026-11-02.pdf");
    }
    CliRun both =
        CliRun.of(
            "report", in.toString(), "--format", "json,pdf", "-o", dir.resolve("b").toString());
    assertThat(both.exitCode()).isZero();
    try (Stream<Path> files = Files.list(dir.resolve("b"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "priya-raman-c-1001-2026-11-02.pdf", "priya-raman-c-1001-2026-11-02.json");
    }
    assertThat(Files.readAllBytes(dir.resolve("b/priya-raman-c-1001-2026-11-02.pdf")))
        .startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  @Test
  void twoWorkbooksFromTheSameRaterAreAnErrorNamingBoth() throws IOException {
    Path a = write(dir, "a.xlsx", wb -> profile(wb, "Rater role").setCellValue("panel"));
    Path b = write(dir, "b.xlsx", wb -> profile(wb, "Rater role").setCellValue("panel"));
    CliRun run =
        CliRun.of(
            "report",
            a.toString(),
            b.toString(),
            "--format",
            "json",
            "-o",
            dir.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("two workbooks from the same rater \"Priya Raman\"", a.toString(), b.toString());
  }
}
