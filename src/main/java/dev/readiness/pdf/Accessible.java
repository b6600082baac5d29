package dev.readiness.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What a screen reader and a viewer's title bar need from every PDF the tool writes: the document's
 * language (/Lang), its title shown instead of the file name (DisplayDocTitle), and XMP metadata
 * with the title and author.
 *
 * <p>The pages are not tagged, and the catalog does not claim they are. OpenPDF 2.0's {@code
 * setTagged()} only adds an empty structure tree and {@code /MarkInfo /Marked true}: its
 * paragraphs, tables and images are written without marked content, so a tagged-reading screen
 * reader would be told to trust a structure that holds nothing, which is worse than the reading
 * order it infers from an untagged page.
 */
final class Accessible {
  /** The language of every text the tool writes. */
  static final String LANGUAGE = "en";

  private Accessible() {}

  /** Who made a document that names no person as its author. */
  static final String TOOL = "readiness";

  /**
   * Before {@code doc.open()}, after the title is set; {@code author} is blank when no person wrote
   * it.
   */
  static void prepare(PdfWriter writer, Document doc, String author) {
    doc.addAuthor(author.isBlank() ? TOOL : author);
    doc.addCreator(TOOL);
    doc.setDocumentLanguage(LANGUAGE);
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(LANGUAGE));
    writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
  }

  /**
   * After the title, author and dates are set: XMP made from them (so it carries the same fixed
   * dates).
   */
  static void metadata(PdfWriter writer) {
    writer.createXmpMetadata();
  }
}
