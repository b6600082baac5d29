package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.Samples;
import dev.readiness.json.JsonReport;
import dev.readiness.pdf.PdfReport;
import dev.readiness.rubric.RubricLoader;
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

/** The five-rater panel plus a self-rating of the samples, through the whole report. */
public class CalibrationReportTest {
  /** Page 1's panel sentences for the samples' panel, word for word. */
  public static final List<String> PAGE_ONE =
      List.of(
          "Panel agreement: reliable overall (0.880, 95% interval 0.86–0.90); reliable only in Emerging Trends &"
              + " Future-Proofing (Part 6); tentative in Distributed Systems & Scalability (Part 2), Cloud-Native &"
              + " Infrastructure (Part 3) and Leadership & Soft Skills (Part 5); low in 2 parts.",
          "Discuss first: Foundational Architecture (Part 1): low, and uncertain: 0.644, 95% interval 0.49–0.77, 62%"
              + " chance below 0.667.",
          // Part 4's raters mostly gave everyone's 5: alpha is low, but there is little to discuss
          "Low alpha, yet little disagreement: Data Engineering & ML Systems (Part 4): low, and uncertain: 0.453, 95%"
              + " interval 0.14–0.73, 93% chance below 0.667 (7 of 10 topics rated alike by every rater: the ratings"
              + " barely vary, which alpha reads as low).",
          "12 topics to discuss: T44 Architecture Decision Records; T14 Data-Intensive Application Design; T01 Python"
              + " Memory Model & GIL Evolution and 9 more.",
          "Self against panel, in levels: over-confident in Emerging Trends & Future-Proofing (Part 6) +0.60;"
              + " under-confident in Cloud-Native & Infrastructure (Part 3) −0.30 and Data Engineering & ML Systems"
              + " (Part 4) −0.30; in line elsewhere (within 0.25).");

  @Test
  void pageOneStatesTheAgreementByBandTheLowPartsWithTheirIntervalsAndTheSelfRatingByPart() {
    CandidateReport r = panelRun().reports().get(0);
    assertThat(r.model().calibration().summaryLines()).containsExactlyElementsOf(PAGE_ONE);
    assertThat(r.model().glance()).containsSubsequence(PAGE_ONE);
  }

  @Test
  void theCandidatesOwnNotesAreLabelledAndSetApart() {
    CandidateReport r = panelRun().reports().get(0);
    assertThat(r.assessment().topicNotes().get("T03"))
        .isEqualTo(
            "Priya Raman (self): I know the basics; unsure"
                + " about performance implications of dynamic class creation.");
    // a topic with a panel note and a self note: the panel's first, then an empty line, then the
    // candidate's
    assertThat(r.assessment().topicNotes().values())
        .allSatisfy(
            n ->
                assertThat(n)
                    .satisfiesAnyOf(
                        x -> assertThat(x).doesNotContain("(self)"),
                        x ->
                            assertThat(x)
                                .matches(
                                    "(?s)(Priya Raman \\(self\\): .*)|(.*[^\\n]\\n\\nPriya Raman \\(self\\): .*)")));
  }

  @Test
  void leniencyNamesItsPool() {
    CalibrationView v = panelRun().reports().get(0).model().calibration();
    assertThat(v.leniencyNote())
        .isEqualTo(
            "Leniency is each panel rater's mean offset from the panel's median on the"
                + " topics they rated, over every panel found in this run's workbooks: 1 panel (Priya Raman (C-1001) on"
                + " 2026-11-02), 55 topics rated by two or more of a panel's raters. One panel is a small pool:"
                + " the workbooks of past panels, given to the report with --panel-history, would widen it.");
    assertThat(v.raters().get(3).leniency())
        .isEqualTo("+0.27 levels: lenient (55 topics, 1 panel)");
  }

