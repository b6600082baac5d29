package dev.readiness.workbook;

import dev.readiness.text.Names;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/** Reading values out of cells the way a user typed them: numbers as text, formulas by their cached value. */
final class Cells {
  /** Excel serial numbers of 1990-01-01 and 2100-12-31: a number outside is not a plausible assessment date. */
  private static final double FIRST_SERIAL = 32_874;
  private static final double LAST_SERIAL = 73_415;

  private Cells() {}

  /** "Topics!E17". */
  static String where(Sheet sheet, int row, int col) {
    return sheet.getSheetName() + "!" + new CellReference(row, col).formatAsString(false);
  }

  static boolean isBlank(Cell c) {
    return c == null || text(c).isBlank();
  }

  /** The cell's value as text; a formula gives its cached value, a whole number has no ".0". */
  static String text(Cell c) {
    if (c == null) {
      return "";
    }
    CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    switch (type) {
      case STRING:
        return c.getRichStringCellValue().getString();
      case NUMERIC:
        return number(c.getNumericCellValue());
      case BOOLEAN:
        return String.valueOf(c.getBooleanCellValue()).toUpperCase(Locale.ROOT);
      case ERROR:
        return FormulaError.forInt(c.getErrorCellValue()).getString();
      default:
        return "";
    }
  }

  private static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.valueOf((long) v);
    }
    return String.valueOf(v);
  }

  /** The error a formula gives ("#DIV/0!"), if it gives one. */
  static Optional<String> formulaError(Cell c) {
    if (c != null && c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.ERROR) {
      return Optional.of(FormulaError.forInt(c.getErrorCellValue()).getString());
    }
    return Optional.empty();
  }

  /** A number typed as a number, as text (" 4 "), or as a formula's cached value. */
  static Optional<Double> numberOf(Cell c) {
    if (c == null) {
      return Optional.empty();
    }
    CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    if (type == CellType.NUMERIC) {
      return Optional.of(c.getNumericCellValue());
    }
    if (type == CellType.STRING) {
      return number(c.getRichStringCellValue().getString());
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
    return DateUtil.getLocalDateTime(FIRST_SERIAL).toLocalDate() + " to "
        + DateUtil.getLocalDateTime(LAST_SERIAL).toLocalDate();
  }

  /** A date serial outside the accepted range, as the date it stands for (empty when it is no date at all). */
  static Optional<LocalDate> outOfRange(Cell c) {
    CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    if (type != CellType.NUMERIC) {
      return Optional.empty();
    }
    double v = c.getNumericCellValue();
    if (v >= 1 && v < 2_958_466 && (v < FIRST_SERIAL || v > LAST_SERIAL)) {
      return Optional.of(DateUtil.getLocalDateTime(v).toLocalDate());
    }
    return Optional.empty();
  }

  /** A date cell, an Excel date serial, or text as YYYY-MM-DD. */
  static Optional<LocalDate> date(Cell c) {
    CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    if (type == CellType.NUMERIC) {
      double v = c.getNumericCellValue();
      if (v >= FIRST_SERIAL && v <= LAST_SERIAL) {
        return Optional.of(DateUtil.getLocalDateTime(v).toLocalDate());
      }
      return Optional.empty();
    }
    if (type == CellType.STRING) {
      String t = Names.trimSpaces(c.getRichStringCellValue().getString());
      try {
        return Optional.of(LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
