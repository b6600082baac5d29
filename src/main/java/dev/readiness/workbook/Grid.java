package dev.readiness.workbook;

import dev.readiness.problem.Location;
import dev.readiness.text.Limits;
import dev.readiness.text.Lists;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The values of a workbook's contract sheets, whatever file they came from (.xlsx read as a stream,
 * .xls and .ods through their libraries): the one shape the reader checks, so the contract,
 * messages and limits are the same for every format. Rows and columns count from 0 (a file's row 1
 * is row 0), as in POI.
 */
final class Grid {
  /** The rows a sheet can have, in every spreadsheet app: a cell below them is a damaged file. */
  static final int MAX_SHEET_ROWS = 1_048_576;

  /**
   * The columns of a row that are kept: the contract's are among the first few, and a row of
   * thousands of cells must not fill the memory.
   */
  static final int KEPT_COLUMNS = 256;

  /**
   * The most characters a cell holds in Excel: a longer text, which only a script writes, is cut to
   * this, so that one cell cannot fill the memory or a report's pages.
   */
  static final int MAX_CELL_CHARS = 32_767;

  /**
   * The most cells a workbook whose formulas were saved without their results may hold: working
   * them out takes POI's full model, about a kilobyte of memory a cell, so a crafted sheet of a
   * million cells would take a gigabyte. A filled template holds about a thousand.
   */
  static final int MAX_WORKED_CELLS = 50_000;

  /** The sheets the reader looks at; any other sheet is only named. */
  static final List<String> READ =
      List.of(Layout.PROFILE, Layout.TOPICS, Layout.SKILLS, Layout.CHECKLIST);

  /** What a cell holds. */
  enum Kind {
    TEXT,
    NUMBER,
    BOOLEAN,
    ERROR
  }

  /**
   * The first date serial that is no date: 10000-01-01, from which Excel shows "####" instead of a
   * date.
   */
  static final double SERIALS_END = 2_958_466;

  /** The day LibreOffice counts its serials from (an .ods's default null date). */
  private static final java.time.LocalDate ODS_DAY_ZERO = java.time.LocalDate.of(1899, 12, 30);

  /**
   * A cell's value as saved; for a formula, the result saved with it.
   *
   * @param text the text, "TRUE" or "FALSE", or the error ("#DIV/0!"); for a number, empty
   * @param date for a number the cell shows as a date (a date typed, or a number in a date format),
   *     that date, which is what the user sees and a message must name; otherwise null
   * @param formula whether the value came from a formula
   */
  record Value(Kind kind, String text, double number, boolean formula, java.time.LocalDate date) {
    /** Whether the cell shows its number as a date. */
    boolean isDate() {
      return date != null;
    }

    static Value text(String text, boolean formula) {
      return new Value(Kind.TEXT, text, 0, formula, null);
    }

    static Value number(double number, boolean formula) {
      return new Value(Kind.NUMBER, "", number, formula, null);
    }

    /**
     * A date cell of an .xlsx or .xls, as the serial number it holds in the grid's date system (the
     * reader sees one kind of date), shown as that date.
     */
    static Value date(java.time.LocalDateTime date, boolean date1904, boolean formula) {
      return new Value(
          Kind.NUMBER,
          "",
          org.apache.poi.ss.usermodel.DateUtil.getExcelDate(date, date1904),
          formula,
          date.toLocalDate());
    }

    /**
     * A date cell of an .ods, as LibreOffice's serial: days since 1899-12-30. From 1900-03-01 on it
     * is Excel's serial too; before, Excel's count differs by its made-up 1900-02-29, and a level
     * typed into a date-formatted cell (3, saved as 1900-01-02) must stay that level.
     */
    static Value odsDate(java.time.LocalDateTime date, boolean formula) {
      double days =
          java.time.temporal.ChronoUnit.DAYS.between(ODS_DAY_ZERO, date.toLocalDate())
              + date.toLocalTime().toSecondOfDay() / 86_400.0;
      return new Value(Kind.NUMBER, "", days, formula, date.toLocalDate());
    }

    /**
     * A number in a cell formatted as a date, which shows it as the date it is the serial of; a
     * number no date stands for (negative, or past 9999) is only a number.
     */
    static Value dateSerial(double serial, boolean date1904, boolean formula) {
      if (serial < 0 || serial >= SERIALS_END) {
        return number(serial, formula);
      }
      java.time.LocalDateTime shown =
          org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(serial, date1904);
      return shown == null
          ? number(serial, formula)
          : new Value(Kind.NUMBER, "", serial, formula, shown.toLocalDate());
    }

    static Value bool(boolean value, boolean formula) {
      return new Value(Kind.BOOLEAN, value ? "TRUE" : "FALSE", 0, formula, null);
    }

    static Value error(String code, boolean formula) {
      return new Value(Kind.ERROR, code, 0, formula, null);
    }
  }

