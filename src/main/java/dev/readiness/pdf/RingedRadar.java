package dev.readiness.pdf;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.data.category.CategoryDataset;

/**
 * JFreeChart's radar with a ring at every level of the rating scale, each labelled with its level
 * on the first axis, so that a reader can tell a 2 from a 3 without a ruler. The rings go under the
 * series' polygons.
 */
final class RingedRadar extends SpiderWebPlot {
  private static final long serialVersionUID = 1L;

  /** The levels of the rubric's scale, lowest first: a ring and its label for each. */
  private final List<Integer> levels;

  private final Font ringFont;

  /**
   * @param levels the scale's levels, lowest first; the web's rim is the highest, its centre 0
   */
  RingedRadar(CategoryDataset data, List<Integer> levels, Font ringFont) {
    super(data);
    this.levels = List.copyOf(levels);
    this.ringFont = ringFont;
    setMaxValue(levels.get(levels.size() - 1));
  }

  @Override
  protected void drawRadarPoly(
      Graphics2D g2,
      Rectangle2D plotArea,
      Point2D centre,
      PlotRenderingInfo info,
      int series,
      int catCount,
      double headH,
      double headW) {
    if (series == 0) {
      drawRings(g2, plotArea, centre, catCount);
    }
    super.drawRadarPoly(g2, plotArea, centre, info, series, catCount, headH, headW);
  }

  private void drawRings(Graphics2D g2, Rectangle2D plotArea, Point2D centre, int catCount) {
    Paint paint = g2.getPaint();
    Stroke stroke = g2.getStroke();
    Font font = g2.getFont();
    double max = getMaxValue();
    g2.setStroke(new BasicStroke(0.5f));
    g2.setFont(ringFont);
    for (int level : levels) {
      if (level <= 0) {
        continue;
      }
      Path2D ring = new Path2D.Double();
      for (int cat = 0; cat < catCount; cat++) {
        Point2D p = getWebPoint(plotArea, angle(cat, catCount), level / max);
        if (cat == 0) {
          ring.moveTo(p.getX(), p.getY());
        } else {
          ring.lineTo(p.getX(), p.getY());
        }
      }
      ring.closePath();
      g2.setPaint(Palette.RULE);
      g2.draw(ring);
    }
    // the labels after every ring, so no ring crosses a label; midway between the first two axes,
    // away from the part label at the top
    g2.setPaint(Palette.MUTED);
    for (int level : levels) {
      Point2D a = getWebPoint(plotArea, angle(0, catCount), level / max);
      Point2D b = getWebPoint(plotArea, angle(1, catCount), level / max);
      Point2D p =
          level <= 0
              ? centre
              : new Point2D.Double((a.getX() + b.getX()) / 2, (a.getY() + b.getY()) / 2);
      g2.drawString(String.valueOf(level), (float) p.getX() + 1, (float) p.getY() - 1);
    }
    g2.setPaint(paint);
    g2.setStroke(stroke);
    g2.setFont(font);
  }

  private double angle(int cat, int catCount) {
    return getStartAngle() + getDirection().getFactor() * cat * 360.0 / catCount;
  }
}
