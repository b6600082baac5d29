package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.report.CalibrationReportTest;
import dev.readiness.report.ProgressReportTest;
import dev.readiness.testing.ExternalTool;
import dev.readiness.testing.PageFill;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDFs of `readiness report samples`, as their readers get them. */
class SampleReportPagesTest {
  @TempDir static Path dir;

  static Path out;

  @BeforeAll
  static void reportTheSamples() {
    out = dir.resolve("reports");
    CliRun run = CliRun.of("report", "samples", "--format", "json,pdf", "-o", out.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
  }

  static List<Path> pdfs() throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
  }

  static String text(Path pdf, int fromPage, int toPage) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(fromPage);
      stripper.setEndPage(Math.min(toPage, doc.getNumberOfPages()));
      // a figure and its unit are joined by a no-break space, which a reader reads as a space
      return stripper.getText(doc).replaceAll("[\\s\u00A0]+", " ");
    }
  }

  static Path pdf(String prefix) throws IOException {
    return pdfs().stream()
        .filter(p -> p.getFileName().toString().startsWith(prefix))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void everyFontOfEveryReportAndTheSummaryIsEmbedded() throws Exception {
    Path pdffonts = ExternalTool.require("pdffonts");
    assertThat(pdfs()).hasSize(4);
    for (Path pdf : pdfs()) {
      List<String> rows =
          ExternalTool.run(List.of(pdffonts.toString(), pdf.toString()), dir, 60)
              .lines()
              .skip(2)
              .toList();
      assertThat(rows)
          .as(pdf.getFileName().toString())
          .isNotEmpty()
          .allSatisfy(row -> assertThat(row.split("\\s+")).as(row).contains("yes"))
          .noneSatisfy(row -> assertThat(row).startsWith("Helvetica"));
    }
  }

  @Test
  void pageOneNamesTheNotReadyPartsFirst() throws IOException {
    assertThat(text(pdf("marcus-oyelaran"), 1, 1))
        .contains(
            "Close to ready for Lead Python Architect; start with"
                + " Part 3: Cloud-Native & Infrastructure (Not ready) and Part 4: Data Engineering & ML Systems (Not ready).");
    assertThat(text(pdf("priya-raman"), 1, 1))
        .contains(
            "start with Part 5: Leadership & Soft Skills (Not ready) and"
                + " Part 6: Emerging Trends & Future-Proofing (Not ready).");
  }

  @Test
  void theIndexIsPrintedOneWay() throws IOException {
    String page1 = text(pdf("priya-raman"), 1, 1);
    assertThat(page1).contains("Readiness index 72.5 / 100 · Close").doesNotContain("73/100");
  }

  @Test
  void eachReaderFindsTheirAnswerOnPageOne() throws IOException {
    String panel = text(pdf("priya-raman"), 1, 1);
    // a line break after a hyphen ("Future-" / "Proofing") reads back as "Future- Proofing"
    assertThat(panel.replace("- ", "-"))
        .contains(CalibrationReportTest.PAGE_ONE.toArray(String[]::new));
    String mentor = text(pdf("marcus-oyelaran"), 1, 1);
    assertThat(mentor.replace("- ", "-"))
        .contains(ProgressReportTest.PAGE_ONE.toArray(String[]::new));
    assertThat(mentor)
        .contains(
            "start with Part 3: Cloud-Native & Infrastructure (Not ready) and Part 4",
            "This week: T27 Multi-Cloud Strategy (3 h)",
            "Lead Python Architect 77.9 (Close, Ready in about 30 h)");
    String candidate = text(pdf("zoe"), 1, 1);
    assertThat(candidate)
        .contains(
            "20 topics are not rated yet: T02 Async/Await at Scale, T05 Python Native Extensions,"
                + " T06 Dependency Injection in Large Codebases and 17 more; rate them to include"
                + " them in the scores and the plan.",
            "This week: ");
    for (String reader : List.of(panel, mentor, candidate)) {
      assertThat(reader)
          .containsPattern(
              "Senior Python Engineer \\(architecture track\\) \\d+\\.\\d \\((Close|Not"
                  + " ready)[^,]*, (Ready in about \\d+ h of topic study|study alone [^)]*)\\)|Ready now for Senior");
      // the parts table's notes stay with it on page 1, however long the lines above it grow
      assertThat(reader).contains("Gap points: levels below target");
    }
  }

  @Test
  void theSummaryNamesRolesRatersAndTheDate() throws IOException {
    String summary = text(out.resolve("summary.pdf"), 1, 9);
    assertThat(summary)
        .contains(
            "Team readiness summary, as of 2026-11-09",
            "Senior Python Engineer (architecture track) (1 candidate)",
            "Lead Python Architect (2 candidates)",
            "mentor",
            "panel",
            "self",
            "Not ready",
            "⚠ 20",
            "Ready at 85",
            "Close at 65");
  }

  @Test
  void noPdfShowsARawStatusToken() throws IOException {
    for (Path pdf : pdfs()) {
      assertThat(text(pdf, 1, 999))
          .as(pdf.getFileName().toString())
          .doesNotContain("not-ready", "not-rated");
    }
  }

  @Test
  void noPageIsMostlyEmpty() throws IOException {
    for (Path pdf : pdfs()) {
      if (pdf.getFileName().toString().equals("summary.pdf")) {
        continue;
      }
      List<Double> fill = PageFill.of(pdf);
      for (int i = 0; i < fill.size() - 1; i++) {
        assertThat(fill.get(i))
            .as("%s page %d is %.0f%% filled", pdf.getFileName(), i + 1, fill.get(i) * 100)
            .isGreaterThanOrEqualTo(0.4);
        if (i > 0) {
          assertThat(fill.get(i - 1) < 0.5 && fill.get(i) < 0.5)
              .as("%s pages %d and %d are both under half full", pdf.getFileName(), i, i + 1)
              .isFalse();
        }
      }
    }
  }

  /**
   * Wherever the pages happen to break: every page after a table's first repeats its title and says
   * it goes on.
   */
  @Test
  void aTableGoingOnOverAPageSaysSo() throws IOException {
    Path priya = pdf("priya-raman");
    assertThat(text(priya, 1, 1)).doesNotContain("(continued)");
    // the panel's ratings of all 55 topics run over more than one page, wherever the table starts
    List<Integer> pages = new java.util.ArrayList<>();
    for (int p = 1; p <= pageCount(priya); p++) {
      if (text(priya, p, p).contains("Every rating")) {
        pages.add(p);
      }
    }
    assertThat(pages).as("pages showing the panel's every rating").hasSizeGreaterThan(1);
    for (int p : pages.subList(1, pages.size())) {
      assertThat(text(priya, p, p)).as("page %d", p).contains("(continued)");
    }
  }

  static int pageCount(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return doc.getNumberOfPages();
    }
  }

  /**
   * A page that goes on with the study plan names the week its first rows belong to, above them.
   */
  @Test
  void aWeekGoingOnOverAPageIsNamedAboveItsRows() throws IOException {
    int checked = 0;
    for (Path pdf : pdfs()) {
      if (pdf.getFileName().toString().startsWith("summary")) {
        continue;
      }
      int pages = pageCount(pdf);
      boolean inPlan = false;
      for (int p = 1; p <= pages; p++) {
        String t = text(pdf, p, p);
        if (t.contains("Study plan ")) {
          inPlan = true;
          continue;
        }
        int row = t.indexOf("Close the gap");
        if (inPlan && row >= 0) {
          java.util.regex.Matcher week =
              java.util.regex.Pattern.compile("Week \\d+ · from").matcher(t);
          assertThat(week.find() && week.start() < row)
              .as("%s page %d: %s", pdf.getFileName(), p, t)
              .isTrue();
          checked++;
        }
      }
    }
    // the samples' plans run over several pages; their weeks now move whole (fewer than six rows),
    // so a week going on mid-week is shown by
    // PageBreaksTest.aWeekLongerThanAPageGoesOnUnderItsHeadingMarkedContinued
    assertThat(checked).isGreaterThan(3);
  }
}
