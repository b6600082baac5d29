package dev.readiness.cli;

import static dev.readiness.workbook.TestWorkbooks.as;
import static dev.readiness.workbook.TestWorkbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.RaterRole;
import dev.readiness.testing.Fixtures;
import dev.readiness.testing.PdfText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * summary.pdf, .json and .csv of a team with someone rated 0 everywhere: the same view, and the
 * same each run.
 */
class TeamSummaryFilesTest {
  @TempDir Path dir;

  private Path team() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(in, "ana.xlsx", as("Ana Silva", "E-1"), wb -> {});
    Map<String, Double> topics = new LinkedHashMap<>();
    Fixtures.RUBRIC.topics().forEach(t -> topics.put(t.id(), 0.0));
    Map<String, Double> skills = new LinkedHashMap<>();
    Fixtures.RUBRIC.skillGroups().forEach(g -> g.skills().forEach(s -> skills.put(s.id(), 0.0)));
    Assessment zero =
        Fixtures.assessment(
            "Zed Null", "Z-0", "Zed Null", RaterRole.SELF, Fixtures.DATE, topics, skills);
    write(in, "zed.xlsx", zero, wb -> {});
    return in;
  }

  @Test
  void twoRunsGiveTheSameSummaryTextAndDatesTheAsOfDate() throws IOException {
    Path in = team();
    CliRun first =
        CliRun.of("report", in.toString(), "--format", "json", "-o", dir.resolve("one").toString());
    assertThat(first.exitCode()).as(first.all()).isZero();
    CliRun second =
        CliRun.of("report", in.toString(), "--format", "json", "-o", dir.resolve("two").toString());
    assertThat(second.exitCode()).as(second.all()).isZero();
    byte[] one = Files.readAllBytes(dir.resolve("one/summary.pdf"));
    byte[] two = Files.readAllBytes(dir.resolve("two/summary.pdf"));
    assertThat(PdfText.of(two)).isEqualTo(PdfText.of(one));
    Calendar[] created = new Calendar[2];
    Calendar[] modified = new Calendar[2];
    for (int i = 0; i < 2; i++) {
      try (PDDocument doc = Loader.loadPDF(i == 0 ? one : two)) {
        PDDocumentInformation info = doc.getDocumentInformation();
        created[i] = info.getCreationDate();
        modified[i] = info.getModificationDate();
      }
    }
    assertThat(created[1]).isEqualTo(created[0]);
    assertThat(modified[1]).isEqualTo(modified[0]);
    // the as-of date (the newest assessment), at midnight UTC: not the clock
    Calendar asOf = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    asOf.clear();
    asOf.set(2026, Calendar.NOVEMBER, 2);
    assertThat(created[0].getTimeInMillis()).isEqualTo(asOf.getTimeInMillis());
    assertThat(modified[0].getTimeInMillis()).isEqualTo(asOf.getTimeInMillis());
    assertThat(Files.readAllBytes(dir.resolve("two/summary.json")))
        .isEqualTo(Files.readAllBytes(dir.resolve("one/summary.json")));
    assertThat(Files.readAllBytes(dir.resolve("two/summary.csv")))
        .isEqualTo(Files.readAllBytes(dir.resolve("one/summary.csv")));
  }

  @Test
  void someoneRatedZeroHasNoBestFitAVisibleBarAndTheInterviewColumns() throws IOException {
    Path in = team();
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("report", in.toString(), "--format", "json", "-o", out.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
    JsonNode rows = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).path("rows");
    JsonNode zed = rows.get(1);
    assertThat(zed.path("candidate").asText()).isEqualTo("Zed Null");
    assertThat(zed.path("readinessIndex").asDouble()).isZero();
    assertThat(zed.path("bestFitRole").isNull()).isTrue();
    assertThat(zed.path("interviewDate").asText()).isEqualTo("2027-01-25");
    assertThat(zed.path("weeksLeft").asInt()).isEqualTo(12);
    assertThat(zed.path("projectedVerdict").asText()).isEqualTo("not-ready");
    String pdf = PdfText.flat(Files.readAllBytes(out.resolve("summary.pdf")));
    // the chart labels each bar with its value and verdict, an index of 0 too
    assertThat(pdf)
        .contains(
            "0.0 · Not ready",
            "Zed Null (Z-0) self 2026-11-02 0.0 — Not ready — — 2027-01-25 12"
                + " weeks left No: Not ready",
            "Ana Silva (E-1) self 2026-11-02 70.4 — Close — Senior (Close)");
    String csv = Files.readString(out.resolve("summary.csv"), StandardCharsets.UTF_8);
    assertThat(csv.lines().filter(l -> l.contains("Zed Null")).findFirst().orElseThrow())
        .contains(",0.0,", ",\"not-ready\",", ",,\"2027-01-25\",12,\"not-ready\",,");
  }
}
