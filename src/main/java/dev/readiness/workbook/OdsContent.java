package dev.readiness.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An .ods's content and manifest, read as a stream before SODS reads the file: what SODS cannot be trusted with is
 * found here and said in the tool's words. SODS builds every cell of every sheet, so a row of filled cells repeated
 * a few thousand times each way (28 KB of file) took it a minute and all the memory.
 */
final class OdsContent extends DefaultHandler {
  /** Filled cells an .ods may hold in all its sheets: an assessment has some 600. */
  static final long MAX_FILLED_CELLS = 500_000;

  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

  /** Stops the parse: the message says why. */
  private static final class Refused extends SAXException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private long rowsRepeated = 1;
  /** The cells an open cell element stands for, until it shows it is filled (0: none open). */
  private long openCell;
  private long filled;

  private OdsContent() {}

  /** Why the part is refused, or null when it may go to SODS. */
  static String inspect(InputStream part) throws IOException {
    XMLReader reader;
    try {
      reader = XMLHelper.newXMLReader();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("no XML parser", e);
    }
    reader.setContentHandler(new OdsContent());
    reader.setErrorHandler(new ErrorHandler() { // the default one prints "[Fatal Error]" on the terminal
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {}

      @Override
      public void fatalError(SAXParseException e) throws SAXException {
        throw e;
      }
    });
    try {
      reader.parse(new InputSource(part));
      return null;
    } catch (Refused e) {
      return e.getMessage();
    } catch (SAXException e) {
      if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
        return "the workbook holds a document type declaration, which no spreadsheet app writes; it was not read:"
            + " check where the file came from";
      }
      return "the workbook is damaged and cannot be opened (part of its XML is malformed); open it in your"
          + " spreadsheet app and save it again as .xlsx";
    }
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
    if (local.equals("encryption-data")) {
      throw new Refused(WorkbookReader.passwordMessage());
    }
    if (openCell > 0) { // an element inside a cell (its text): the cell is filled
      count(openCell);
      openCell = 0;
    }
    if (local.equals("table-row") && TABLE.equals(uri)) {
      rowsRepeated = repeat(atts.getValue(TABLE, "number-rows-repeated"));
    } else if ((local.equals("table-cell") || local.equals("covered-table-cell")) && TABLE.equals(uri)) {
      long cells = rowsRepeated * repeat(atts.getValue(TABLE, "number-columns-repeated"));
      if (atts.getValue(OFFICE, "value-type") != null) {
        count(cells);
      } else {
        openCell = cells;
      }
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    if ((local.equals("table-cell") || local.equals("covered-table-cell")) && TABLE.equals(uri)) {
      openCell = 0;
    } else if (local.equals("table-row") && TABLE.equals(uri)) {
      rowsRepeated = 1;
    }
  }

  private void count(long cells) throws Refused {
    filled += cells;
    if (filled > MAX_FILLED_CELLS) {
      throw new Refused(String.format(Locale.ROOT, "the workbook's sheets hold more than %,d filled cells, more"
          + " than readiness reads in an .ods; delete the sheets of your own, or save it as .xlsx",
          MAX_FILLED_CELLS));
    }
  }

  /** A repeat count as saved, no more than the limit; what is no count repeats once, as SODS reads it. */
  private static long repeat(String saved) {
    try {
      return saved == null ? 1 : Math.min(MAX_FILLED_CELLS + 1, Math.max(1, Long.parseLong(saved.strip())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
