package dev.readiness.workbook;

import dev.readiness.problem.Location;
import dev.readiness.text.Visible;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One worksheet's cells ({@code c} elements: type, formula, value or inline string) read into a
 * {@link Grid.Sheet}, refusing positions and values no spreadsheet app writes.
 */
final class SheetHandler extends DefaultHandler {
  /** The columns a sheet can have (A to XFD), in every spreadsheet app. */
  private static final int MAX_SHEET_COLUMNS = 16_384;

  /**
   * A number as a workbook saves it (XML Schema's double: "3", "-0.5", "1E+308"), and the NaN and
   * infinities Java writes, which the rating checks refuse at their cell.
   */
  private static final java.util.regex.Pattern SAVED_NUMBER =
      java.util.regex.Pattern.compile(
          "[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?|NaN|[+-]?Infinity");

  private final Grid.Sheet sheet;
  private final SharedStrings strings;
  private final DateStyles dates;
  private final boolean date1904;
  private final XlsxText.CellContent content = new XlsxText.CellContent();
  boolean needsFormulas;

  /** The first cell holding an ISO date ({@code t="d"}), or null. */
  Location isoDate;

  /** Whether the cell being read is styled to show a date. */
  private boolean dateStyle;

  private int row = -1;
  private int col = -1;

  /** The row its element numbers ({@code <row r="5">}), or -1 when it gives none. */
  private int numberedRow = -1;

  SheetHandler(Grid.Sheet sheet, SharedStrings strings, DateStyles dates, boolean date1904) {
    this.sheet = sheet;
    this.strings = strings;
    this.dates = dates;
    this.date1904 = date1904;
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts)
      throws SAXException {
    switch (local) {
      case "row" -> {
        String r = atts.getValue("r");
        row = r == null ? row + 1 : rowNumber(r) - 1;
        numberedRow = r == null ? -1 : row;
        if (row < 0 || row >= Grid.MAX_SHEET_ROWS) {
          throw new XlsxGrid.Impossible(
              sheet.name()
                  + " has a row numbered "
                  + (r == null ? row + 1 : shown(r))
                  + ", where a sheet's rows are numbered 1 to "
                  + String.format(java.util.Locale.ROOT, "%,d", Grid.MAX_SHEET_ROWS));
        }
        col = -1;
      }
      case "c" -> {
        startCell(atts);
        content.start(local, atts);
      }
      default -> content.start(local, atts);
    }
  }

