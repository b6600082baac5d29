package dev.readiness.pdf;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.readiness.report.Glance;
import java.awt.Color;

/**
 * The plan at a glance: weeks across, parts down, a cell filled in the accent colour where the week
 * studies the part (darker for more of its topic hours), practice marked by letter, weeks with
 * fewer study days shaded.
 */
final class GlanceStrip {
  private final Cells cells;
  private final Fonts fonts;

  GlanceStrip(Cells cells, Fonts fonts) {
    this.cells = cells;
    this.fonts = fonts;
  }

  PdfPTable of(Glance g) {
    float[] widths = new float[g.columns().size() + 1];
    widths[0] = 3.2f;
    for (int i = 1; i < widths.length; i++) {
      widths[i] = 1f;
    }
    PdfPTable t = cells.plain(widths);
    t.setKeepTogether(true);
    t.addCell(small("Week", null, true));
    g.columns()
        .forEach(c -> t.addCell(small(c.label(), c.reduced() ? Palette.UNRATED_BG : null, true)));
    for (Glance.Row row : g.parts()) {
      t.addCell(small(row.label(), null, true));
      for (Glance.Column c : g.columns()) {
        Double share = c.shares().get(row.id());
        Color bg = share != null ? shade(share) : c.reduced() ? Palette.UNRATED_BG : null;
        t.addCell(small("", bg, false));
      }
    }
    t.addCell(small("Practice", null, true));
    g.columns()
        .forEach(c -> t.addCell(small(c.marks(), c.reduced() ? Palette.UNRATED_BG : null, false)));
    PdfPCell legend = cells.text(g.legend(), 7f, false, Palette.MUTED);
    legend.setColspan(widths.length);
    legend.setBorder(0);
    t.addCell(legend);
    return t;
  }

  /**
   * The accent colour, lighter for a smaller share of the week (never so light it cannot be seen).
   */
  private static Color shade(double share) {
    double k = 0.35 + 0.65 * Math.max(0, Math.min(1, share));
    Color a = Palette.ACCENT;
    return new Color(mix(a.getRed(), k), mix(a.getGreen(), k), mix(a.getBlue(), k));
  }

  private static int mix(int channel, double k) {
    return (int) Math.round(255 - (255 - channel) * k);
  }

  private PdfPCell small(String text, Color bg, boolean bold) {
    PdfPCell c = cells.cell(fonts.phrase(text, 6.5f, bold, Palette.INK));
    c.setHorizontalAlignment(com.lowagie.text.Element.ALIGN_CENTER);
    c.setPadding(1.5f);
    c.setMinimumHeight(10f);
    if (bg != null) {
      c.setBackgroundColor(bg);
    }
    return c;
  }
}
