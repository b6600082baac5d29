package dev.readiness.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * How full each page of a PDF is, read from the rendered page as a reader sees it: how far down the
 * body reaches between the running header and the footer, as a fraction of that height. The band of
 * {@link #HEADER_POINTS} at the top and {@link #FOOTER_POINTS} at the foot holds the header and
 * "Page N of M" and is not counted.
 */
public final class PageFill {
  /** The header text and rule sit within this many points of the page top. */
  public static final float HEADER_POINTS = 40;

  /** The footer sits within this many points of the page foot. */
  public static final float FOOTER_POINTS = 40;

  private static final float DPI = 36;
  private static final int WHITE_ENOUGH = 245;

  private PageFill() {}

  /**
   * The fill of every page, in page order, each from 0 (empty body) to 1 (the body reaches the
   * footer).
   */
  public static List<Double> of(Path pdf) throws IOException {
    List<Double> fills = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFRenderer renderer = new PDFRenderer(doc);
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        PDRectangle box = doc.getPage(i).getMediaBox();
        BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
        double scale = image.getHeight() / box.getHeight();
        int top = (int) Math.ceil(HEADER_POINTS * scale);
        int bottom = image.getHeight() - (int) Math.ceil(FOOTER_POINTS * scale);
        int lowest = lowestInk(image, top, bottom);
        fills.add(lowest < top ? 0.0 : (lowest - top + 1) / (double) (bottom - top));
      }
    }
    return fills;
  }

  private static int lowestInk(BufferedImage image, int top, int bottom) {
    for (int y = bottom - 1; y >= top; y--) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xff) < WHITE_ENOUGH) {
          return y;
        }
      }
    }
    return top - 1;
  }
}
