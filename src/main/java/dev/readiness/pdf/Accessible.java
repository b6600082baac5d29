package dev.readiness.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What a screen reader and a viewer's title bar need from every PDF the tool writes: the document's language
 * (/Lang), its title shown instead of the file name (DisplayDocTitle), and XMP metadata with the title and author.
 * The pages themselves are not tagged: OpenPDF 2.0's structure tagging does not cover its tables and images.
 */
final class Accessible {
  /** The language of every text the tool writes. */
  static final String LANGUAGE = "en";

  private Accessible() {}

  /** Before {@code doc.open()}. */
  static void prepare(PdfWriter writer, Document doc) {
    doc.setDocumentLanguage(LANGUAGE);
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(LANGUAGE));
    writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
  }

  /** After the title, author and dates are set: XMP made from them (so it carries the same fixed dates). */
  static void metadata(PdfWriter writer) {
    writer.createXmpMetadata();
  }
}
