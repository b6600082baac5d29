package dev.readiness.workbook;

import java.io.IOException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which cell styles of an .xlsx show a number as a date, read from its styles part: a rating typed
 * as "3/5" is saved as the number of a day in March, and a message must name the date the user
 * sees, not that number.
 */
final class DateStyles extends DefaultHandler {
  /**
   * The most cell styles looked at: Excel keeps at most 64,000; a style past this, which only a
   * crafted file has, counts as no date.
   */
  static final int MOST_STYLES = 65_536;

  /** The longest format code Excel saves: a longer one is a crafted file's, and no date. */
  private static final int MOST_FORMAT_CHARS = 255;

  /**
   * The most number formats of the workbook's own that are kept: Excel keeps 200 to 250 of them; a
   * format past this, which only a crafted file has, counts as no date. POI's check of a crafted
   * code takes up to a quarter of a millisecond, so each format is checked once, however many
   * styles use it (65,536 styles with a format each took 16 s).
   */
  static final int MOST_FORMATS = 1_000;

  /** No style shows a date: a workbook without a styles part. */
  static final DateStyles NONE = new DateStyles();

  private final Map<Integer, String> formats = new HashMap<>();
  private final BitSet dates = new BitSet();

  /** Whether each format id met so far shows a date. */
  private final Map<Integer, Boolean> checked = new HashMap<>();

  private int styles;
  private boolean inCellStyles;

  private DateStyles() {}

  /**
   * The workbook's date styles, or none when it has no styles part or its relationship leads
   * nowhere (a styles part that is there must be well-formed XML).
   */
  static DateStyles of(OPCPackage pkg, PackagePart workbook) throws IOException, SAXException {
    PackagePart part;
    try {
      part = XlsxGrid.workbookPart(pkg, workbook, "/styles");
    } catch (IOException | IllegalArgumentException e) {
      // the styles say only how cells look: a relationship to a styles part the package lacks, or
      // to one outside it, leaves every cell undated, as in a workbook with no styles part
      return NONE;
    }
    if (part == null) {
      return NONE;
    }
    DateStyles read = new DateStyles();
    XlsxGrid.parse(part, read);
    return read;
  }

  /** Whether the style a cell names ({@code s="3"}, or null for none) shows a date. */
  boolean isDate(String style) {
    int i = XlsxText.index(style);
    return i >= 0 && dates.get(i);
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts) {
    switch (local) {
      case "numFmt" -> {
        // the workbook's own formats come before the styles that use them; none longer than Excel
        // saves, and no more than it keeps
        int id = XlsxText.index(atts.getValue("numFmtId"));
        String code = atts.getValue("formatCode");
        if (id >= 0
            && code != null
            && code.length() <= MOST_FORMAT_CHARS
            && formats.size() < MOST_FORMATS) {
          formats.put(id, code);
        }
      }
      case "cellXfs" -> inCellStyles = true;
      case "xf" -> {
        if (inCellStyles && styles < MOST_STYLES) {
          int id = XlsxText.index(atts.getValue("numFmtId"));
          if (id >= 0 && isDateFormat(id)) {
            dates.set(styles);
          }
          styles++;
        }
      }
      default -> {
        // other elements say nothing of dates
      }
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    if (local.equals("cellXfs")) {
      inCellStyles = false;
    }
  }

  /** A format of the workbook's own, else Excel's built-in one of that number; checked once. */
  private boolean isDateFormat(int id) {
    return checked.computeIfAbsent(id, this::check);
  }

  private boolean check(int id) {
    String code = formats.containsKey(id) ? formats.get(id) : BuiltinFormats.getBuiltinFormat(id);
    return DateUtil.isADateFormat(id, code);
  }
}
