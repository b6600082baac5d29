package dev.readiness.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGraphics2D;
import java.awt.Font;

/**
 * OpenPDF's Graphics2D, with the glyph-by-glyph font fallback that PdfGraphics2D lacks: a string is
 * drawn in runs, each with the first font that has its characters, so a chart label mixing Latin
 * and Chinese keeps both. Labels go through {@link Fonts#chartText} first, so an Arabic name reads
 * and joins as it does in the tables.
 */
final class FallbackGraphics2D extends PdfGraphics2D {
  private final Font fallback;
  private final Fonts fonts;

  FallbackGraphics2D(PdfContentByte cb, float width, float height, Fonts fonts, Font fallback) {
    super(cb, width, height, fonts.mapper(), false, false, 0.95f);
    this.fallback = fallback;
    this.fonts = fonts;
  }

  /**
   * OpenPDF's constructor sets the logical font "sanserif", whose name alone makes Java resolve it
   * through the system's fonts (a fortieth of a cold report); the charts never draw with it, so the
   * chart font stands in.
   */
  @Override
  public void setFont(Font f) {
    super.setFont(
        f != null && "sanserif".equals(f.getName()) ? Fonts.get().chartFont(f.getSize2D()) : f);
  }

  @Override
  public void drawString(String shown, float x, float y) {
    // a chart's labels are names too: shaped, ordered and checked for missing glyphs as every other
    // text is
    String text = fonts.chartText(shown);
    Font base = getFont();
    if (base.canDisplayUpTo(text) < 0) {
      super.drawString(text, x, y);
      return;
    }
    Font other = fallback.deriveFont(base.getStyle(), base.getSize2D());
    float at = x;
    int start = 0;
    while (start < text.length()) {
      boolean inBase = inBase(text.codePointAt(start), base, other);
      Font font = inBase ? base : other;
      int end = start;
      // a run is the characters drawn with the same one of the two fonts
      while (end < text.length() && inBase(text.codePointAt(end), base, other) == inBase) {
        end += Character.charCount(text.codePointAt(end));
      }
      String run = text.substring(start, end);
      setFont(font);
      super.drawString(run, at, y);
      at += (float) font.getStringBounds(run, getFontRenderContext()).getWidth();
      start = end;
    }
    setFont(base);
  }

  @Override
  public void drawString(String text, int x, int y) {
    drawString(text, (float) x, (float) y);
  }

  /** Whether a character is drawn with the base font: it has it, or the fallback lacks it too. */
  private static boolean inBase(int c, Font base, Font other) {
    return base.canDisplay(c) || !other.canDisplay(c);
  }
}
