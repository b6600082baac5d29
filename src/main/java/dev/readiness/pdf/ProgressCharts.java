package dev.readiness.pdf;

import dev.readiness.report.ProgressChart;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The progress chart's panels: the readiness index over the verdict bands with its target, and a
 * small panel per part against its target. One line per panel, labelled at its end, so that no line
 * hides another and no legend has to be matched by colour. The dates sit at their true distance,
 * with the interview marked.
 */
final class ProgressCharts {
  private static final BasicStroke DASHED =
      new BasicStroke(
          0.9f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f);

  /** Marker labels sit on the chart without a box of their own. */
  private static final Color CLEAR = new Color(255, 255, 255, 0);

  /** Above the maximum: room for the target's label and a point at the maximum. */
  private static final double HEADROOM = 1.15;

  private final Fonts fonts;

  ProgressCharts(Fonts fonts) {
    this.fonts = fonts;
  }

  /**
   * The index panel: the verdict bands shaded and named, the target line, the index labelled at its
   * end.
   */
  JFreeChart index(ProgressChart c) {
    Font font = fonts.chartFont(7f);
    XYPlot plot = plot(c, c.index(), font, Palette.INK, 2f, true);
    for (ProgressChart.Band b : c.bands()) {
      IntervalMarker band =
          new IntervalMarker(b.from(), b.to(), ReportContext.background(b.tone()));
      band.setLabel(b.label());
      band.setLabelFont(font);
      band.setLabelPaint(ReportContext.foreground(b.tone()));
      band.setLabelBackgroundColor(CLEAR);
      // at the right, past the interview, where the line does not run
      band.setLabelAnchor(RectangleAnchor.RIGHT);
      band.setLabelTextAnchor(TextAnchor.CENTER_RIGHT);
      band.setLabelOffset(new RectangleInsets(0, 0, 0, 4));
      plot.addRangeMarker(band, Layer.BACKGROUND);
    }
    ValueMarker target = new ValueMarker(c.index().target(), Palette.READY, new BasicStroke(1.2f));
    target.setLabel(c.index().targetLabel());
    target.setLabelFont(font);
    target.setLabelPaint(Palette.READY);
    target.setLabelBackgroundColor(CLEAR);
    target.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    target.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
    target.setLabelOffset(new RectangleInsets(0, 4, 1, 0));
    plot.addRangeMarker(target, Layer.FOREGROUND);
    interview(c, plot, font, true);
    ((NumberAxis) plot.getRangeAxis()).setTickUnit(new NumberTickUnit(ProgressChart.MAX / 5));
    return chart(plot, c.index().title(), font);
  }

