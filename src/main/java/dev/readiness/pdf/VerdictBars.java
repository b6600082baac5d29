package dev.readiness.pdf;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * The team summary's bars: one index per candidate on 0–100, each bar in its verdict's colour and
 * labelled with its value and verdict at its end, so that a reader needs no legend and an index of
 * 0 still shows (a sliver and its label).
 */
final class VerdictBars {
  /** The shortest bar drawn, in points: an index of 0 is a sliver, not nothing. */
  private static final double MIN_BAR = 2;

  /** From this index on, a bar is long enough to hold its label. */
  private static final double LABEL_INSIDE_FROM = 25;

  /** The gap between a bar's end and its label, in points. */
  private static final double LABEL_GAP = 4;

  /**
   * The height each candidate's bar takes, and the room above the bars for the thresholds' labels,
   * in points.
   */
  static final float ROW = 22;

  static final float LABEL_ROOM = 12;

  private VerdictBars() {}

  private static boolean inside(Double value) {
    return value != null && value >= LABEL_INSIDE_FROM;
  }

  static JFreeChart chart(
      Charts charts,
      Fonts fonts,
      List<String> categories,
      List<Double> values,
      List<Color> colors,
      List<String> labels,
      List<Charts.Marker> markers) {
    JFreeChart chart =
        charts.barsWithMarkers(
            categories,
            new Charts.Series("Readiness index", Palette.RATING, values),
            100,
            "Readiness index",
            markers);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setRenderer(renderer(fonts, values, colors, labels));
    thresholdsBehindBars(plot);
    // room above the first bar for the thresholds' labels, which a bar would otherwise cover
    plot.getDomainAxis().setLowerMargin(Math.min(0.4, LABEL_ROOM / (categories.size() * ROW)));
    return chart;
  }

  /** Each bar in its verdict's colour, labelled at its end with its value and verdict. */
  private static BarRenderer renderer(
      Fonts fonts, List<Double> values, List<Color> colors, List<String> labels) {
    BarRenderer renderer =
        new BarRenderer() {
          @Override
          public Paint getItemPaint(int row, int column) {
            return colors.get(column);
          }

          // a long bar carries its label inside its end, clear of the threshold lines; a short one
          // just past it
          @Override
          public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
            return inside(values.get(column))
                ? new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
          }

          @Override
          public Paint getItemLabelPaint(int row, int column) {
            return inside(values.get(column)) ? Color.WHITE : Palette.INK;
          }
        };
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMinimumBarLength(MIN_BAR);
    renderer.setMaximumBarWidth(0.6);
    // a label that does not fit inside its bar goes just past it rather than vanishing
    renderer.setPositiveItemLabelPositionFallback(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator() {
          @Override
          public String generateLabel(CategoryDataset dataset, int row, int column) {
            return labels.get(column);
          }
        });
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(fonts.chartFont(7.5f));
    // the label's gap from the bar's end on every side, as the deprecated anchor offset set it
    renderer.setItemLabelInsets(new RectangleInsets(LABEL_GAP, LABEL_GAP, LABEL_GAP, LABEL_GAP));
    return renderer;
  }

  /** The threshold lines behind the bars, so that no line crosses a bar's label. */
  private static void thresholdsBehindBars(CategoryPlot plot) {
    // a copy, as the loop moves them; JFreeChart hands them out as a raw collection
    for (Object m : plot.getRangeMarkers(Layer.FOREGROUND).toArray()) {
      plot.removeRangeMarker((Marker) m, Layer.FOREGROUND);
      plot.addRangeMarker((Marker) m, Layer.BACKGROUND);
    }
  }
}
