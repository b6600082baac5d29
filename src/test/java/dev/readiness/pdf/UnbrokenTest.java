package dev.readiness.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.readiness.testing.PdfText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines break at spaces and between hyphenated words, never inside a date, an ID, a figure or "(2
 * h)".
 */
class UnbrokenTest {
  private static final String TEXT =
      "Not on target by the interview at this pace: Part 3, about 2028-06-30; ask"
          + " C-1002 for (2 h) of pairing, 100.0 of 100, a Cloud-Native plan.";
  private static final List<String> WHOLE = List.of("2028-06-30", "C-1002", "(2 h)", "100.0");

  /** The text in one cell of each width from the widest token's up, read back line by line. */
  private static List<String> lines(float width) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4);
    PdfWriter.getInstance(doc, out);
    doc.open();
    Cells cells = new Cells(Fonts.get(), width);
    PdfPTable t = cells.plain(1);
    t.setTotalWidth(width);
    t.setLockedWidth(true);
    t.addCell(cells.text(TEXT));
    doc.add(t);
    doc.close();
    return Arrays.stream(PdfText.of(out.toByteArray()).replace('\u00A0', ' ').split("\\R"))
        .map(String::strip)
        .toList();
  }

  @Test
  void noWidthBreaksADateAnIdOrAFigure() throws IOException {
    float widest = Fonts.get().regular.getWidthPoint("2028-06-30;", Cells.BODY) + 8;
    int widths = 0;
    for (float w = widest; w < 400; w += 3) {
      List<String> lines = lines(w);
      for (String token : WHOLE) {
        assertThat(lines).as("at %.0f pt: %s", w, lines).anyMatch(l -> l.contains(token));
      }
      widths++;
    }
    assertThat(widths).isGreaterThan(50);
  }

  @Test
  void wordsJoinedByAHyphenMayStillBreakThere() {
    char[] text = "Cloud-Native 2028-06".toCharArray();
    assertThat(Unbroken.INSTANCE.isSplitCharacter(0, 5, text.length, text, null)).isTrue();
    assertThat(Unbroken.INSTANCE.isSplitCharacter(0, 17, text.length, text, null)).isFalse();
    char[] file = "from priya-raman-tom.xlsx, Cloud-Native.".toCharArray();
    assertThat(Unbroken.INSTANCE.isSplitCharacter(0, 10, file.length, file, null)).isFalse();
    assertThat(Unbroken.INSTANCE.isSplitCharacter(0, 16, file.length, file, null)).isFalse();
    assertThat(Unbroken.INSTANCE.isSplitCharacter(0, 32, file.length, file, null)).isTrue();
    assertThat(Unbroken.keep("(2 h) and 45 min, 3 hours (55 topics, 1 panel)"))
        .isEqualTo("(2\u00A0h) and 45\u00A0min, 3 hours (55\u00A0topics, 1 panel)");
    // a change stays one unit: a line never ends on "5 →"
    assertThat(Unbroken.keep("Team Topologies 5 → 4, coverage 10% → 23%, index 76.3 → 77.9"))
        .isEqualTo(
            "Team Topologies 5\u00A0→\u00A04, coverage 10%\u00A0→\u00A023%, index"
                + " 76.3\u00A0→\u00A077.9");
  }
}