  /**
   * A part's small panel: its coverage against the target line, the latest value at the line's end.
   */
  JFreeChart part(ProgressChart c, ProgressChart.Panel part) {
    Font font = fonts.chartFont(6f);
    XYPlot plot = plot(c, part, font, Palette.RATING, 1.6f, false);
    ValueMarker target = new ValueMarker(part.target(), Palette.MUTED, DASHED);
    target.setLabel(part.targetLabel());
    target.setLabelFont(font);
    target.setLabelPaint(Palette.MUTED);
    target.setLabelBackgroundColor(CLEAR);
    target.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    target.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
    target.setLabelOffset(new RectangleInsets(0, 2, 1, 0));
    plot.addRangeMarker(target, Layer.FOREGROUND);
    interview(c, plot, font, false);
    NumberAxis y = (NumberAxis) plot.getRangeAxis();
    y.setTickUnit(new NumberTickUnit(ProgressChart.MAX / 2));
    // coverage is a share of the target: its ticks say so
    y.setNumberFormatOverride(
        new DecimalFormat("0'%'", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    return chart(plot, part.title(), fonts.chartFont(7f));
  }

  private XYPlot plot(
      ProgressChart c,
      ProgressChart.Panel panel,
      Font font,
      Color color,
      float width,
      boolean wide) {
    XYSeries line = new XYSeries(panel.title(), false, true);
    for (int i = 0; i < c.dates().size(); i++) {
      line.add((double) c.dates().get(i).toEpochDay(), panel.values().get(i));
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    renderer.setSeriesPaint(0, color);
    renderer.setSeriesStroke(0, new BasicStroke(width));
    renderer.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
    int last = c.dates().size() - 1;
    // the label at the line's end names the latest value: no legend to match by colour
    renderer.setSeriesItemLabelGenerator(
        0, (data, s, item) -> item == last ? panel.endLabel() : null);
    renderer.setSeriesItemLabelsVisible(0, true);
    renderer.setSeriesItemLabelFont(0, fonts.chartFont(font.getSize2D() + 1));
    renderer.setSeriesItemLabelPaint(0, color);
    renderer.setSeriesPositiveItemLabelPosition(
        0, new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    XYPlot plot =
        new XYPlot(new XYSeriesCollection(line), dates(c, font, wide), range(font), renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Palette.RULE);
    plot.setDomainGridlinesVisible(false);
    plot.setOutlineVisible(false);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    return plot;
  }

  /** A vertical line at the interview date, so that the pace reads against it. */
  private static void interview(ProgressChart c, XYPlot plot, Font font, boolean labelled) {
    if (c.interview() == null) {
      return;
    }
    ValueMarker m = new ValueMarker(c.interview().toEpochDay(), Palette.NOT_READY, DASHED);
    if (labelled) {
      m.setLabel(c.interviewLabel());
      m.setLabelFont(font);
      m.setLabelPaint(Palette.NOT_READY);
      m.setLabelBackgroundColor(CLEAR);
      m.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
      m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
      m.setLabelOffset(new RectangleInsets(0, 0, 2, 2));
    }
    plot.addDomainMarker(m, Layer.FOREGROUND);
  }

  private static NumberAxis range(Font font) {
    NumberAxis y = new NumberAxis();
    // a little headroom, so that a point or label at the maximum is not cut by the plot's edge
    y.setRange(0, ProgressChart.MAX * HEADROOM);
    y.setTickLabelFont(font);
    y.setNumberFormatOverride(
        new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    return y;
  }

  /**
   * The time axis: ticks at the check-in dates only, labelled as the model prints them; a narrow
   * panel labels the first and the latest only, so that close dates do not print over each other.
   */
  private static NumberAxis dates(ProgressChart c, Font font, boolean wide) {
    long first = c.dates().get(0).toEpochDay();
    LocalDate lastDay = c.dates().get(c.dates().size() - 1);
    long last =
        c.interview() != null && c.interview().isAfter(lastDay)
            ? c.interview().toEpochDay()
            : lastDay.toEpochDay();
    // room on the right for the label at the line's end
    double pad = Math.max(10, (last - first) * 0.12);
    NumberAxis x =
        new NumberAxis() {
          @Override
          public List<? extends Tick> refreshTicks(
              Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            List<NumberTick> ticks = new ArrayList<>();
            int n = c.dates().size();
            for (int i = 0; i < n; i++) {
              if (!wide && i > 0 && i < n - 1) {
                continue;
              }
              ticks.add(
                  new NumberTick(
                      c.dates().get(i).toEpochDay(),
                      c.dateLabels().get(i),
                      TextAnchor.TOP_CENTER,
                      TextAnchor.CENTER,
                      0));
            }
            return ticks;
          }
        };
    x.setRange(first - pad / 2, last + pad);
    x.setTickLabelFont(font);
    return x;
  }

  private static JFreeChart chart(XYPlot plot, String title, Font font) {
    JFreeChart chart = new JFreeChart(null, font, plot, false);
    TextTitle t = new TextTitle(title, font.deriveFont(Font.BOLD));
    t.setPaint(Palette.INK);
    t.setHorizontalAlignment(HorizontalAlignment.LEFT);
    chart.setTitle(t);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    return chart;
  }
}
