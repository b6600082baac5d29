package dev.readiness.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.Samples;
import dev.readiness.report.CandidateReport;
import dev.readiness.report.ReportOptions;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.testing.Fixtures;
import dev.readiness.testing.PageBreaks;
import dev.readiness.testing.Reports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The page breaks of every sample report and of seeded personas, read back page by page with
 * PDFBox: no page ends with a heading, a table split over pages leaves at least three rows on each
 * side, the appendix does not spill a row or two onto a page of its own.
 */
class PageBreaksTest {
  private static final ReportOptions OPTIONS =
      new ReportOptions(
          List.of(), Path.of("."), Set.of(ReportOptions.Format.PDF), null, null, null, "a4", 1);

  private static byte[] pdf(CandidateReport r, String paper) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfReport(paper).render(r, out);
    return out.toByteArray();
  }

  private static List<CandidateReport> samples() {
    Samples s = new Samples(RubricLoader.embedded());
    Reports.Built built =
        Reports.build(
            RubricLoader.embedded(),
            s.everything().stream().map(Samples.Sample::assessment).toList(),
            OPTIONS);
    assertThat(built.reports()).hasSize(3);
    return built.reports();
  }

  @Test
  void theSampleReportsBreakTheirPagesByTheRules() throws IOException {
    for (CandidateReport r : samples()) {
      for (String paper : List.of("a4", "letter")) {
        assertThat(PageBreaks.violations(pdf(r, paper)))
            .as(r.candidate().name() + " on " + paper)
            .isEmpty();
      }
    }
  }

  @Test
  void laidOutOnceTheSamplesBreakTheRulesThatThePassesMend() throws IOException {
    // Marcus's appendix spilled its last row onto a page of its own, Priya's calibration left one
    // row behind
    int broken = 0;
    for (CandidateReport r : samples()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new PdfReport("a4").renderOnce(r, out, Pagination.first());
      broken += PageBreaks.violations(out.toByteArray()).size();
    }
    assertThat(broken).isPositive();
  }

  @Test
  void allZeroAllFiveAndOneWeekPersonasBreakTheirPagesByTheRules() throws IOException {
    Assessment zero = Fixtures.rated(t -> 0.0, g -> 0.0);
    Assessment five = Fixtures.rated(t -> 5.0, g -> 5.0);
    Assessment base = Fixtures.random(7, 0.1);
    Assessment oneWeek =
        base.toBuilder().interviewDate(base.date().plusWeeks(1)).checkInNotes("").build();
    for (Assessment a : List.of(zero, five, oneWeek)) {
      assertThat(PageBreaks.violations(pdf(Reports.of(RubricLoader.embedded(), a), "a4")))
          .as(a.topicRatings().values().stream().distinct().toList().toString())
          .isEmpty();
    }
  }

  @Test
  void seededPersonasWithNotesOfEveryLengthBreakTheirPagesByTheRules() throws IOException {
    for (long seed = 1; seed <= 6; seed++) {
      Random random = new Random(seed);
      Assessment base = Fixtures.random(seed, 0.15);
      Map<String, String> notes = new LinkedHashMap<>();
      base.topicRatings()
          .keySet()
          .forEach(
              id -> {
                if (random.nextInt(3) == 0) {
                  notes.put(
                      id,
                      "Worked through it in a real system; more practice needed. "
                          .repeat(1 + random.nextInt(6)));
                }
              });
      Assessment a =
          base.toBuilder()
              .interviewDate(base.date().plusWeeks(2 + random.nextInt(30)))
              .hoursPerWeek(2.0 + random.nextInt(12))
              .checkInNotes("")
              .topicNotes(notes)
              .build();
      String paper = seed % 2 == 0 ? "letter" : "a4";
      assertThat(PageBreaks.violations(pdf(Reports.of(RubricLoader.embedded(), a), paper)))
          .as("seed " + seed + " on " + paper)
          .isEmpty();
    }
  }

  @Test
  void aWeekLongerThanAPageGoesOnUnderItsHeadingMarkedContinued() throws IOException {
    Assessment base = Fixtures.rated(t -> 0.0, g -> 0.0);
    Assessment a =
        base.toBuilder()
            .interviewDate(base.date().plusWeeks(3))
            .hoursPerWeek(40.0)
            .checkInNotes("")
            .build();
    byte[] pdf = pdf(Reports.of(RubricLoader.embedded(), a), "a4");
    assertThat(PageBreaks.violations(pdf)).isEmpty();
    long continued =
        PageBreaks.pages(pdf).stream()
            .filter(
                p ->
                    p.lines().stream().anyMatch(l -> l.text().startsWith("Week "))
                        && p.lines().stream().anyMatch(l -> l.text().equals("(continued)")))
            .count();
    assertThat(continued).isPositive();
  }

  @Test
  void theCheckFindsAHeadingLastOnItsPage() throws Exception {
    List<String> found =
        PageBreaks.violations(
            laidOut(
                doc -> {
                  doc.add(
                      new Paragraph(
                          Fonts.get().phrase("A lonely heading", 14f, true, Palette.ACCENT)));
                  doc.add(rows(8));
                },
                30));
    assertThat(found).contains("page 1 ends with the heading \"A lonely heading\"");
  }

  @Test
  void theCheckFindsATableLeavingTwoRowsBehind() throws Exception {
    List<String> found = PageBreaks.violations(laidOut(doc -> doc.add(rows(8)), 45));
    assertThat(found).containsExactly("page 2 goes on with a table split 2 | 6 rows");
  }

  private interface Body {
    void add(Document doc) throws Exception;
  }

  /** A page filled with lines of text until {@code room} points are left, then the body. */
  private static byte[] laidOut(Body body, float room) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 42, 42, 58, 50);
    PdfWriter writer = PdfWriter.getInstance(doc, out);
    doc.open();
    while (writer.getVerticalPosition(true) - doc.bottom() > room + 12) {
      doc.add(new Paragraph(Fonts.get().phrase("A line of text.", 8f, false, Palette.INK)));
    }
    body.add(doc);
    doc.close();
    return out.toByteArray();
  }

  /**
   * A table with a column header and the given number of rows, moved whole row by row, its header
   * repeated.
   */
  private static PdfPTable rows(int n) {
    Cells cells = new Cells(Fonts.get(), PageSize.A4.getWidth() - 84);
    PdfPTable t = cells.table(1, 3);
    cells.header(t, "ID", "Text");
    for (int i = 0; i < n; i++) {
      t.addCell(cells.text("R" + i));
      t.addCell(cells.text("a row"));
    }
    return t;
  }
}