  /** Where a cell is, and whether its style shows a date; a position no sheet has is refused. */
  private void startCell(Attributes atts) throws SAXException {
    String r = atts.getValue("r");
    dateStyle = dates.isDate(atts.getValue("s"));
    if (r == null) {
      col++;
    } else {
      CellReference ref = reference(r);
      row = ref.getRow();
      col = ref.getCol();
    }
    if (row >= 0 && col >= MAX_SHEET_COLUMNS) {
      throw new XlsxGrid.Impossible(
          sheet.name()
              + " has a cell ("
              + shown(r)
              + ") right of the last column a sheet can have (XFD)");
    }
    if (row < 0 || col < 0) {
      throw new XlsxGrid.Impossible(
          sheet.name()
              + " has a cell whose position (\""
              + (r == null ? "" : shown(r))
              + "\") is not a cell reference");
    }
    if (row >= Grid.MAX_SHEET_ROWS) {
      throw new XlsxGrid.Impossible(
          sheet.name() + " has a cell (" + shown(r) + ") below the last row a sheet can have");
    }
    if (numberedRow >= 0 && row != numberedRow) {
      // POI's full model would put it in the row, a spreadsheet app in the cell's own: neither
      // is safe
      throw new XlsxGrid.Impossible(
          sheet.name()
              + " has a cell ("
              + shown(r)
              + ") saved inside row "
              + (numberedRow + 1)
              + ", so it is unclear which row it belongs to");
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) throws SAXException {
    if (local.equals("c")) {
      cell();
    } else {
      content.end(local);
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    content.characters(ch, start, length);
  }

  private void cell() throws SAXException {
    String v = content.value();
    String type = content.type;
    boolean formula = content.formula;
    boolean hasValue = content.hasValue;
    // openpyxl writes a formula with an empty value, others with none: either way there is no saved
    // result (only a text result may be empty)
    if (formula
        && (!hasValue || (v.isEmpty() && !"str".equals(type) && !"inlineStr".equals(type)))) {
      needsFormulas = true;
      return;
    }
    if (!hasValue) {
      return;
    }
    Grid.Value cell;
    switch (type == null ? "n" : type) {
      case "s" -> {
        String text = strings.get(XlsxText.index(v));
        if (text == null) {
          throw new XlsxGrid.Impossible(where(), "refers to text the workbook does not hold");
        }
        cell = Grid.Value.text(text, formula);
      }
      case "inlineStr" -> cell = Grid.Value.text(v, formula);
      case "str" -> cell = Grid.Value.text(XlsxText.unescape(v), formula);
      case "b" -> cell = Grid.Value.bool(bool(v.strip()), formula);
      case "e" -> {
        // every error a spreadsheet shows starts with "#": #DIV/0!, #N/A, #VALUE! …
        if (!v.strip().startsWith("#")) {
          throw new XlsxGrid.Impossible(
              where(), "is an error cell that holds no error (\"" + shown(v.strip()) + "\")");
        }
        cell = Grid.Value.error(v.strip(), formula);
      }
      case "d" -> {
        cell = isoDate(v.strip(), date1904, formula);
        isoDate = isoDate != null ? isoDate : where();
      }
      case "n" -> {
        if (v.isBlank()) {
          return;
        }
        String number = v.strip();
        // Java also reads "3d", "3f" and "0x1.8p1" as numbers; no spreadsheet app writes them
        if (!SAVED_NUMBER.matcher(number).matches()) {
          throw new XlsxGrid.Impossible(where(), "is a number cell that holds no number");
        }
        double n = Double.parseDouble(number);
        cell =
            dateStyle ? Grid.Value.dateSerial(n, date1904, formula) : Grid.Value.number(n, formula);
      }
      default -> throw new XlsxGrid.Impossible(where(), "is of a kind no spreadsheet app writes");
    }
    sheet.put(row, col, cell);
  }

  /**
   * A date saved as ISO 8601 text (Excel's "strict" dates): read as the date serial a date cell
   * holds.
   */
  private static Grid.Value isoDate(String text, boolean date1904, boolean formula) {
    try {
      // the shapes writers use: a date, a date and time (with "T" or a space), with or without a
      // zone ("Z", "+05:00"), whose clock time is kept as written
      String iso = text.replace(' ', 'T');
      java.time.LocalDateTime t =
          !iso.contains("T")
              ? java.time.LocalDate.parse(iso).atStartOfDay()
              : iso.matches(".*T.*([Zz]|[+-]\\d\\d:?\\d\\d)$")
                  ? java.time.OffsetDateTime.parse(iso.replace('z', 'Z')).toLocalDateTime()
                  : java.time.LocalDateTime.parse(iso);
      return Grid.Value.date(t, date1904, formula);
    } catch (java.time.format.DateTimeParseException e) {
      return Grid.Value.text(text, formula);
    }
  }

  /**
   * A value for a message: control characters made visible, and cut short (a crafted file may hold
   * a long one).
   */
  private static String shown(String text) {
    return Visible.of(text.length() > 20 ? text.substring(0, 20) + "…" : text);
  }

  /** "Topics!E5": the cell being read. */
  private Location where() {
    return Cells.where(sheet.name(), row, col);
  }

  /** A row's number as the file gives it (from 1). */
  private int rowNumber(String text) throws SAXException {
    try {
      int i = Integer.parseInt(text);
      if (i < 0) {
        throw new NumberFormatException();
      }
      return i;
    } catch (NumberFormatException e) {
      throw new XlsxGrid.Impossible(
          sheet.name() + " has a row number that is not a number (\"" + shown(text) + "\")");
    }
  }

  /**
   * A true/false cell's value: 1 or 0 as spreadsheet apps save it, "true" or "false" as some tools
   * do.
   */
  private boolean bool(String v) throws SAXException {
    return switch (v) {
      case "1", "true" -> true;
      case "0", "false" -> false;
      default -> throw new XlsxGrid.Impossible(where(), "is a true/false cell that holds neither");
    };
  }

  private CellReference reference(String r) throws SAXException {
    try {
      // POI also reads "Skills!E2", a reference to another sheet, which a cell's own never is
      if (r.indexOf('!') >= 0) {
        throw new IllegalArgumentException(r);
      }
      return new CellReference(r);
    } catch (RuntimeException e) {
      throw new XlsxGrid.Impossible(
          sheet.name()
              + " has a cell whose position (\""
              + shown(r)
              + "\") is not a cell"
              + " reference");
    }
  }
}
