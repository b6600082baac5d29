package dev.readiness.workbook;

import java.io.IOException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
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
   * The most cell styles looked at: Excel keeps at most 64,000 formats; a style past this, which
   * only a crafted file has, counts as no date.
   */
  static final int MOST_STYLES = 65_536;

  /** The longest format code Excel saves. */
  private static final int MOST_FORMAT_CHARS = 255;

  /** No style shows a date: a workbook without a styles part. */
  static final DateStyles NONE = new DateStyles();

  private final Map<Integer, String> formats = new HashMap<>();
  private final BitSet dates = new BitSet();
  private int styles;
  private boolean inCellStyles;

  private DateStyles() {}

  /** The workbook's date styles, or none when it has no styles part. */
  static DateStyles of(OPCPackage pkg, PackagePart workbook) throws IOException, SAXException {
    PackagePart part;
    try {
      part = XlsxGrid.related(workbook.getRelationships(), "/styles", pkg, workbook);
    } catch (InvalidFormatException e) {
      throw new IOException("the workbook's relationships are broken", e);
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
    if (style == null) {
      return false;
    }
    try {
      int i = Integer.parseInt(style.strip());
      return i >= 0 && dates.get(i);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts) {
    switch (local) {
      case "numFmt" -> {
        // the workbook's own formats come before the styles that use them
        Integer id = id(atts.getValue("numFmtId"));
        String code = atts.getValue("formatCode");
        if (id != null && code != null && formats.size() < MOST_STYLES) {
          formats.put(id, code);
        }
      }
      case "cellXfs" -> inCellStyles = true;
      case "xf" -> {
        if (inCellStyles && styles < MOST_STYLES) {
          Integer id = id(atts.getValue("numFmtId"));
          if (id != null && isDateFormat(id)) {
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

  private boolean isDateFormat(int id) {
    String code = formats.containsKey(id) ? formats.get(id) : BuiltinFormats.getBuiltinFormat(id);
    // Excel's format codes are at most 255 characters: a longer one is a crafted file's
    return (code == null || code.length() <= MOST_FORMAT_CHARS) && DateUtil.isADateFormat(id, code);
  }

  private static Integer id(String saved) {
    if (saved == null) {
      return null;
    }
    try {
      return Integer.valueOf(saved.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
