package dev.readiness.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/**
 * Table cells in the report's style. Every cell runs OpenPDF's bidi algorithm and Arabic shaping
 * (see {@link Shaper}), in the direction of its text outside the names it isolates.
 */
final class Cells {
  static final float BODY = 8.5f;

  private final Fonts fonts;
  private final float bodyWidth;

  /**
   * @param bodyWidth the width tables span, in points: the page less its margins
   */
  Cells(Fonts fonts, float bodyWidth) {
    this.fonts = fonts;
    this.bodyWidth = bodyWidth;
  }

  PdfPTable table(float... widths) {
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100);
    t.setSpacingBefore(4);
    t.setSpacingAfter(8);
    // a row that does not fit moves whole to the next page; only a row taller than a page is split
    t.setSplitLate(true);
    t.setHeaderRows(1);
    return t;
  }

  /** A table without a header row, for label–value lists and layout. */
  PdfPTable plain(float... widths) {
    PdfPTable t = table(widths);
    t.setHeaderRows(0);
    return t;
  }

  /**
   * A table whose section title (and an optional line under it) are its first header rows: they can
   * never be left alone at the foot of a page, and they repeat on every page the table continues
   * on.
   */
  PdfPTable headed(String title, String intro, float... widths) {
    PdfPTable t = table(widths);
    PdfPCell head = bare(fonts.phrase(title, 11f, true, Palette.ACCENT));
    head.setColspan(widths.length);
    head.setPaddingTop(6);
    t.addCell(head);
    if (intro != null) {
      PdfPCell line = bare(fonts.phrase(intro, 9f, false, Palette.INK));
      line.setColspan(widths.length);
      line.setPaddingBottom(5);
      t.addCell(line);
    }
    return repeatingHead(t);
  }

  /**
   * Makes the table's rows so far its header: never left alone at the foot of a page, and repeated,
   * marked "(continued)", on every page the table goes on to.
   */
  PdfPTable repeatingHead(PdfPTable t) {
    t.setTableEvent(new ContinuedMark(fonts));
    t.setHeadersInEvent(true);
    t.setHeaderRows(t.size());
    return t;
  }

  /** The column headers: the last of the table's header rows. */
  void header(PdfPTable t, String... names) {
    fit(t, BODY, names);
    for (String name : names) {
      PdfPCell c = cell(fonts.phrase(name, BODY, true, Palette.INK));
      c.setBackgroundColor(Palette.HEADER_BG);
      t.addCell(c);
    }
    t.setHeaderRows(t.size());
  }

  PdfPCell text(String text) {
    return cell(fonts.phrase(text, BODY));
  }

  PdfPCell text(String text, float size, boolean bold, Color color) {
    return cell(fonts.phrase(text, size, bold, color));
  }

  PdfPCell centered(String text, Color background) {
    PdfPCell c = text(text);
    c.setHorizontalAlignment(Element.ALIGN_CENTER);
    if (background != null) {
      c.setBackgroundColor(background);
    }
    return c;
  }

  /** A figure, right aligned so that the digits of a column line up. */
  PdfPCell number(String text, Color background) {
    PdfPCell c = centered(text, background);
    c.setHorizontalAlignment(Element.ALIGN_RIGHT);
    c.setPaddingRight(8);
    return c;
  }

  PdfPCell cell(Phrase phrase) {
    PdfPCell c = new PdfPCell(phrase);
    // a paragraph whose first strong character is right to left (Arabic, Hebrew) is laid out right
    // to left, and so right aligned with its full stop at the left end, as its reader expects
    boolean rtl = Shaper.rightToLeft(phrase.getContent());
    c.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
    c.setPadding(3);
    c.setPaddingBottom(4);
    c.setBorderColor(Palette.RULE);
    c.setBorderWidth(0.5f);
    c.setUseAscender(true);
    return c;
  }

  /**
   * Widens any column too narrow for the longest word of its header (bold, at {@code size}), taking
   * the room from the widest columns, so that a word never breaks inside ("Targe/t").
   */
  void fit(PdfPTable t, float size, String... headers) {
    fit(t, size, java.util.Arrays.stream(headers).map(java.util.List::of).toList());
  }

  /**
   * As {@link #fit(PdfPTable, float, String...)}, over each column's header and cell texts
   * (measured bold).
   */
  void fit(PdfPTable t, float size, java.util.List<java.util.List<String>> columns) {
    fit(t, size, size, columns);
  }

  /** As above, with each column's first text (its header) measured at {@code headerSize}. */
  void fit(
      PdfPTable t, float headerSize, float size, java.util.List<java.util.List<String>> columns) {
    t.setTotalWidth(bodyWidth * t.getWidthPercentage() / 100);
    float[] widths = t.getAbsoluteWidths().clone();
    if (widths.length != columns.size()) {
      return;
    }
    float[] need = new float[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      for (int j = 0; j < columns.get(i).size(); j++) {
        // with no limit, split would drop trailing empty words; an empty word needs no room anyway
        for (String word : columns.get(i).get(j).split("\\s+", -1)) {
          need[i] =
              Math.max(need[i], fonts.bold.getWidthPoint(word, j == 0 ? headerSize : size) + 8);
        }
      }
    }
    for (int round = 0; round < 3; round++) {
      float missing = 0;
      float spare = 0;
      for (int i = 0; i < widths.length; i++) {
        if (widths[i] < need[i]) {
          missing += need[i] - widths[i];
          widths[i] = need[i];
        } else {
          spare += widths[i] - need[i];
        }
      }
      if (missing == 0 || spare == 0) {
        break;
      }
      for (int i = 0; i < widths.length; i++) {
        if (widths[i] > need[i]) {
          widths[i] -= missing * (widths[i] - need[i]) / spare;
        }
      }
    }
    t.setWidths(widths);
  }

  /** A cell with no border, for layout. */
  PdfPCell bare(Phrase phrase) {
    PdfPCell c = cell(phrase);
    c.setBorder(PdfPCell.NO_BORDER);
    return c;
  }
}