  @Test
  void aPanelPacketHasTheDiscussionWithNotesAndADecisionButNoStudyPlan() throws Exception {
    ReportOptions panel =
        new ReportOptions(
            List.of(),
            Path.of("."),
            Set.of(ReportOptions.Format.PDF),
            null,
            null,
            null,
            "a4",
            1,
            dev.readiness.plan.StudyDays.DEFAULT,
            null,
            ReportOptions.Audience.PANEL);
    Samples samples = new Samples(RubricLoader.embedded());
    List<Assessment> all = new ArrayList<>();
    all.add(samples.all().get(0).assessment());
    samples.panel().forEach(s -> all.add(s.assessment()));
    CandidateReport r = Reports.build(RubricLoader.embedded(), all, panel).reports().get(0);
    assertThat(r.model().glance())
        .containsSubsequence(PAGE_ONE)
        .noneMatch(l -> l.startsWith("This week:"));
    // a panel's document, not the candidate's: its own title and head, no study time, no plan rule
    assertThat(r.model().frame().title()).isEqualTo("Hiring panel packet: Priya Raman");
    assertThat(r.model().frame().pageHead())
        .isEqualTo("Hiring panel packet · " + r.date() + " · Priya Raman");
    assertThat(r.model().frame().documentTitle()).isEqualTo("Hiring panel packet: Priya Raman");
    assertThat(r.model().profile().studyTime()).isEmpty();
    assertThat(r.model().roleFitLine()).doesNotContain("study", " h)");
    assertThat(r.model().profile().rater()).isEqualTo("Panel of 5");
    assertThat(r.json().plan()).isNull();
    assertThat(r.json().panelPacket()).isNotNull();
    assertThat(r.model().rules().rules())
        .extracting(RuleBook.Rule::term)
        .doesNotContain("Study plan");
    assertThat(r.model().calibration().intro())
        .contains("The scores in this report use the panel's consensus")
        .doesNotContain("plan");
    assertThat(r.model().headline().text())
        .isEqualTo(
            "Close to ready for Lead Python Architect; weakest in Part 5:"
                + " Leadership & Soft Skills (Not ready) and Part 6: Emerging Trends & Future-Proofing (Not ready).");
    PanelPacket p = r.model().packet();
    assertThat(p.discussion()).extracting(PanelPacket.Topic::id).startsWith("T44", "T14");
    assertThat(p.discussion().get(0).ratings())
        .isEqualTo(
            "Ana Petrović 2\nFatima Al-Sayed 0\nGrace Okafor 2\n"
                + "Kenji Watanabe 3\nTom Becker 4");
    assertThat(p.discussion().get(0).figures()).isEqualTo("Median 2, spread 4; self-rating 0");
    assertThat(p.discussion().get(0).notes())
        .isEqualTo(
            "Tom Becker: Described an ADR process she ran at her last" + " company; convincing.");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfReport("a4").render(r, out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text)
          .contains(
              "Panel calibration",
              "Topics to discuss, with every rater's notes",
              "Tom Becker: Described an ADR process",
              "Decision",
              "Strong no",
              "Strong yes",
              "Chair",
              "The parts of the guide",
              "Priya Raman (self): I know the basics")
          .doesNotContain(
              "This week:", "Week 1 · from", "Study time", "Study plan", "Interview readiness");
      assertThat(doc.getDocumentInformation().getTitle())
          .isEqualTo("Hiring panel packet: Priya Raman");
    }
  }

  private static final ReportOptions OPTIONS =
      new ReportOptions(
          List.of(), Path.of("."), Set.of(ReportOptions.Format.PDF), null, null, null, "a4", 1);

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
    assertThat(cal.path("disagreements").get(0).path("spread").asDouble())
        .isGreaterThanOrEqualTo(2);
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
    // Part 4's row: a caution (amber), not a disagreement (red) as Part 1's is
    assertThat(r.model().calibration().agreement())
        .filteredOn(a -> a.part().equals("P4"))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.tone()).isEqualTo(Tone.FAIR);
              assertThat(a.verdict())
                  .isEqualTo(
                      "Low, yet little disagreement (7 of 10 topics rated alike by every rater: the"
                          + " ratings barely vary, which alpha reads as low).");
            });
    assertThat(r.model().calibration().agreement())
        .filteredOn(a -> a.part().equals("P1"))
        .singleElement()
        .satisfies(a -> assertThat(a.tone()).isEqualTo(Tone.POOR));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfReport("a4").render(r, out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text)
          .contains(
              "Panel calibration",
              "5 panel raters and the candidate's self-rating",
              "Krippendorff's alpha (ordinal)",
              "To discuss: topics where the panel differs by 2 levels or more",
              "Self-rating against the panel",
              "Ana Petrović",
              "Kenji Watanabe",
              "Every rating",
              "lenient",
              "harsh");
      // the panel goes first to the part where its raters differ; Part 4, low only for want of
      // variety, is said so in its row
      assertThat(text)
          .contains(
              "Reliable overall (0.880, 95% interval 0.86–0.90; 0% chance below 0.667), but low in"
                  + " Part 1: Foundational Architecture (0.644, 95% interval 0.49–0.77); discuss that"
                  + " part first.",
              "Low, yet little disagreement");
    }
  }

  @Test
  void aSingleRaterMakesNoCalibration() {
    Assessment a = new Samples(RubricLoader.embedded()).all().get(1).assessment();
    CandidateReport r =
        Reports.build(RubricLoader.embedded(), List.of(a), OPTIONS).reports().get(0);
    assertThat(r.calibration()).isNull();
    assertThat(new String(JsonReport.render(r), java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"calibration\": null");
  }
}
