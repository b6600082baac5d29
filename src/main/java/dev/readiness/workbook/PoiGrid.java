package dev.readiness.workbook;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * The grid of a workbook POI has read whole: an .xls, or an .xlsx with a formula saved without its
 * result, which is worked out here (as scripts such as openpyxl write them; POI would read it as
 * 0). Where a formula cannot be worked out, the grid says so at its cell, never a silent 0. Only
 * the copy in memory is changed.
 */
final class PoiGrid {
  private PoiGrid() {}

  static Grid of(Workbook wb, int keepRows) throws Unsupported {
    List<String> names = new ArrayList<>();
    List<Grid.Sheet> sheets = new ArrayList<>();
    Formulas formulas = new Formulas(wb);
    boolean date1904 = date1904(wb);
    for (int index = 0; index < wb.getNumberOfSheets(); index++) {
      Sheet s = wb.getSheetAt(index);
      names.add(s.getSheetName());
      if (!Grid.isRead(s.getSheetName())) {
        continue;
      }
      Grid.Sheet sheet =
          new Grid.Sheet(
              s.getSheetName(), wb.isSheetHidden(index) || wb.isSheetVeryHidden(index), keepRows);
      for (Row row : s) {
        for (Cell c : row) {
          boolean formula = c.getCellType() == CellType.FORMULA;
          // past the row limit the sheet is refused: its formulas are not worth working out
          if (formula
              && !hasSavedValue(c)
              && sheet.filledRows() <= keepRows
              && !formulas.workOut(c)) {
            sheet.unworked(c.getRowIndex(), c.getColumnIndex());
            continue;
          }
          // a formula worked out here is still a formula: an error it gives is said as a formula's
          Grid.Value v = value(c, formula, date1904);
          if (v != null) {
            sheet.put(c.getRowIndex(), c.getColumnIndex(), v);
          }
        }
      }
      sheets.add(sheet);
    }
    return new Grid(names, sheets, date1904);
  }

  /**
   * POI's own results for a formula it cannot work out, which no spreadsheet shows
   * ("~CIRCULAR~REF~" for one that uses itself): the formula is said to be unworkable, not given
   * that text.
   */
  private static boolean isUnworkable(Cell c) {
    if (c.getCellType() != CellType.ERROR) {
      return false;
    }
    byte code = c.getErrorCellValue();
    return code == FormulaError.CIRCULAR_REF.getCode()
        || code == FormulaError.FUNCTION_NOT_IMPLEMENTED.getCode();
  }

  /** Whether the workbook counts its date serials from 1904 (an .xls says so in its own record). */
  private static boolean date1904(Workbook wb) {
    if (wb instanceof org.apache.poi.hssf.usermodel.HSSFWorkbook h) {
      return h.getInternalWorkbook().isUsing1904DateWindowing();
    }
    return wb instanceof Date1904Support d && d.isDate1904();
  }

  /**
   * Works out formulas saved without their results, with one evaluator for the workbook (it caches
   * results).
   */
  private static final class Formulas {
    private final Workbook wb;
    private FormulaEvaluator evaluator;

    Formulas(Workbook wb) {
      this.wb = wb;
    }

    /**
     * Whether the cell now holds its formula's result; false when it cannot be worked out. Formulas
     * that use one another thousands deep are worked out by recursion past the stack, and the next
     * formula would go as deep again: the workbook is refused at the first.
     */
    boolean workOut(Cell c) throws Unsupported {
      evaluator = evaluator != null ? evaluator : wb.getCreationHelper().createFormulaEvaluator();
      try {
        evaluator.evaluateInCell(c);
        return !isUnworkable(c);
      } catch (RuntimeException e) {
        return false;
      } catch (StackOverflowError e) {
        throw new Unsupported(
            Cells.where(c.getSheet().getSheetName(), c.getRowIndex(), c.getColumnIndex()),
            "the formula uses other formulas thousands deep, too deep to be worked out here;"
                + " open the file in your spreadsheet app and save it again as .xlsx");
      }
    }
  }

  /** openpyxl saves a formula with an empty value, others with none: neither is a saved result. */
  private static boolean hasSavedValue(Cell c) {
    return !(c instanceof XSSFCell x)
        || (x.getCTCell().isSetV() && !x.getCTCell().getV().isEmpty())
        || (x.getCTCell().isSetT()
            && x.getCTCell().getT()
                == org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.STR);
  }

  /** The cell's value, a formula's by its saved result; null when it is blank. */
  private static Grid.Value value(Cell c, boolean formula, boolean date1904) {
    CellType type =
        c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    switch (type) {
      case STRING:
        return Grid.Value.text(c.getRichStringCellValue().getString(), formula);
      case NUMERIC:
        // a number in a date format is shown as a date, which a message must name
        return DateUtil.isCellDateFormatted(c)
            ? Grid.Value.dateSerial(c.getNumericCellValue(), date1904, formula)
            : Grid.Value.number(c.getNumericCellValue(), formula);
      case BOOLEAN:
        return Grid.Value.bool(c.getBooleanCellValue(), formula);
      case ERROR:
        return Grid.Value.error(FormulaError.forInt(c.getErrorCellValue()).getString(), formula);
      default:
        return null;
    }
  }
}
