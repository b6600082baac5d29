package dev.readiness.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BidiLine;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfLine;
import com.lowagie.text.pdf.PdfWriter;
import dev.readiness.text.Bidi;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The one bidi and shaping engine of the PDFs: OpenPDF's own, which a table cell and a header line
 * run as they lay text out. Text drawn where nothing runs it (a paragraph in the document's flow, a
 * chart label) is turned into the order it is seen in, its Arabic letters joined, by the same
 * engine, so a name reads the same in a title, a cell and a chart.
 */
final class Shaper extends ColumnText {
  /**
   * First strong isolate and pop directional isolate: what sets a name apart from the text around
   * it.
   */
  private static final char FSI = '\u2068';

  private static final char PDI = '\u2069';

  private Shaper() {
    super(null);
  }

  /**
   * The names worth isolating, longest first (so that "Ana Petrović Jr" is isolated whole, not "Ana
   * Petrović"): those with a right-to-left letter, as only they can pull the text beside them into
   * their direction.
   */
  static List<String> names(Collection<String> people) {
    return people.stream()
        .filter(n -> n != null && !n.isBlank())
        .map(Bidi::plain)
        .map(String::strip)
        .filter(n -> n.codePoints().anyMatch(Shaper::strongRtl))
        .distinct()
        .sorted(
            Comparator.comparingInt(String::length)
                .reversed()
                .thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  /**
   * The text with each of the names set apart by Unicode's isolates, so that "محمد (C-2001)" keeps
   * its ID whole and to the right, and "self · محمد" keeps its order, whatever the letters of the
   * name.
   */
  static String isolate(String text, List<String> names) {
    if (names.isEmpty() || text.codePoints().noneMatch(Shaper::strongRtl)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    int i = 0;
    outer:
    while (i < text.length()) {
      for (String name : names) {
        if (text.startsWith(name, i)) {
          out.append(FSI).append(name).append(PDI);
          i += name.length();
          continue outer;
        }
      }
      out.append(text.charAt(i++));
    }
    return out.toString();
  }

  /**
   * Whether the text reads right to left: whether its first strongly directional character outside
   * an isolated name does (a text that is only a name takes the name's direction), as Unicode's
   * rules P2 and P3 decide.
   */
  static boolean rightToLeft(String text) {
    Boolean outside = firstStrong(text, true);
    if (outside != null) {
      return outside;
    }
    if (!onlyIsolated(text)) {
      // figures and signs beside a name ("محمد (1002)") are the report's, which reads left to right
      return false;
    }
    Boolean any = firstStrong(text, false);
    return any != null && any;
  }

  /** Whether the text has no isolated name, or nothing but isolated names and spaces. */
  private static boolean onlyIsolated(String text) {
    if (text.indexOf(FSI) < 0) {
      return true;
    }
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == FSI) {
        depth++;
      } else if (c == PDI) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private static Boolean firstStrong(String text, boolean skipIsolated) {
    int depth = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == FSI) {
        depth++;
      } else if (cp == PDI) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 || !skipIsolated) {
        byte d = Character.getDirectionality(cp);
        if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
          return false;
        }
        if (strongRtl(cp)) {
          return true;
        }
      }
    }
    return null;
  }

  /**
   * The text as it is seen, left to right: right-to-left runs reversed, Arabic letters in their
   * joined forms, mirrored brackets; each line (split at '\n') on its own. Text with no
   * right-to-left letter comes back as it is.
   */
  static String visual(String text, boolean rightToLeft) {
    if (text == null || text.codePoints().noneMatch(Shaper::strongRtl)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      out.append(i == 0 ? "" : "\n").append(new Shaper().line(lines[i], rightToLeft));
    }
    return out.toString();
  }

  private String line(String text, boolean rightToLeft) {
    if (text.isEmpty()) {
      return text;
    }
    int direction = rightToLeft ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
    bidiLine = new BidiLine();
    // the fonts only measure here: any font that has the letters will do
    addText(new Phrase(new Chunk(text, Fonts.get().font(10, false, java.awt.Color.BLACK))));
    if (!bidiLine.getParagraph(direction)) {
      return text;
    }
    PdfLine line =
        bidiLine.processLine(
            0, Float.MAX_VALUE / 4, Element.ALIGN_LEFT, direction, getArabicOptions());
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < line.size(); i++) {
      PdfChunk chunk = line.getChunk(i);
      out.append(chunk.toString());
    }
    // the isolates have done their work; no font draws them
    return out.toString().replace(String.valueOf(FSI), "").replace(String.valueOf(PDI), "");
  }

  static boolean strongRtl(int c) {
    byte d = Character.getDirectionality(c);
    return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
        || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
  }
}
