package dev.readiness.workbook;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import dev.readiness.problem.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * LibreOffice's own format, .ods: read with SODS into the {@link Grid} of the sheets the reader
 * looks at, so that the one reader applies the same contract, messages and limits to .ods, .xlsx
 * and .xls alike.
 */
final class OdsFiles {
  /** What an .ods may inflate to before it is refused, as a zip bomb would be. */
  private static final long MAX_INFLATED = 200L * 1024 * 1024;

  /** Columns looked at per sheet (rows: one past the row limit, so that the limit still speaks). */
  private static final int MAX_COLUMNS = 64;

  private OdsFiles() {}

  /** The media type of an OpenDocument spreadsheet. */
  static final String SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";

  /**
   * The OpenDocument media type the bytes declare ("application/vnd.oasis.opendocument.text" for a
   * text document), or empty when they are no OpenDocument file: a zip with a {@code mimetype}
   * entry (LibreOffice puts it first; other writers anywhere among the first entries).
   */
  static String odfType(byte[] bytes) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      int n = 0;
      for (ZipEntry e; (e = zip.getNextEntry()) != null && n < 16; n++) {
        if (e.getName().equals("mimetype")) {
          String type = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
          return type.startsWith("application/vnd.oasis.opendocument.") ? type : "";
        }
      }
      return "";
    } catch (IOException | IllegalArgumentException e) {
      return "";
    }
  }

  /** The grid of the contract's sheets, or null with the reason among the problems. */
  static Grid read(byte[] bytes, Problems problems, int keepRows) throws IOException {
    String refused = inspect(bytes);
    if (refused != null) {
      problems.error(Location.FILE, refused);
      return null;
    }
    SpreadSheet ods = new SpreadSheet(new ByteArrayInputStream(bytes));
    List<String> names = new ArrayList<>();
    List<Grid.Sheet> sheets = new ArrayList<>();
    for (Sheet sheet : ods.getSheets()) {
      names.add(sheet.getName());
      if (!Grid.isRead(sheet.getName())) {
        continue;
      }
      Grid.Sheet out = new Grid.Sheet(sheet.getName(), sheet.isHidden(), keepRows);
      sheets.add(out);
      int rows = Math.min(sheet.getMaxRows(), keepRows + 1);
      int columns = Math.min(sheet.getMaxColumns(), MAX_COLUMNS);
      if (rows == 0 || columns == 0) {
        continue;
      }
      Object[][] values = sheet.getRange(0, 0, rows, columns).getValues();
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < columns; c++) {
          Object v = values[r][c];
          if (v != null && !(v instanceof String s && s.isEmpty())) {
            out.put(r, c, value(v));
          }
        }
      }
    }
    return new Grid(names, sheets, false); // dates are saved as dates, not serials
  }

  private static Grid.Value value(Object v) {
    if (v instanceof Number n) {
      return Grid.Value.number(n.doubleValue(), false);
    } else if (v instanceof Boolean b) {
      return Grid.Value.bool(b, false);
    } else if (v instanceof LocalDate d) {
      return Grid.Value.odsDate(d.atStartOfDay(), false);
    } else if (v instanceof LocalDateTime d) {
      return Grid.Value.odsDate(d, false);
    }
    return Grid.Value.text(v.toString(), false);
  }

  /**
   * Looks inside before the library does: an .ods that inflates beyond all reason, whose XML
   * declares a document type (an entity attack: no spreadsheet app writes one) or is malformed,
   * that is encrypted, or whose sheets repeat more filled cells than the library can hold (SODS
   * builds every cell of every sheet), is refused in the tool's own words; SODS itself would print
   * its parser's complaint on the terminal.
   */
  private static String inspect(byte[] bytes) throws IOException {
    long inflated = 0;
    String refused = null;
    OdsContent content = new OdsContent();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        // one byte past what may still be inflated tells that it goes on; the zip stays open for
        // the next entry
        BoundedInputStream in =
            BoundedInputStream.builder()
                .setInputStream(zip)
                .setMaxCount(MAX_INFLATED - inflated + 1)
                .setPropagateClose(false)
                .get();
        boolean manifest = e.getName().equals("META-INF/manifest.xml");
        // every XML part, as SODS looks for sheets in every one
        String why =
            (refused == null || manifest) && e.getName().endsWith(".xml")
                ? content.inspect(in)
                : null;
        drain(in);
        inflated += in.getCount();
        if (inflated > MAX_INFLATED) {
          return String.format(
              java.util.Locale.ROOT,
              "the workbook inflates to more than %d MB, far more data than"
                  + " an assessment holds; it was not read: delete rows or columns filled to the end of the sheet and"
                  + " save it again, or check where the file came from",
              MAX_INFLATED >> 20);
        }
        if (manifest && why != null) {
          return why; // an encrypted file's content is no XML: the password is what to tell
        }
        refused = refused != null ? refused : why;
      }
    }
    return refused;
  }

  private static void drain(InputStream in) throws IOException {
    byte[] buffer = new byte[65536];
    while (in.read(buffer) > 0) {
      // counted as read
    }
  }
}
