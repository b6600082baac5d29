package dev.readiness.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/** The header (report title, candidate and date) and the "Page N of M" footer on every page. */
final class PageDecorator extends PdfPageEventHelper {
  private static final float SIZE = 7.5f;

  private final Fonts fonts;
  private final String left;
  private final String right;
  private PdfTemplate total;

  PageDecorator(Fonts fonts, String left, String right) {
    this.fonts = fonts;
    this.left = left;
    this.right = right;
  }

  @Override
  public void onOpenDocument(PdfWriter writer, Document document) {
    total = writer.getDirectContent().createTemplate(40, 12);
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    PdfContentByte cb = writer.getDirectContent();
    Rectangle page = document.getPageSize();
    float top = page.getTop() - 28;
    Phrase header = fonts.phrase(left, SIZE, false, Palette.MUTED);
    ColumnText.showTextAligned(
        cb, Element.ALIGN_LEFT, header, document.left(), top, 0, PdfWriter.RUN_DIRECTION_LTR, 0);
    ColumnText.showTextAligned(
        cb,
        Element.ALIGN_RIGHT,
        fonts.phrase(right, SIZE, false, Palette.MUTED),
        document.right(),
        top,
        0,
        PdfWriter.RUN_DIRECTION_LTR,
        0);
    cb.setColorStroke(Palette.RULE);
    cb.setLineWidth(0.5f);
    cb.moveTo(document.left(), top - 4);
    cb.lineTo(document.right(), top - 4);
    cb.stroke();
    String pageText = "Page " + writer.getPageNumber() + " of ";
    float width = fonts.regular.getWidthPoint(pageText, SIZE);
    float y = page.getBottom() + 24;
    float x = document.right() - width - 16;
    cb.beginText();
    cb.setFontAndSize(fonts.regular, SIZE);
    cb.setColorFill(Palette.MUTED);
    cb.setTextMatrix(x, y);
    cb.showText(pageText);
    cb.endText();
    cb.addTemplate(total, x + width, y);
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    total.beginText();
    total.setFontAndSize(fonts.regular, SIZE);
    total.setColorFill(Palette.MUTED);
    total.setTextMatrix(0, 0);
    total.showText(String.valueOf(writer.getPageNumber() - 1));
    total.endText();
  }
}
