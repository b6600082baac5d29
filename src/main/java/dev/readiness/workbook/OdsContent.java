package dev.readiness.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
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
 * An .ods's XML parts, read as a stream before SODS reads the file, so that what SODS cannot be
 * trusted with is said in the tool's words. SODS reads sheets from every XML part and builds every
 * cell of them, empty or not, but for a row or column repeated past {@link #SODS_SKIPS} times: a
 * row of cells repeated a few thousand times each way (28 KB of file) took it a minute and all the
 * memory. Its parser also printed its complaint about malformed XML on the terminal.
 */
final class OdsContent extends DefaultHandler {
  /** The cells SODS may build for a whole workbook: a LibreOffice assessment has some 600. */
  static final long MAX_CELLS = 1_000_000;

  /**
   * SODS builds no cells for a row or a column repeated more than this (as LibreOffice saves a row
   * filled to the last column, or the empty rows below a sheet's last).
   */
  private static final long SODS_SKIPS = 10_000;

  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

  /** Stops the parse: the message says why. */
  private static final class Refused extends SAXException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private final Deque<Long> rowsRepeated = new ArrayDeque<>();
  private final Deque<String> tables = new ArrayDeque<>();
  private long cells;

  /**
   * A check of one workbook: its parts are given one after another, and their cells counted
   * together.
   */
  OdsContent() {}

  /** Why the part is refused, or null when it may go to SODS. */
  String inspect(InputStream part) throws IOException {
    XMLReader reader;
    try {
      reader = XMLHelper.newXMLReader();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("no XML parser", e);
    }
    try {
      // the parser's messages in English whatever the machine's language: "DOCTYPE" is looked for
      // in them
      reader.setProperty("http://apache.org/xml/properties/locale", Locale.ENGLISH);
    } catch (SAXException e) {
      // another parser: its messages name DOCTYPE in English too
    }
    rowsRepeated.clear();
    tables.clear();
    reader.setContentHandler(this);
    reader.setErrorHandler(
        new ErrorHandler() { // the default one prints "[Fatal Error]" on the terminal
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
  public void startElement(String uri, String local, String qName, Attributes atts)
      throws SAXException {
    if (local.equals("encryption-data")) {
      throw new Refused(WorkbookReader.passwordMessage());
    }
    if (!TABLE.equals(uri)) {
      return;
    }
    switch (local) {
      case "table" -> tables.push(String.valueOf(atts.getValue(TABLE, "name")));
      case "table-row" -> rowsRepeated.push(repeat(atts.getValue(TABLE, "number-rows-repeated")));
      case "table-cell" -> {
        long rows = rowsRepeated.isEmpty() ? 1 : rowsRepeated.peek();
        long columns = repeat(atts.getValue(TABLE, "number-columns-repeated"));
        if (rows <= SODS_SKIPS && columns <= SODS_SKIPS) {
          count(rows * columns);
        }
      }
      default -> {
        // covered cells, columns, and what else a table holds: SODS builds nothing for them
      }
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    if (!TABLE.equals(uri)) {
      return;
    }
    if (local.equals("table-row") && !rowsRepeated.isEmpty()) {
      rowsRepeated.pop();
    } else if (local.equals("table") && !tables.isEmpty()) {
      tables.pop();
    }
  }

  private void count(long more) throws Refused {
    cells += more;
    if (cells > MAX_CELLS) {
      String which =
          tables.isEmpty()
              ? "the workbook's sheets take it"
              : "the sheet \"" + tables.peek() + "\" takes the workbook";
      throw new Refused(
          String.format(
              Locale.ROOT,
              "%s past the %,d cells readiness reads in an .ods (a row or"
                  + " column filled far out counts every cell); delete the rows and columns it does not need, or save the"
                  + " workbook as .xlsx",
              which,
              MAX_CELLS));
    }
  }

  /**
   * A repeat count as saved, no more than SODS builds; what is no count repeats once, as SODS reads
   * it.
   */
  private static long repeat(String saved) {
    try {
      return saved == null
          ? 1
          : Math.min(SODS_SKIPS + 1, Math.max(1, Long.parseLong(saved.strip())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
