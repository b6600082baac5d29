package dev.readiness.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/** Table cells in the report's style. Every cell runs the bidi algorithm, so Arabic is shaped and ordered. */
final class Cells {
  static final float BODY = 8.5f;

  private final Fonts fonts;

  Cells(Fonts fonts) {
    this.fonts = fonts;
  }

  PdfPTable table(float... widths) {
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100);
    t.setSpacingBefore(4);
    t.setSpacingAfter(8);
    t.setSplitLate(false);
    t.setHeaderRows(1);
    return t;
  }

  /** A table without a header row, for label–value lists and layout. */
  PdfPTable plain(float... widths) {
    PdfPTable t = table(widths);
    t.setHeaderRows(0);
    return t;
  }

  void header(PdfPTable t, String... names) {
    for (String name : names) {
      PdfPCell c = cell(fonts.phrase(name, BODY, true, Palette.INK));
      c.setBackgroundColor(Palette.HEADER_BG);
      t.addCell(c);
    }
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

  PdfPCell cell(Phrase phrase) {
    PdfPCell c = new PdfPCell(phrase);
    c.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
    c.setPadding(3);
    c.setPaddingBottom(4);
    c.setBorderColor(Palette.RULE);
    c.setBorderWidth(0.5f);
    c.setUseAscender(true);
    return c;
  }

  /** A cell with no border, for layout. */
  PdfPCell bare(Phrase phrase) {
    PdfPCell c = cell(phrase);
    c.setBorder(PdfPCell.NO_BORDER);
    return c;
  }
}
