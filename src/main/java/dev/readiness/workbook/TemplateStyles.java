package dev.readiness.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles the workbook uses; grey means "from the guide, do not change". */
final class TemplateStyles {
  final CellStyle title;
  final CellStyle header;
  final CellStyle readOnly;
  final CellStyle readOnlyWrap;
  final CellStyle input;
  final CellStyle inputWrap;
  final CellStyle rating;
  final CellStyle date;
  final CellStyle wrap;
  final CellStyle help;

  TemplateStyles(XSSFWorkbook wb) {
    Font bold = wb.createFont();
    bold.setBold(true);
    Font big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    Font grey = wb.createFont();
    grey.setItalic(true);
    grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
    title = wb.createCellStyle();
    title.setFont(big);
    header = bordered(wb);
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    readOnly = bordered(wb);
    readOnly.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    readOnly.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    readOnly.setVerticalAlignment(VerticalAlignment.TOP);
    readOnlyWrap = wb.createCellStyle();
    readOnlyWrap.cloneStyleFrom(readOnly);
    readOnlyWrap.setWrapText(true);
    input = bordered(wb);
    input.setVerticalAlignment(VerticalAlignment.TOP);
    inputWrap = wb.createCellStyle();
    inputWrap.cloneStyleFrom(input);
    inputWrap.setWrapText(true);
    rating = wb.createCellStyle();
    rating.cloneStyleFrom(input);
    rating.setFont(bold);
    rating.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
    date = wb.createCellStyle();
    date.cloneStyleFrom(input);
    date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
    date.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
    wrap = wb.createCellStyle();
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(VerticalAlignment.TOP);
    help = wb.createCellStyle();
    help.setFont(grey);
    help.setWrapText(true);
  }

  private static CellStyle bordered(XSSFWorkbook wb) {
    CellStyle s = wb.createCellStyle();
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    s.setBottomBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
    s.setTopBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
    s.setLeftBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
    s.setRightBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
    return s;
  }
}
