package dev.readiness.pdf;

import java.awt.Font;
import java.awt.font.FontRenderContext;

/**
 * The team chart's candidate labels, measured as they are drawn: glyph by glyph in the chart font,
 * or in the CJK fallback where the chart font has none (as {@link FallbackGraphics2D} draws them).
 * The chart itself measures in the chart font alone, so a Chinese name came out wider than the room
 * it kept for it and lost its end ("王小明 (C-2002"). A label too wide for its share of the chart
 * loses the end of its name to an ellipsis, never any of its ID.
 */
final class BarLabels {
  /** The most of a chart's width its labels may take; a longer name is shortened. */
  static final float MAX_SHARE = 0.3f;

  private static final String ELLIPSIS = "…";
  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

  private final Fonts fonts;
  private final Font base;
  private final Font other;

  BarLabels(Fonts fonts, float size) {
    this.fonts = fonts;
    this.base = fonts.chartFont(size);
    this.other = fonts.fallbackAwt().deriveFont(Font.PLAIN, size);
  }

  /** The width of a label as drawn, in points. */
  float width(String label) {
    String drawn = fonts.chartText(label);
    double w = 0;
    for (int i = 0; i < drawn.length(); ) {
      int c = drawn.codePointAt(i);
      Font f = base.canDisplay(c) || !other.canDisplay(c) ? base : other;
      w += f.getStringBounds(new String(Character.toChars(c)), CONTEXT).getWidth();
      i += Character.charCount(c);
    }
    return (float) w;
  }

  /**
   * "Zoë Łukasiewicz (C-1003)", or as much of the name as fits {@code room} points followed by an
   * ellipsis and the whole ID ("Aaaaaaa… (C-1003)").
   */
  String label(String name, String id, float room) {
    String suffix = id == null ? "" : " (" + id + ")";
    String whole = name + suffix;
    if (width(whole) <= room) {
      return whole;
    }
    int[] points = name.strip().codePoints().toArray();
    for (int n = points.length - 1; n > 0; n--) {
      String shortened = new String(points, 0, n).strip() + ELLIPSIS + suffix;
      if (width(shortened) <= room) {
        return shortened;
      }
    }
    return ELLIPSIS + suffix;
  }
}
