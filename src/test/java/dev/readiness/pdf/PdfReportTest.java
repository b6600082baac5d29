package dev.readiness.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.Candidate;
import dev.readiness.assessment.Samples;
import dev.readiness.plan.Week;
import dev.readiness.report.CandidateReport;
import dev.readiness.report.ReportOptions;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.scoring.PartScore;
import dev.readiness.scoring.TopicScore;
import dev.readiness.testing.ExternalTool;
import dev.readiness.testing.PdfText;
import dev.readiness.testing.Reports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF read back as text: every rated topic, the scoring module's numbers, the plan's weeks,
 * names intact.
 */
class PdfReportTest {
  @TempDir Path dir;

  static CandidateReport report(Assessment a) {
    ReportOptions o =
        new ReportOptions(
            List.of(), Path.of("."), Set.of(ReportOptions.Format.PDF), null, null, null, "a4", 1);
    Reports.Built built = Reports.build(RubricLoader.embedded(), List.of(a), o);
    assertThat(built.problems()).isEmpty();
    return built.reports().get(0);
  }

  static byte[] pdf(CandidateReport r, String paper) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfReport(paper).render(r, out);
    return out.toByteArray();
  }

  private static Assessment sample(int i) {
    return new Samples(RubricLoader.embedded()).all().get(i).assessment();
  }

  @Test
  void containsEveryRatedTopicTheScoresAndThePlan() throws IOException {
    CandidateReport r = report(sample(0));
    String text = PdfText.flat(pdf(r, "a4"));
    for (TopicScore t : r.score().topics()) {
      assertThat(text).as(t.id()).contains(t.id() + " " + t.title().substring(0, 12));
    }
    assertThat(text)
        .contains(
            String.format(Locale.ROOT, "Readiness index %.1f / 100", r.score().readinessIndex()));
    assertThat(text).contains(r.model().headline().text().substring(0, 40));
    for (PartScore p : r.score().parts()) {
      assertThat(text).contains("coverage " + Math.round(p.coverage() * 100) + "%");
    }
    for (Week w : r.plan().weeks()) {
      assertThat(text).contains("Week " + w.week() + " · from " + w.start());
    }
    assertThat(text).contains(r.plan().summary().substring(0, 60));
    assertThat(text)
        .contains(
            "Python-Specific Optimization Checklist",
            "Interview Preparation Strategy",
            "Appendix: the scale and how the numbers are made",
            "Has led it in production and could teach it");
    assertThat(text)
        .contains(r.assessment().topicNotes().values().iterator().next().substring(0, 30));
  }

  @Test
  void aLayoutOpenPdfRefusesIsSaidInTheToolsWordsWithItsCauseKept() {
    com.lowagie.text.DocumentException refused =
        new com.lowagie.text.DocumentException("Infinite table loop; row content is larger");
    IOException e = PdfReport.unwrap(new com.lowagie.text.ExceptionConverter(refused));
    assertThat(e).hasMessage("the PDF could not be laid out").hasCause(refused);
  }

  @Test
  void aSkillGroupsRowWordsItsStatusAsThePartsTableDoes() throws IOException {
    CandidateReport r = report(sample(0));
    String text = PdfText.flat(pdf(r, "a4"));
    assertThat(r.model().skills()).isNotEmpty();
    for (dev.readiness.report.SkillGroupRow g : r.model().skills()) {
      assertThat(text).contains(g.title() + " · target " + g.target() + " · " + g.status());
      assertThat(g.status()).isIn("Ready", "Close", "Not ready", "Not rated");
    }
  }

  @Test
  void unicodeNamesSurviveTheRoundTrip() throws IOException {
    String name = "Zoë Łukasiewicz 王小明 محمد";
    Assessment base = sample(0);
    Map<String, String> notes = new LinkedHashMap<>(base.topicNotes());
    notes.put("T01", "Ελληνικά και русский: notes in Greek and Cyrillic; 한국어 메모");
    notes.put("T02", "يحتاج إلى مزيد من الممارسة في أنظمة asyncio الكبيرة.");
    Assessment a =
        base.toBuilder()
            .candidate(new Candidate(name, "Z-1"))
            .rater("Ана Петровић")
            .checkInNotes("")
            .topicNotes(notes)
            .daysOff(null)
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> warnings = new PdfReport("a4").render(report(a), out);
    assertThat(warnings).isEmpty();
    String text = PdfText.of(out.toByteArray());
    assertThat(text)
        .contains("Zoë Łukasiewicz 王小明 محمد", "Ана Петровић", "Ελληνικά και русский", "한국어 메모");
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      assertThat(doc.getDocumentInformation().getTitle())
          .isEqualTo("Interview readiness report: " + name);
    }
  }

  @Test
  void aGlyphNoFontHasIsAWarningNotASilentBox() throws IOException {
    Assessment base = sample(0);
    Assessment a =
        base.toBuilder()
            .candidate(new Candidate("Anil नमस्ते", "X"))
            .checkInNotes("")
            .daysOff(null)
            .build();
    List<String> warnings = new PdfReport("a4").render(report(a), new ByteArrayOutputStream());
    assertThat(warnings)
        .containsExactly(
            "the PDF cannot draw न (U+0928 DEVANAGARI LETTER NA),"
                + " म (U+092E DEVANAGARI LETTER MA), स (U+0938 DEVANAGARI LETTER SA), त (U+0924 DEVANAGARI LETTER TA)"
                + " in \"Interview readiness: Anil नमस्ते\" (Summary); each is shown as □");
  }

  private static Assessment renamed(Assessment base, String name, String id, String notes) {
    return base.toBuilder()
        .candidate(new Candidate(name, id))
        .rater(name)
        .checkInNotes(notes)
        .build();
  }

  /**
   * Page 1's glyphs as drawn: each with its letter (a joined Arabic form read as its letter) and
   * position.
   */
  private static List<org.apache.pdfbox.text.TextPosition> glyphs(byte[] pdf) throws IOException {
    List<org.apache.pdfbox.text.TextPosition> glyphs = new java.util.ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      org.apache.pdfbox.text.PDFTextStripper stripper =
          new org.apache.pdfbox.text.PDFTextStripper() {
            @Override
            protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
              glyphs.add(text);
            }
          };
      stripper.setEndPage(1);
      stripper.getText(doc);
    }
    return glyphs;
  }

  /** The letters drawn on the line at y that are Arabic, left to right as they are seen. */
  private static String arabicSeen(List<org.apache.pdfbox.text.TextPosition> glyphs, float y) {
    StringBuilder seen = new StringBuilder();
    glyphs.stream()
        .filter(g -> Math.abs(g.getYDirAdj() - y) < 1)
        .sorted(
            java.util.Comparator.comparingDouble(org.apache.pdfbox.text.TextPosition::getXDirAdj))
        .map(g -> java.text.Normalizer.normalize(g.getUnicode(), java.text.Normalizer.Form.NFKC))
        .filter(
            u ->
                u.codePoints()
                    .allMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC))
        .forEach(seen::append);
    return seen.toString();
  }

  /** The first glyph drawn with the letter, top to bottom. */
  private static org.apache.pdfbox.text.TextPosition first(
      List<org.apache.pdfbox.text.TextPosition> glyphs, String letter, float minY) {
    return glyphs.stream()
        .filter(g -> g.getUnicode().equals(letter) && g.getYDirAdj() > minY)
        .min(java.util.Comparator.comparingDouble(org.apache.pdfbox.text.TextPosition::getYDirAdj))
        .orElseThrow();
  }

  @Test
  void anArabicNameReadsTheSameInTheTitleTheHeaderAndTheCells() throws IOException {
    byte[] pdf = pdf(report(renamed(sample(2), "محمد عبد الله", "C-2001", "")), "a4");
    // read as text, the title comes back in reading order (drawn unjoined and backwards, as it was,
    // it did not)
    assertThat(PdfText.of(pdf).lines().map(String::strip).toList())
        .contains(
            "Interview readiness: محمد عبد الله",
            "Interview readiness · 2026-10-05 · محمد عبد الله Senior Python Engineer (architecture track)");
    List<org.apache.pdfbox.text.TextPosition> glyphs = glyphs(pdf);
    // as seen, left to right, the name's letters come last first in the header, the title and both
    // cells
    String backwards = new StringBuilder("محمدعبدالله").reverse().toString();
    org.apache.pdfbox.text.TextPosition header = first(glyphs, "·", 0);
    org.apache.pdfbox.text.TextPosition title = first(glyphs, ":", 0);
    org.apache.pdfbox.text.TextPosition id = first(glyphs, "(", title.getYDirAdj());
    org.apache.pdfbox.text.TextPosition self = first(glyphs, "·", title.getYDirAdj());
    for (org.apache.pdfbox.text.TextPosition line : List.of(header, title, id, self)) {
      assertThat(arabicSeen(glyphs, line.getYDirAdj()))
          .as("line at %.0f", line.getYDirAdj())
          .isEqualTo(backwards);
    }
    // and the ID and the rater's role stay to the right of the name, as in "محمد عبد الله (C-2001)"
    double nameEnd =
        glyphs.stream()
            .filter(
                g ->
                    Math.abs(g.getYDirAdj() - id.getYDirAdj()) < 1
                        && Character.UnicodeBlock.of(g.getUnicode().codePointAt(0))
                            != Character.UnicodeBlock.BASIC_LATIN)
            .mapToDouble(org.apache.pdfbox.text.TextPosition::getXDirAdj)
            .max()
            .orElseThrow();
    assertThat(id.getXDirAdj()).isGreaterThan((float) nameEnd);
    assertThat(first(glyphs, "s", self.getYDirAdj() - 1).getXDirAdj())
        .isGreaterThan(self.getXDirAdj());
  }

  @Test
  void anEmojiInTheCheckInNotesIsMarkedAndWarnedOf() throws IOException {
    Assessment a =
        renamed(
            sample(2), sample(2).candidate().name(), "C-1003", "Agreed: ✅ mock interview  weekly");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> warnings = new PdfReport("a4").render(report(a), out);
    assertThat(warnings)
        .containsExactly(
            "the PDF cannot draw ✅ (U+2705 WHITE HEAVY CHECK MARK) in \"• Agreed at this"
                + " check-in: Agreed: ✅ mock interview  weekly\" (Summary); it is shown as □");
    assertThat(PdfText.of(out.toByteArray())).contains("Agreed: □ mock interview  weekly");
  }

  @Test
  void metadataOutlineAndPaper() throws IOException {
    CandidateReport r = report(sample(1));
    try (PDDocument doc = Loader.loadPDF(pdf(r, "letter"))) {
      PDDocumentInformation info = doc.getDocumentInformation();
      assertThat(info.getTitle()).isEqualTo("Interview readiness report: Marcus Oyelaran");
      assertThat(info.getAuthor()).isEqualTo("Dana Whitfield");
      assertThat(info.getSubject()).contains("Lead Python Architect");
      assertThat(info.getCreationDate().get(java.util.Calendar.YEAR)).isEqualTo(2026);
      assertThat(info.getCreationDate().get(java.util.Calendar.MONTH)).isEqualTo(10);
      assertThat(info.getCreationDate().get(java.util.Calendar.DAY_OF_MONTH)).isEqualTo(9);
      assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
      List<String> bookmarks = new java.util.ArrayList<>();
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks.add(item.getTitle());
      }
      assertThat(bookmarks)
          .containsExactly(
              "Summary",
              "The parts of the guide",
              "Essential skills matrix",
              "Study plan",
              "Checklists",
              "Appendix: the scale and how the numbers are made");
      int pages = doc.getNumberOfPages();
      assertThat(PdfText.of(pdf(r, "letter")))
          .contains("Page 1 of " + pages, "Page " + pages + " of " + pages);
    }
    try (PDDocument doc = Loader.loadPDF(pdf(r, "a4"))) {
      assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(842f);
    }
  }

  @Test
  void theSameInputGivesTheSameText() throws IOException {
    CandidateReport r = report(sample(2));
    assertThat(PdfText.of(pdf(r, "a4"))).isEqualTo(PdfText.of(pdf(r, "a4")));
  }

  @Test
  void longNotesWrapAndLongTablesRepeatTheirHeader() throws IOException {
    Assessment base = sample(2);
    Map<String, String> notes = new LinkedHashMap<>();
    base.topicRatings().keySet().forEach(id -> notes.put(id, "A long note. ".repeat(40)));
    Assessment a = base.toBuilder().checkInNotes("").topicNotes(notes).daysOff(null).build();
    byte[] pdf = pdf(report(a), "a4");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      org.apache.pdfbox.text.PDFTextStripper stripper =
          new org.apache.pdfbox.text.PDFTextStripper();
      int pagesWithTopicHeader = 0;
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        String page = stripper.getText(doc);
        if (page.contains("ID Topic Rating Target Gap Notes")) {
          pagesWithTopicHeader++;
        }
      }
      // six parts, but the long notes push their tables over many more pages, each with the header
      // again
      assertThat(pagesWithTopicHeader).isGreaterThan(6);
    }
  }

  @Test
  void passesAStructuralCheck() throws Exception {
    Path file = dir.resolve("r.pdf");
    Files.write(file, pdf(report(sample(0)), "a4"));
    Path qpdf = ExternalTool.require("qpdf");
    String out = ExternalTool.run(List.of(qpdf.toString(), "--check", file.toString()), dir, 60);
    assertThat(out).contains("No syntax or stream encoding errors found");
  }
}
