package dev.readiness.workbook;

import dev.readiness.problem.Location;
import dev.readiness.text.Names;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;

/**
 * Reading values out of cells the way a user typed them: numbers as text, formulas by their saved
 * value.
 */
final class Cells {
  /**
   * Excel serial numbers of 1990-01-01 and 2100-12-31: a number outside is not a plausible
   * assessment date.
   */
  private static final double FIRST_SERIAL = 32_874;

  private static final double LAST_SERIAL = 73_415;

  /**
   * The serial of 1904-01-01 in the 1900 date system: a serial of the 1904 system plus this is one
   * of 1900's.
   */
  private static final double SERIAL_OF_1904 = 1_462;

  private Cells() {}

  /** The cell at a row and column (from 0) of a sheet: Topics!E17. */
  static Location where(String sheet, int row, int col) {
    return Location.cell(sheet, new CellReference(row, col).formatAsString(false));
  }

  static boolean isBlank(Grid.Value v) {
    return v == null || text(v).isBlank();
  }

  /**
   * The cell's value as text, as the user sees it: a formula gives its saved value, a whole number
   * has no ".0", a number shown as a date is that date (YYYY-MM-DD).
   */
  static String text(Grid.Value v) {
    if (v == null) {
      return "";
    }
    if (v.isDate()) {
      return v.date().toString();
    }
    return v.kind() == Grid.Kind.NUMBER ? number(v.number()) : v.text();
  }

  private static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.valueOf((long) v);
    }
    return String.valueOf(v);
  }

  /** The error a formula gives ("#DIV/0!"), if it gives one. */
  static Optional<String> formulaError(Grid.Value v) {
    if (v != null && v.formula() && v.kind() == Grid.Kind.ERROR) {
      return Optional.of(v.text());
    }
    return Optional.empty();
  }

  /** A number typed as a number, as text (" 4 "), or as a formula's saved value. */
  static Optional<Double> numberOf(Grid.Value v) {
    if (v == null) {
      return Optional.empty();
    }
    if (v.kind() == Grid.Kind.NUMBER) {
      return Optional.of(v.number());
    }
    if (v.kind() == Grid.Kind.TEXT) {
      return number(v.text());
    }
    return Optional.empty();
  }

  /** Parses " 4 ", "4.0" or "4,0"; anything else is not a number. */
  static Optional<Double> number(String text) {
    String t = Names.trimSpaces(text).replace(',', '.');
    if (!t.matches("[+-]?\\d+(\\.\\d+)?")) {
      return Optional.empty();
    }
    return Optional.of(Double.parseDouble(t));
  }

  /** The first and last day a date cell may hold: the serials' range, in words for messages. */
  static String dateRange() {
    return DateUtil.getLocalDateTime(FIRST_SERIAL).toLocalDate()
        + " to "
        + DateUtil.getLocalDateTime(LAST_SERIAL).toLocalDate();
  }

  /** What to say of a date outside the range a workbook may hold, and what to do. */
  static String outOfRangeMessage(LocalDate date) {
    return "the date "
        + date
        + " is outside the dates a workbook may hold ("
        + dateRange()
        + "); type the right date as YYYY-MM-DD";
  }

  /**
   * A date serial outside the accepted range, as the date it stands for (empty when it is no date
   * at all); {@code date1904}: the workbook counts its serials from 1904.
   */
  static Optional<LocalDate> outOfRange(Grid.Value c, boolean date1904) {
    if (c.kind() != Grid.Kind.NUMBER) {
      return Optional.empty();
    }
    if (c.isDate()) {
      // the date the cell shows, which an ISO date cell before 1900 (no serial of Excel's) or an
      // .ods date of January 1900 (LibreOffice's count) would not be named as
      LocalDate shown = c.date();
      boolean out =
          shown.isBefore(DateUtil.getLocalDateTime(FIRST_SERIAL).toLocalDate())
              || shown.isAfter(DateUtil.getLocalDateTime(LAST_SERIAL).toLocalDate());
      return out ? Optional.of(shown) : Optional.empty();
    }
    double v = serial1900(c.number(), date1904);
    if (v >= 1 && v < Grid.SERIALS_END && (v < FIRST_SERIAL || v > LAST_SERIAL)) {
      return Optional.of(DateUtil.getLocalDateTime(v).toLocalDate());
    }
    return Optional.empty();
  }

  /**
   * A date cell, an Excel date serial, or text as YYYY-MM-DD; {@code date1904}: serials count from
   * 1904.
   */
  static Optional<LocalDate> date(Grid.Value c, boolean date1904) {
    if (c.kind() == Grid.Kind.NUMBER) {
      double v = serial1900(c.number(), date1904);
      if (v >= FIRST_SERIAL && v <= LAST_SERIAL) {
        return Optional.of(DateUtil.getLocalDateTime(v).toLocalDate());
      }
      return Optional.empty();
    }
    if (c.kind() == Grid.Kind.TEXT) {
      String t = Names.trimSpaces(c.text());
      try {
        return Optional.of(LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The serial in the 1900 date system, in which the ranges above are given. */
  private static double serial1900(double serial, boolean date1904) {
    return date1904 ? serial + SERIAL_OF_1904 : serial;
  }
}
