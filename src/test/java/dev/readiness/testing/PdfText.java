package dev.readiness.testing;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF back as text with PDFBox, the way the tests check content. */
public final class PdfText {
  private PdfText() {}

  public static String of(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // a figure and its unit ("2 h") are joined by a no-break space, which a reader reads as a
      // space
      return new PDFTextStripper().getText(doc).replace('\u00A0', ' ');
    }
  }

  /**
   * The text with line breaks and repeated spaces folded, so wrapped table cells can be matched.
   */
  public static String flat(byte[] pdf) throws IOException {
    return of(pdf).replaceAll("\\s+", " ");
  }
}
