package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.testing.ExternalTool;
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
  @TempDir
  static Path dir;

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
      return stripper.getText(doc).replaceAll("\\s+", " ");
    }
  }

  static Path pdf(String prefix) throws IOException {
    return pdfs().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
  }

  @Test
  void everyFontOfEveryReportAndTheSummaryIsEmbedded() throws Exception {
    Path pdffonts = ExternalTool.require("pdffonts");
    assertThat(pdfs()).hasSize(4);
    for (Path pdf : pdfs()) {
      List<String> rows = ExternalTool.run(List.of(pdffonts.toString(), pdf.toString()), dir, 60).lines()
          .skip(2).toList();
      assertThat(rows).as(pdf.getFileName().toString()).isNotEmpty()
          .allSatisfy(row -> assertThat(row.split("\\s+")).as(row).contains("yes"))
          .noneSatisfy(row -> assertThat(row).startsWith("Helvetica"));
    }
  }

  @Test
  void pageOneNamesTheNotReadyPartsFirst() throws IOException {
    assertThat(text(pdf("marcus-oyelaran"), 1, 1)).contains("Close to ready for Lead Python Architect; start with"
        + " Part 3: Cloud-Native & Infrastructure (not ready) and Part 4: Data Engineering & ML Systems (not ready).");
    assertThat(text(pdf("priya-raman"), 1, 1)).contains("start with Part 5: Leadership & Soft Skills (not ready) and"
        + " Part 6: Emerging Trends & Future-Proofing (not ready).");
  }

  @Test
  void theIndexIsPrintedOneWay() throws IOException {
    String page1 = text(pdf("priya-raman"), 1, 1);
    assertThat(page1).contains("Readiness index 72.5 / 100 · Close").doesNotContain("73/100");
  }
}
