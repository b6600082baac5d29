package dev.readiness.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.Samples;
import dev.readiness.kit.KitBuilder;
import dev.readiness.kit.KitView;
import dev.readiness.kit.KitViews;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.testing.Fixtures;
import dev.readiness.testing.PageBreaks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The interview kits break their pages by the report's rules, read back with PDFBox: a 60- and a
 * 90-minute kit, for a panel (ratings hidden) and for one interviewer, on both papers: no heading
 * last on its page, no table piece of fewer than three rows, no date, ID or figure broken.
 */
class KitPdfPagesTest {
  private static final Rubric RUBRIC = RubricLoader.embedded();

  private static List<Assessment> people() {
    List<Assessment> people = new ArrayList<>();
    new Samples(RUBRIC).all().forEach(s -> people.add(s.assessment()));
    people.add(Fixtures.rated(t -> 0.0, g -> 0.0));
    return people;
  }

  private static byte[] pdf(Assessment a, int minutes, boolean panel, String paper)
      throws IOException {
    KitView view =
        new KitViews(RUBRIC)
            .of(
                new KitBuilder(RUBRIC).build(a, minutes, 0, 0),
                new KitViews.Options(KitViews.Copy.INTERVIEWER, !panel, panel));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new KitPdf(paper).render(view, a.date(), List.of(a.candidate().name()), out);
    return out.toByteArray();
  }

  @Test
  void sixtyAndNinetyMinuteKitsWithAndWithoutAPanelBreakTheirPagesByTheRules() throws IOException {
    List<String> found = new ArrayList<>();
    for (Assessment a : people()) {
      for (int minutes : List.of(60, 90)) {
        for (boolean panel : List.of(false, true)) {
          for (String paper : List.of("a4", "letter")) {
            byte[] pdf = pdf(a, minutes, panel, paper);
            String what =
                a.candidate().name()
                    + ", "
                    + minutes
                    + " min"
                    + (panel ? ", panel" : "")
                    + ", "
                    + paper
                    + ": ";
            PageBreaks.violations(pdf).forEach(v -> found.add(what + v));
            BrokenTokens.in(pdf).forEach(v -> found.add(what + "broken " + v));
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }
}
