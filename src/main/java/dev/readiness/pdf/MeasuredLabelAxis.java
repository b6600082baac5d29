package dev.readiness.pdf;

import java.awt.Graphics2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextFragment;
import org.jfree.chart.text.TextLine;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.Size2D;

/**
 * A category axis whose labels are as wide as they are drawn ({@link BarLabels}), each on one line.
 * JFreeChart measures a label in the chart font alone, in which a Chinese glyph is a narrow
 * placeholder: it kept too little room and set the label's start too far right, so that the label
 * ran under the bars and lost its end ("王小明 (C-2002").
 */
final class MeasuredLabelAxis extends CategoryAxis {
  private static final long serialVersionUID = 1L;

  private final transient BarLabels measure;

  /** An axis set up as {@code like} (font, margins), measuring with {@code measure}. */
  MeasuredLabelAxis(CategoryAxis like, BarLabels measure) {
    this.measure = measure;
    setTickLabelFont(like.getTickLabelFont());
    setLowerMargin(like.getLowerMargin());
    setUpperMargin(like.getUpperMargin());
    setCategoryMargin(like.getCategoryMargin());
    setMaximumCategoryLabelLines(1);
  }

  @Override
  protected TextBlock createLabel(
      Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
    String text = category.toString();
    TextLine line = new TextLine();
    line.addFragment(
        new Measured(
            text, getTickLabelFont(category), getTickLabelPaint(category), measure.width(text)));
    TextBlock block = new TextBlock();
    block.addLine(line);
    return block;
  }

  /** A label fragment with the width it is drawn at. */
  private static final class Measured extends TextFragment {
    private static final long serialVersionUID = 1L;
    private final float width;

    Measured(String text, java.awt.Font font, java.awt.Paint paint, float width) {
      super(text, font, paint);
      this.width = width;
    }

    @Override
    public Size2D calculateDimensions(Graphics2D g2) {
      return new Size2D(width, super.calculateDimensions(g2).getHeight());
    }
  }
}