  /** One sheet's cells; rows past the row limit are counted, not kept. */
  static final class Sheet {
    private final String name;
    private final boolean hidden;
    private final int keep;
    private final NavigableMap<Integer, NavigableMap<Integer, Value>> rows = new TreeMap<>();
    private final List<Location> unworked = new ArrayList<>();
    private final List<Location> cut = new ArrayList<>();

    /** The rows with content: at most a spreadsheet's 1,048,576, so at most 128 KB. */
    private final BitSet filled = new BitSet();

    private int filledRows;

    /** Every cell put in, kept or not: what the full model would have to hold. */
    private long cells;

    /** A sheet that keeps the cells of its first {@code keep} rows with content. */
    Sheet(String name, boolean hidden, int keep) {
      this.name = name;
      this.hidden = hidden;
      this.keep = keep;
    }

    String name() {
      return name;
    }

    /** Whether the workbook hides the sheet: its user may not know it is there. */
    boolean hidden() {
      return hidden;
    }

    /**
     * Puts a value in; a cell given twice keeps its last value, as POI's full model does. Past the
     * row limit the sheet is refused, so its cells are only counted.
     */
    void put(int row, int col, Value value) {
      cells++;
      boolean tooLong = value.kind() == Kind.TEXT && value.text().length() > MAX_CELL_CHARS;
      if (tooLong) {
        // never half a character: a pair of surrogates stays whole or goes
        int end =
            Character.isHighSurrogate(value.text().charAt(MAX_CELL_CHARS - 1))
                ? MAX_CELL_CHARS - 1
                : MAX_CELL_CHARS;
        value = Value.text(value.text().substring(0, end), value.formula());
      }
      if (!Cells.isBlank(value) && !filled.get(row)) {
        filled.set(row);
        filledRows++;
      }
      if (filledRows <= keep && col < KEPT_COLUMNS) {
        rows.computeIfAbsent(row, r -> new TreeMap<>()).put(col, value);
        if (tooLong) {
          cut.add(Cells.where(name, row, col));
        }
      }
    }

    /** The cells with a value, every row and column counted. */
    long cells() {
      return cells;
    }

    /** A formula saved without its result that could not be worked out: an error at its cell. */
    void unworked(int row, int col) {
      unworked.add(Cells.where(name, row, col));
    }

    /** The cells ("Topics!E17") of the formulas that could not be worked out. */
    List<Location> unworked() {
      return Collections.unmodifiableList(unworked);
    }

    /** The cells whose text was longer than {@link #MAX_CELL_CHARS}, and was cut to it. */
    List<Location> cut() {
      return Collections.unmodifiableList(cut);
    }

    /**
     * Rows holding a value: formatted empty rows and a stray one far below do not make a sheet
     * long.
     */
    int filledRows() {
      return filledRows;
    }

    /** The cell's value, or null when it is empty. */
    Value cell(int row, int col) {
      NavigableMap<Integer, Value> r = rows.get(row);
      return r == null ? null : r.get(col);
    }

    /** The row's values by column; empty when the row has none. */
    NavigableMap<Integer, Value> row(int row) {
      return Collections.unmodifiableNavigableMap(rows.getOrDefault(row, new TreeMap<>()));
    }

    /** The numbers of the rows with any cell, in order. */
    List<Integer> rowNumbers() {
      return List.copyOf(rows.keySet());
    }
  }

  private final List<String> names;
  private final List<Sheet> sheets;
  private final boolean date1904;

  /**
   * @param names every sheet's name, in the workbook's order
   * @param sheets the sheets read (those of {@link #READ}), in the workbook's order
   * @param date1904 whether the workbook counts its date serials from 1904 (as old Mac Excel did),
   *     not 1900
   */
  Grid(List<String> names, List<Sheet> sheets, boolean date1904) {
    this.names = List.copyOf(names);
    this.sheets = List.copyOf(sheets);
    this.date1904 = date1904;
  }

  /**
   * The same sheets, with every sheet's name as another reading found them (the full model sees
   * fewer).
   */
  Grid named(List<String> allNames) {
    return new Grid(allNames, sheets, date1904);
  }

  /**
   * Whether the workbook's date serials count from 1904: the same serial is then a date four years
   * later.
   */
  boolean date1904() {
    return date1904;
  }

  /**
   * The sheets' names, for messages: "none" when there are none, the first {@link
   * Limits#NAMED_SHEETS} and how many more when there are more.
   */
  String names() {
    if (names.isEmpty()) {
      return "none";
    }
    return Lists.firstOf(names, Limits.NAMED_SHEETS, ", ");
  }

  /**
   * The sheets read whose names match (case and spaces ignored), in the workbook's order: a file no
   * spreadsheet app wrote may have two.
   */
  List<Sheet> sheets(String name) {
    return sheets.stream().filter(s -> Layout.key(s.name()).equals(Layout.key(name))).toList();
  }

  /** Whether a sheet of this name is one the reader looks at. */
  static boolean isRead(String name) {
    return READ.stream().anyMatch(n -> Layout.key(n).equals(Layout.key(name)));
  }
}
