package dev.readiness.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.Candidate;
import dev.readiness.report.TeamRows;
import dev.readiness.report.TeamSummary;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.testing.Fixtures;
import dev.readiness.testing.PageBreaks;
import dev.readiness.testing.PdfText;
import dev.readiness.testing.Reports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The team summary of a large team breaks its pages by the report's rules, read back with PDFBox:
 * no heading last on its page, no heat map leaving fewer than three rows on a page, no date, ID or
 * figure broken across lines, and a chart label as long as a name needs.
 */
class SummaryPdfPagesTest {
  private static final Rubric RUBRIC = RubricLoader.embedded();

  /** A very long name without a space, which once squeezed every other column of its heat map. */
  private static final String LONG = "Aleksandrovna-Vasilievskaya-Konstantinopolskaya".repeat(2);

  /**
   * Forty candidates, rated at random, across two roles; among them a Chinese name and a long one.
   */
  private static TeamSummary team(int size) {
    return team(size, i -> i == 3 ? "王小明" : i == 8 ? LONG : String.format("Candidate %02d", i));
  }

  private static TeamSummary team(int size, IntFunction<String> names) {
    List<TeamSummary.Row> rows = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Assessment base = Fixtures.random(100 + i, 0.1);
      String name = names.apply(i);
      Assessment a =
          base.toBuilder()
              .candidate(new Candidate(name, "C-" + (2000 + i)))
              .targetRole(i % 2 == 0 ? "senior" : "lead")
              .interviewDate(base.date().plusWeeks(3 + i % 20))
              .build();
      rows.add(TeamRows.of(Reports.of(RUBRIC, a)));
    }
    return TeamSummary.of(RUBRIC, rows, List.of());
  }

  private static byte[] pdf(TeamSummary s, String paper) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SummaryPdf(RUBRIC, paper).render(s, out);
    return out.toByteArray();
  }

  @Test
  void aSummaryOfFortyCandidatesBreaksItsPagesByTheRules() throws IOException {
    for (String paper : List.of("a4", "letter")) {
      byte[] pdf = pdf(team(40), paper);
      assertThat(PageBreaks.pages(pdf)).as(paper).hasSizeGreaterThan(3);
      assertThat(PageBreaks.violations(pdf)).as(paper).isEmpty();
      assertThat(BrokenTokens.in(pdf)).as(paper).isEmpty();
    }
  }

  @Test
  void teamsOfEverySizeUpToFortyBreakTheirPagesByTheRules() throws IOException {
    for (int size = 6; size <= 36; size += 5) {
      assertThat(PageBreaks.violations(pdf(team(size), "a4"))).as("%d candidates", size).isEmpty();
    }
  }

  @Test
  void everyHeatMapIsHeadedByItsRoleOnEveryPageItTakes() throws IOException {
    String text = PdfText.of(pdf(team(40), "a4"));
    assertThat(text)
        .contains("Senior Python Engineer (architecture track): each candidate by part")
        .contains("Lead Python Architect: each candidate by part");
  }

  @Test
  void aChineseLabelIsDrawnWholeAndATooLongNameIsShortenedBeforeItsId() throws IOException {
    // the Chinese name the longest label: the chart measured it narrower than it is drawn
    byte[] chinese = pdf(team(6, i -> i == 3 ? "欧阳王小明" : "Ana Li"), "a4");
    assertThat(PdfText.flat(chinese)).contains("欧阳王小明 (C-2003)");
    // every label of its chart (the odd ones: Lead) ends where the bars start: the Chinese one ran
    // on under them
    assertThat(edges(chinese, "欧阳王小明 (C-2003)")[1])
        .isCloseTo(edges(chinese, "Ana Li (C-2001)")[1], within(0.5f));
    byte[] pdf = pdf(team(12), "a4");
    String text = PdfText.flat(pdf);
    assertThat(text).contains("王小明 (C-2003)");
    assertThat(text).containsPattern("Aleksandrovna-Vasilievskaya-\\S*… \\(C-2008\\)");
    // drawn inside the page's margin (36 pt), not cut off at the chart's left edge
    assertThat(edges(pdf, "Aleksandrovna")[0]).isGreaterThanOrEqualTo(36f);
  }

  /**
   * Where the first line holding {@code text} starts and ends, in points from the page's left edge.
   */
  private static float[] edges(byte[] pdf, String text) throws IOException {
    float[] x = {Float.NaN, Float.NaN};
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String line, List<TextPosition> positions) {
              if (Float.isNaN(x[0]) && line.contains(text)) {
                TextPosition last = positions.get(positions.size() - 1);
                x[0] = positions.get(0).getXDirAdj();
                x[1] = last.getXDirAdj() + last.getWidthDirAdj();
              }
            }
          };
      stripper.getText(doc);
    }
    assertThat(x[0]).as(text).isNotNaN();
    return x;
  }
}
