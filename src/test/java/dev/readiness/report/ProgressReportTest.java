package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.Samples;
import dev.readiness.json.JsonReport;
import dev.readiness.pdf.PdfReport;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.scoring.Status;
import dev.readiness.testing.Reports;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Marcus Oyelaran's three quarterly check-ins, through the whole report. */
public class ProgressReportTest {
  private static CandidateReport marcus() {
    Samples samples = new Samples(RubricLoader.embedded());
    List<Assessment> all = new ArrayList<>();
    all.add(samples.all().get(1).assessment());
    samples.history().forEach(s -> all.add(s.assessment()));
    ReportOptions o =
        new ReportOptions(
            List.of(), Path.of("."), Set.of(ReportOptions.Format.PDF), null, null, null, "a4", 1);
    Reports.Built built = Reports.build(RubricLoader.embedded(), all, o);
    assertThat(built.problems()).isEmpty();
    assertThat(built.reports()).hasSize(1);
    return built.reports().get(0);
  }

  /** Page 1's mentor sentences for the samples' history, word for word. */
  public static final List<String> PAGE_ONE =
      List.of(
          "Since the last check-in on 2026-08-10: readiness index +1.6 (76.3 → 77.9); Cloud-Native & Infrastructure"
              + " (Part 3) coverage 10% → 23% (+13 points); the other parts did not move.",
          "Topics up: T23 Kubernetes Operator Design 1 → 2, T24 Serverless Python Architecture 1 → 2, T25"
              + " Infrastructure as Code Patterns 0 → 1 and T26 GitOps for Python Applications 1 → 2; down: T45 Team"
              + " Topologies & Architecture 5 → 4.",
          // Part 6 is ready (93%, at or above the rubric's ready coverage) and did not move: said
          // apart, not among the parts off course for the interview
          "Not on target by the interview (2026-12-21) at the pace so far: Cloud-Native & Infrastructure (Part 3),"
              + " about 2028-06-30; Data Engineering & ML Systems (Part 4), about 2027-05-11; not moving toward it:"
              + " Foundational Architecture (Part 1) and Distributed Systems & Scalability (Part 2). Ready already,"
              + " though some topics are still below target: Emerging Trends & Future-Proofing (Part 6).",
          "Agreed last time (2026-08-10): Good progress on operators. Agreed: container optimization and GitOps next;"
              + " pair with the platform team.",
          // the topics the note names, by their title or its head, and where each stands now
          "Where that stands now: T26 GitOps for Python Applications 1 → 2 and T28 Container Optimization still at 0.",
          "Agreed at this check-in: Marcus will pair with the platform team on the Kubernetes operator work.",
          // the previous plan put first the largest gaps of the parts most in need and the depth
          // topics; those that stayed at depth were kept there, which is not "unchanged"
          "The previous plan's 9 focus topics: 1 moved up (T25 Infrastructure as Code Patterns 0 → 1); 2 unchanged"
              + " (T27 Multi-Cloud Strategy at 0 and T28 Container Optimization at 0); 6 kept at depth (T03"
              + " Meta-Programming for Framework Design at 4, T05 Python Native Extensions at 4, T12 Distributed"
              + " Caching Strategy at 4, T15 Microservices Communication Patterns at 4 and 2 more).");

  @Test
  void pageOneSaysWhatMovedSinceTheLastCheckInAndWhatWasAgreed() {
    assertThat(marcus().model().glance()).startsWith(PAGE_ONE.toArray(String[]::new));
  }

  @Test
  void aReadyPartIsNeverSaidToBeOffCourse() {
    CandidateReport r = marcus();
    // the parts table on page 1 and the progress table agree on Part 6: ready, short of target
    assertThat(r.score().part("P6").status()).isEqualTo(Status.READY);
    assertThat(r.model().progress().parts())
        .extracting(ProgressView.PartRow::heading, ProgressView.PartRow::reach)
        .contains(
            tuple(
                "Part 6: Emerging Trends & Future-Proofing",
                "Ready now; target not by the interview at this pace"),
            tuple("Part 1: Foundational Architecture", "Not by the interview at this pace"));
  }

  @Test
  void theNewestReportCarriesTheHistory() throws Exception {
    CandidateReport r = marcus();
    assertThat(r.date()).hasToString("2026-11-09");
    JsonNode p = new ObjectMapper().readTree(JsonReport.render(r)).path("progress");
    assertThat(p.path("assessments")).hasSize(3);
    assertThat(p.path("assessments").get(0).path("date").asText()).isEqualTo("2026-05-11");
    assertThat(p.path("assessments").get(2).path("readinessIndex").asDouble())
        .isEqualTo(r.score().readinessIndex());
    assertThat(p.path("regressed").get(0).asText()).isEqualTo("T45");
    assertThat(p.path("projection")).hasSize(6);
    assertThat(p.path("projection").get(2).path("reachesTargetOn").isTextual()).isTrue();
    assertThat(p.path("checkIns").path("previous").asText())
        .startsWith("Good progress on operators");
    assertThat(p.path("changes").get(0).has("from")).isTrue();
  }

  @Test
  void thePdfShowsProgressAndCheckIns() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfReport("a4").render(marcus(), out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text)
          .contains(
              "Progress",
              "3 assessments from 2026-05-11 to 2026-11-09",
              "Regressed (1)",
              "T45 Team Topologies & Architecture",
              "The previous plan's focus topics",
              "Check-in notes",
              "Good progress on operators",
              "Not by the interview at this pace",
              "About 2028-06-30, after the interview",
              "Ready now; target not by the interview at this pace",
              "Reached");
    }
  }

  @Test
  void theListsAMentorActsOnNameTheirTopics() {
    CandidateReport r = marcus();
    // the check-in notes, topic by topic
    assertThat(r.model().progress().notes())
        .extracting(ProgressView.NoteRow::about)
        .containsExactly(
            "Agreed",
            "T08 Memory-Optimized Data Structures",
            "T19 Distributed Tracing Implementation",
            "T22 API Gateway Design",
            "T23 Kubernetes Operator Design",
            "T35 Data Pipeline Framework Design",
            "T40 Time-Series Data Processing",
            "T45 Team Topologies & Architecture");
    // the focus topics, each as it stands: Marcus's are all at depth already, so none is "taken"
    // there
    assertThat(r.model().plan().focusLine())
        .isEqualTo(
            "Depth, where the role asks for it (the guide: \"Master 2-3 scenarios from each section in"
                + " depth\"): Part 1: T03 Meta-Programming for Framework Design and T05 Python Native"
                + " Extensions at depth already. Part 2: T12 Distributed Caching Strategy and T15"
                + " Microservices Communication Patterns at depth already. Part 5: T43 Technical Debt"
                + " Management and T44 Architecture Decision Records at depth already.");
    // what the report was made from, the rubric named with its SHA-256
    assertThat(r.model().frame().provenance())
        .isEqualTo(
            "Made by readiness from marcus-oyelaran.xlsx with the"
                + " rubric python-architect-2026 (SHA-256 "
                + RubricLoader.embedded().sha256().substring(0, 12)
                + ").");
    assertThat(r.model().frame().title()).isEqualTo("Interview readiness: Marcus Oyelaran");
  }
}
