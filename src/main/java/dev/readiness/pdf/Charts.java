package dev.readiness.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/** Charts drawn as vectors into the PDF through OpenPDF's Graphics2D; never raster images. */
final class Charts {
  private final Fonts fonts;

  Charts(Fonts fonts) {
    this.fonts = fonts;
  }

  /** One value series of a chart: a name and a value per category, in category order. */
  record Series(String name, Color color, List<Double> values) {}

  /**
   * A radar of the categories (the guide's parts) on the rating scale, a labelled ring at each of
   * its levels.
   *
   * @param levels the scale's levels, lowest first
   */
  JFreeChart radar(List<String> categories, List<Series> series, List<Integer> levels) {
    Font font = fonts.chartFont(7f);
    DefaultCategoryDataset data = dataset(categories, series);
    SpiderWebPlot plot = new RingedRadar(data, levels, fonts.chartFont(6f));
    plot.setLabelFont(font);
    plot.setLabelPaint(Palette.INK);
    // room around the web for the part labels only: the web itself fills the rest
    plot.setInteriorGap(0.2);
    plot.setAxisLabelGap(0.05);
    plot.setWebFilled(true);
    plot.setAxisLinePaint(Palette.RULE);
    plot.setOutlineVisible(false);
    plot.setStartAngle(90);
    for (int i = 0; i < series.size(); i++) {
      plot.setSeriesPaint(i, series.get(i).color());
      plot.setSeriesOutlineStroke(i, new BasicStroke(1.5f));
    }
    return chart(plot, font);
  }

  /** Vertical bars, one group per category, on the 0–max scale. */
  JFreeChart bars(List<String> categories, List<Series> series, double max, String axisLabel) {
    Font font = fonts.chartFont(7f);
    DefaultCategoryDataset data = dataset(categories, series);
    CategoryAxis x = new CategoryAxis();
    x.setTickLabelFont(font);
    x.setMaximumCategoryLabelLines(2);
    x.setMaximumCategoryLabelWidthRatio(0.4f);
    NumberAxis y = new NumberAxis(axisLabel);
    y.setRange(0, max);
    y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    y.setTickLabelFont(font);
    y.setLabelFont(font);
    BarRenderer renderer = new BarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setItemMargin(0.05);
    for (int i = 0; i < series.size(); i++) {
      renderer.setSeriesPaint(i, series.get(i).color());
    }
    CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
    // horizontal, so that long category names read on one line at the left
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    styleCategoryPlot(plot);
    return chart(plot, font);
  }

  /** Horizontal bars around zero, e.g. the candidate's self-rating minus the panel's, per part. */
  JFreeChart diverging(
      List<String> categories, Series series, List<Color> colors, double limit, String axisLabel) {
    Font font = fonts.chartFont(7f);
    DefaultCategoryDataset data = dataset(categories, List.of(series));
    CategoryAxis x = new CategoryAxis();
    x.setTickLabelFont(font);
    x.setMaximumCategoryLabelLines(2);
    NumberAxis y = new NumberAxis(axisLabel);
    y.setRange(-limit, limit);
    y.setTickLabelFont(font);
    y.setLabelFont(font);
    BarRenderer renderer =
        new BarRenderer() {
          @Override
          public java.awt.Paint getItemPaint(int row, int column) {
            return colors.get(column);
          }
        };
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeZeroBaselineVisible(true);
    plot.setRangeZeroBaselinePaint(Palette.INK);
    styleCategoryPlot(plot);
    JFreeChart chart = chart(plot, font);
    chart.removeLegend();
    return chart;
  }

  /**
   * Horizontal bars of one value per category on 0–max, with labelled marker lines (e.g. the
   * verdict thresholds).
   */
  JFreeChart barsWithMarkers(
      List<String> categories, Series series, double max, String axisLabel, List<Marker> markers) {
    JFreeChart chart = bars(categories, List.of(series), max, axisLabel);
    CategoryPlot plot = chart.getCategoryPlot();
    ((NumberAxis) plot.getRangeAxis())
        .setTickUnit(new org.jfree.chart.axis.NumberTickUnit(max / 10));
    Font font = fonts.chartFont(7f);
    for (Marker m : markers) {
      org.jfree.chart.plot.ValueMarker line =
          new org.jfree.chart.plot.ValueMarker(m.value(), m.color(), new BasicStroke(1.2f));
      line.setLabel(m.label());
      line.setLabelFont(font);
      line.setLabelPaint(m.color());
      line.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
      line.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_RIGHT);
      plot.addRangeMarker(line);
    }
    chart.removeLegend();
    return chart;
  }

  /** A line across a chart at a value, with its label. */
  record Marker(double value, String label, Color color) {}

  private static void styleCategoryPlot(CategoryPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Palette.RULE);
    plot.setOutlineVisible(false);
  }

  private static JFreeChart chart(org.jfree.chart.plot.Plot plot, Font font) {
    JFreeChart chart = new JFreeChart(null, font, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(font);
      legend.setFrame(BlockBorder.NONE);
      legend.setPosition(RectangleEdge.BOTTOM);
    }
    return chart;
  }

  private static DefaultCategoryDataset dataset(List<String> categories, List<Series> series) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Series s : series) {
      for (int i = 0; i < categories.size(); i++) {
        data.addValue(s.values().get(i), s.name(), categories.get(i));
      }
    }
    return data;
  }

  /** Draws the chart into a template of the given size and wraps it as an image element. */
  Image draw(PdfContentByte cb, JFreeChart chart, float width, float height) {
    PdfTemplate template = cb.createTemplate(width, height);
    Graphics2D g2 = new FallbackGraphics2D(template, width, height, fonts, fonts.fallbackAwt());
    try {
      chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g2.dispose();
    }
    try {
      return Image.getInstance(template);
    } catch (BadElementException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A short chart label for a part: its ID and the first word of its title, "P1 Foundational". */
  static String shortLabel(String id, String title) {
    String first = title.strip().split("[\\s/&,]+", -1)[0];
    return id + " " + first;
  }
}
