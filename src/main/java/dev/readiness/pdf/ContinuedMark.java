package dev.readiness.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPTableEvent;

/**
 * Writes "(continued)" at the right of a table's repeated title on every page after its first, so a
 * reader who turns the page knows the part or week goes on rather than starts.
 */
final class ContinuedMark implements PdfPTableEvent {
  private final Fonts fonts;

  /**
   * Each table has its own mark; the pieces of a table split over pages share it, and are laid out
   * in order.
   */
  private boolean firstPieceDone;

  ContinuedMark(Fonts fonts) {
    this.fonts = fonts;
  }

  @Override
  public void tableLayout(
      PdfPTable table,
      float[][] widths,
      float[] heights,
      int headerRows,
      int rowStart,
      PdfContentByte[] canvases) {
    // the first call lays out the first piece; every later one a piece on a following page
    if (!firstPieceDone || headerRows == 0) {
      firstPieceDone = true;
      return;
    }
    float right = widths[0][widths[0].length - 1] - 3;
    ColumnText.showTextAligned(
        canvases[PdfPTable.TEXTCANVAS],
        Element.ALIGN_RIGHT,
        fonts.phrase("(continued)", 8f, false, Palette.MUTED),
        right,
        heights[0] - 14,
        0);
  }
}
