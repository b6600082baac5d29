package dev.readiness.testing;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The page breaks of a PDF report as a reader meets them, read back with PDFBox: per page, its text
 * lines (with their size: a heading is 10.5 pt or more) and its table rows (from the cells' border
 * rectangles; a row with a header-blue cell, or a single grey cell across the table such as a plan
 * week's heading, is a header row). {@link #violations} lists each break that leaves a heading last
 * on its page or a table piece of fewer than {@link #MIN_ROWS} body rows on either side of a page
 * break.
 */
public final class PageBreaks {
  public static final int MIN_ROWS = 3;
  private static final float HEADING = 10.5f;

  /** The running header and footer bands, not the body. */
  private static final float BAND = 42;

  private static final int HEADER_BG = 0xDDE7F0;
  private static final int UNRATED_BG = 0xEEEEEE;

  private PageBreaks() {}

  /** A line of text: its baseline from the page top, its font size and its text. */
  public record Line(float y, float size, String text) {}

  /** A table row: its top and bottom from the page top, and whether it is a header row. */
  public record Row(float top, float bottom, boolean header) {}

  /**
   * One page's body: its lines, its table rows grouped into pieces (rows touching one another) and
   * the tops of its figures (the charts).
   */
  public record Page(int number, List<Line> lines, List<List<Row>> pieces, List<Float> figures) {
    long bodyRows(List<Row> piece) {
      return piece.stream().filter(r -> !r.header()).count();
    }

    boolean continues() {
      if (pieces.isEmpty()) {
        return false;
      }
      List<Row> first = pieces.get(0);
      float top = first.get(0).top();
      boolean marked =
          lines.stream().anyMatch(l -> l.text().contains("(continued)") && l.y() < top + 30);
      // a table at the very top of the page, with nothing above it (its repeated column header or
      // none) goes on from the page before
      boolean bare =
          lines.stream().noneMatch(l -> l.y() < top) && figures.stream().noneMatch(f -> f < top);
      return marked || bare;
    }
  }

  public static List<Page> pages(byte[] pdf) throws IOException {
    List<Page> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        PDPage page = doc.getPage(i);
        float height = page.getMediaBox().getHeight();
        Cells cells = new Cells(page, height);
        cells.processPage(page);
        pages.add(new Page(i + 1, lines(doc, i + 1, height), cells.pieces(), cells.figures));
      }
    }
    return pages;
  }

  /** Each broken rule, as "page N: …"; empty when the breaks are all good. */
  public static List<String> violations(byte[] pdf) throws IOException {
    List<Page> pages = pages(pdf);
    List<String> found = new ArrayList<>();
    for (Page p : pages) {
      lastHeading(p)
          .ifPresent(
              h -> found.add("page " + p.number() + " ends with the heading \"" + h.text() + "\""));
      if (p.number() > 1 && p.continues()) {
        long here = p.bodyRows(p.pieces().get(0));
        Page before = pages.get(p.number() - 2);
        long there =
            before.pieces().isEmpty()
                ? 0
                : before.bodyRows(before.pieces().get(before.pieces().size() - 1));
        if (here < MIN_ROWS || there < MIN_ROWS) {
          found.add(
              "page "
                  + p.number()
                  + " goes on with a table split "
                  + there
                  + " | "
                  + here
                  + " rows");
        }
      }
    }
    return found;
  }

  /**
   * The page's lowest heading when nothing but header rows (or nothing at all) follows it on the
   * page.
   */
  private static java.util.Optional<Line> lastHeading(Page p) {
    Line last =
        p.lines().stream()
            .filter(l -> l.size() >= HEADING)
            .max(Comparator.comparing(Line::y))
            .orElse(null);
    if (last == null) {
      return java.util.Optional.empty();
    }
    List<Row> rows = p.pieces().stream().flatMap(List::stream).toList();
    boolean rowBelow =
        rows.stream().anyMatch(r -> !r.header() && r.top() > last.y())
            || p.figures().stream().anyMatch(top -> top > last.y());
    boolean textBelow =
        p.lines().stream()
            .anyMatch(
                l ->
                    l.y() > last.y() + 1
                        && l.size() < HEADING
                        && rows.stream()
                            .noneMatch(r -> r.header() && l.y() >= r.top() && l.y() <= r.bottom()));
    return rowBelow || textBelow ? java.util.Optional.empty() : java.util.Optional.of(last);
  }

  private static List<Line> lines(PDDocument doc, int page, float height) throws IOException {
    List<Line> lines = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            TextPosition first = positions.get(0);
            float y = first.getYDirAdj();
            if (y > BAND && y < height - BAND && !text.isBlank()) {
              lines.add(new Line(y, first.getFontSizeInPt(), text.strip()));
            }
          }
        };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(doc);
    return lines;
  }

  /**
   * The cells' rectangles of a page's own content; the charts (form XObjects) are not looked into.
   */
  private static final class Cells extends PDFGraphicsStreamEngine {
    private final float height;
    private final List<float[]> path = new ArrayList<>();
    private final List<float[]> stroked = new ArrayList<>();
    private final List<float[]> filled = new ArrayList<>();
    private final List<Float> figures = new ArrayList<>();

    Cells(PDPage page, float height) {
      super(page);
      this.height = height;
    }

    /** Rows (cells sharing a top edge), in pieces of rows that touch, top to bottom. */
    List<List<Row>> pieces() {
      List<float[]> cells =
          stroked.stream()
              .filter(
                  r -> r[2] - r[0] > 2 && r[3] - r[1] > 2 && r[1] > BAND && r[3] < height - BAND)
              .sorted(Comparator.comparingDouble(r -> r[1]))
              .toList();
      List<List<float[]>> byRow = new ArrayList<>();
      for (float[] c : cells) {
        if (!byRow.isEmpty() && Math.abs(byRow.get(byRow.size() - 1).get(0)[1] - c[1]) < 0.6) {
          byRow.get(byRow.size() - 1).add(c);
        } else {
          byRow.add(new ArrayList<>(List.of(c)));
        }
      }
      List<List<Row>> pieces = new ArrayList<>();
      for (List<float[]> row : byRow) {
        float top = row.get(0)[1];
        float bottom = (float) row.stream().mapToDouble(r -> r[3]).max().orElse(top);
        Row r = new Row(top, bottom, header(row));
        if (!pieces.isEmpty()) {
          List<Row> piece = pieces.get(pieces.size() - 1);
          if (Math.abs(piece.get(piece.size() - 1).bottom() - top) < 1.5) {
            piece.add(r);
            continue;
          }
        }
        pieces.add(new ArrayList<>(List.of(r)));
      }
      return pieces;
    }

    private boolean header(List<float[]> row) {
      float top = row.get(0)[1];
      boolean blue =
          filled.stream().anyMatch(f -> (int) f[4] == HEADER_BG && Math.abs(f[1] - top) < 1.5);
      boolean week =
          row.size() == 1
              && filled.stream()
                  .anyMatch(
                      f ->
                          (int) f[4] == UNRATED_BG
                              && Math.abs(f[1] - top) < 1.5
                              && Math.abs(f[0] - row.get(0)[0]) < 1.5
                              && Math.abs(f[2] - row.get(0)[2]) < 1.5);
      return blue || week;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      float minX = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
      float maxX = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
      float minY = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
      float maxY = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
      // from the page top, as the text's positions are
      path.add(new float[] {minX, height - maxY, maxX, height - minY, 0});
    }

    @Override
    public void strokePath() {
      stroked.addAll(path);
      path.clear();
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
      int rgb;
      try {
        rgb = getGraphicsState().getNonStrokingColor().toRGB() & 0xFFFFFF;
      } catch (IOException | UnsupportedOperationException e) {
        // a pattern or an odd colour space: no cell of ours
        rgb = -1;
      }
      for (float[] r : path) {
        filled.add(new float[] {r[0], r[1], r[2], r[3], rgb});
      }
      path.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
      List<float[]> both = new ArrayList<>(path);
      fillPath(windingRule);
      stroked.addAll(both);
    }

    @Override
    public void showForm(PDFormXObject form) {
      // a chart: its bars and boxes are no table's cells; only where it starts counts
      org.apache.pdfbox.util.Matrix m = getGraphicsState().getCurrentTransformationMatrix();
      float top = m.getTranslateY() + form.getBBox().getHeight() * m.getScalingFactorY();
      figures.add(height - top);
    }

    @Override
    public void endPath() {
      path.clear();
    }

    @Override
    public void drawImage(PDImage pdImage) {}

    @Override
    public void clip(int windingRule) {}

    @Override
    public void moveTo(float x, float y) {}

    @Override
    public void lineTo(float x, float y) {}

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

    @Override
    public Point2D getCurrentPoint() {
      return new Point2D.Float(0, 0);
    }

    @Override
    public void closePath() {}

    @Override
    public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {}
  }
}
