package dev.readiness.workbook;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * LibreOffice's own format, .ods: read with SODS into a workbook in memory that holds the contract's sheets, so
 * that the one reader applies the same contract, messages and limits to .ods, .xlsx and .xls alike.
 */
final class OdsFiles {
  /** What an .ods may inflate to before it is refused, as a zip bomb would be. */
  private static final long MAX_INFLATED = 200L * 1024 * 1024;
  /** Rows and columns looked at per sheet: far more than an assessment has, so the row limit still speaks. */
  private static final int MAX_ROWS = WorkbookReader.MAX_ROWS + 1;
  private static final int MAX_COLUMNS = 64;

  private OdsFiles() {}

  /**
   * Whether the bytes are an OpenDocument spreadsheet: a zip with a {@code mimetype} entry naming that type
   * (LibreOffice puts it first; other writers anywhere among the first entries).
   */
  static boolean isOds(byte[] bytes) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      int n = 0;
      for (ZipEntry e; (e = zip.getNextEntry()) != null && n < 16; n++) {
        if (e.getName().equals("mimetype")) {
          return new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip()
              .equals("application/vnd.oasis.opendocument.spreadsheet");
        }
      }
      return false;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  /** The workbook in memory, or null with the reason among the problems. */
  static XSSFWorkbook read(byte[] bytes, Problems problems) throws IOException {
    String refused = inspect(bytes);
    if (refused != null) {
      problems.error("", refused);
      return null;
    }
    SpreadSheet ods = new SpreadSheet(new ByteArrayInputStream(bytes));
    XSSFWorkbook wb = new XSSFWorkbook();
    CellStyle date = wb.createCellStyle();
    date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
    List<String> contract = List.of(Layout.INSTRUCTIONS, Layout.PROFILE, Layout.TOPICS, Layout.SKILLS,
        Layout.CHECKLIST).stream().map(Layout::key).toList();
    for (Sheet sheet : ods.getSheets()) {
      if (!contract.contains(Layout.key(sheet.getName()))) {
        continue;
      }
      org.apache.poi.ss.usermodel.Sheet out = wb.createSheet(sheet.getName());
      int rows = Math.min(sheet.getMaxRows(), MAX_ROWS);
      int columns = Math.min(sheet.getMaxColumns(), MAX_COLUMNS);
      if (rows == 0 || columns == 0) {
        continue;
      }
      Object[][] values = sheet.getRange(0, 0, rows, columns).getValues();
      for (int r = 0; r < rows; r++) {
        Row row = null;
        for (int c = 0; c < columns; c++) {
          Object v = values[r][c];
          if (v == null || (v instanceof String s && s.isEmpty())) {
            continue;
          }
          row = row == null ? out.createRow(r) : row;
          set(row.createCell(c), v, date);
        }
      }
    }
    return wb;
  }

  private static void set(Cell cell, Object v, CellStyle date) {
    if (v instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else if (v instanceof Boolean b) {
      cell.setCellValue(b);
    } else if (v instanceof LocalDate d) {
      cell.setCellValue(d);
      cell.setCellStyle(date);
    } else if (v instanceof LocalDateTime d) {
      cell.setCellValue(d);
      cell.setCellStyle(date);
    } else {
      cell.setCellValue(v.toString());
    }
  }

  /**
   * Looks inside before the library does: an .ods that inflates beyond all reason, or whose XML declares a
   * document type (an entity attack: no spreadsheet app writes one), is refused in the tool's own words.
   */
  private static String inspect(byte[] bytes) throws IOException {
    long inflated = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        boolean xml = e.getName().endsWith(".xml");
        byte[] head = xml ? zip.readNBytes(4096) : new byte[0];
        inflated += head.length + skipAll(zip);
        if (inflated > MAX_INFLATED) {
          return "the workbook inflates to far more data than an assessment holds (a zip bomb?); it was not read:"
              + " check where the file came from";
        }
        String start = new String(head, StandardCharsets.UTF_8);
        if (start.contains("<!DOCTYPE") || start.contains("<!ENTITY")) {
          return "the workbook holds a document type declaration, which no spreadsheet app writes; it was not"
              + " read: check where the file came from";
        }
      }
    }
    return null;
  }

  private static long skipAll(InputStream in) throws IOException {
    long n = 0;
    byte[] buffer = new byte[65536];
    for (int r; (r = in.read(buffer)) > 0; ) {
      n += r;
      if (n > MAX_INFLATED) {
        break;
      }
    }
    return n;
  }
}
