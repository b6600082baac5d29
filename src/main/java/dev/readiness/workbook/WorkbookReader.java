package dev.readiness.workbook;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.AssessmentReader;
import dev.readiness.assessment.ReadResult;
import dev.readiness.problem.Location;
import dev.readiness.rubric.Rubric;
import dev.readiness.text.Lists;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.xml.sax.SAXException;

/**
 * Reads filled workbooks. Sheets are found by name and columns by header text, so sorted, hidden,
 * inserted or appended rows and columns and extra sheets are all fine. Every problem is collected,
 * up to a limit, and named by sheet and cell. The input file is only ever read.
 */
public final class WorkbookReader implements AssessmentReader {
  /** Larger files are refused unopened: a filled workbook is well under 1 MB. */
  static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

  /** A sheet with more rows than this is not one of ours, or has been padded; it is refused. */
  static final int MAX_ROWS = 5_000;

  /** After this many problems in one file, the rest are counted rather than listed. */
  static final int MAX_PROBLEMS = 100;

  static {
    // zip bombs: refuse entries that inflate more than 100 times, or beyond 100 MB
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
  }

  private final Rubric rubric;

  public WorkbookReader(Rubric rubric) {
    this.rubric = rubric;
  }

  /** Reads one workbook; never throws for a bad file, whose problems are in the result. */
  @Override
  public ReadResult read(Path path) {
    String file = path.toString();
    Problems problems = new Problems(file, MAX_PROBLEMS);
    try {
      Optional<Grid> grid = open(path, problems);
      if (grid.isEmpty()) {
        return problems.result(Optional.empty());
      }
      Assessment a = new SheetsReader(rubric, grid.get(), file, problems).read();
      return problems.result(problems.hasErrors() ? Optional.empty() : Optional.of(a));
    } catch (RuntimeException e) {
      // a value no check foresaw must still name the file, never show a stack trace
      problems.error(
          Location.FILE,
          "the workbook is damaged and cannot be read ("
              + describe(e)
              + "); open it in your spreadsheet app and save it again as .xlsx");
    } catch (StackOverflowError e) {
      // XML or formulas nested past what the reading thread can follow: the file, not the run, is
      // refused
      problems.error(
          Location.FILE,
          "the workbook is damaged and cannot be read (it nests too deeply); open it in your"
              + " spreadsheet app and save it again as .xlsx");
    } catch (OutOfMemoryError e) {
      // what was read of this file is garbage now, so a batch goes on with the next one
      problems.error(
          Location.FILE,
          "the workbook holds more than readiness can read in its memory ("
              + Runtime.getRuntime().maxMemory() / 1048576
              + " MB); delete what the assessment does not need (sheets of"
              + " your own, long texts, pictures), or save a copy with only the sheets "
              + Lists.and(Grid.READ));
    }
    return problems.result(Optional.empty());
  }

  private static Optional<Grid> open(Path path, Problems problems) {
    byte[] bytes;
    java.nio.file.attribute.BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        problems.error(Location.FILE, "this is a folder, not a workbook; name .xlsx or .xls files");
        return Optional.empty();
      }
      long size = attributes.size();
      if (size > MAX_FILE_BYTES) {
        problems.error(
            Location.FILE,
            String.format(
                java.util.Locale.ROOT,
                "the file is %.1f MB, more than the %d MB a workbook"
                    + " may have; is it the right file?",
                size / 1048576.0,
                MAX_FILE_BYTES >> 20));
        return Optional.empty();
      }
      // a pipe or a device (/dev/stdin, /dev/zero) has no size: it is read no further than the
      // limit
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
      }
      if (bytes.length > MAX_FILE_BYTES) {
        problems.error(
            Location.FILE,
            String.format(
                java.util.Locale.ROOT,
                "the input goes on past the %d MB a workbook may" + " have; is it the right file?",
                MAX_FILE_BYTES >> 20));
        return Optional.empty();
      }
    } catch (NoSuchFileException e) {
      problems.error(Location.FILE, "no such file; check the name and the folder");
      return Optional.empty();
    } catch (IOException e) {
      problems.error(Location.FILE, "cannot read the file (" + describe(e) + ")");
      return Optional.empty();
    }
    if (bytes.length == 0) {
      problems.error(
          Location.FILE,
          "the file is empty (0 bytes); fill in a template from 'readiness template' and save it");
      return Optional.empty();
    }
    // a pipe cannot be read again: its bytes are all there is
    return openGrid(attributes.isRegularFile() ? path.toFile() : null, bytes, problems);
  }

  /**
   * The grid of the file's bytes, or empty with the reason it cannot be opened (a password, an old
   * format, a zip bomb, damage) said in the user's words.
   */
  private static Optional<Grid> openGrid(java.io.File file, byte[] bytes, Problems problems) {
    try {
      return Optional.ofNullable(openBytes(file, bytes, problems));
    } catch (EncryptedDocumentException e) {
      problems.error(Location.FILE, passwordMessage());
    } catch (Unsupported e) {
      problems.error(e.cell, e.getMessage());
    } catch (XlsxGrid.Impossible e) {
      if (e.cell == null) {
        problems.error(Location.FILE, damaged(e.getMessage()));
      } else {
        // at its cell, so that a reader (and validate's JSON) is shown where the damage is
        problems.error(
            e.cell,
            "the workbook is damaged at this cell (it "
                + e.atCell()
                + "); open it in your spreadsheet app and save it again as .xlsx");
      }
    } catch (OldExcelFormatException e) {
      problems.error(
          Location.FILE,
          "this is an Excel 5.0/95 workbook, too old to read; open it and save it as .xlsx");
    } catch (IOException | SAXException | RuntimeException e) {
      if (String.valueOf(e.getMessage()).contains("max size of the expanded data")) {
        // POI says "Zip bomb" for its size cap too, but one part over it is most often a sheet of
        // a million empty formatted rows, not an attack
        problems.error(
            Location.FILE,
            "a part of the workbook inflates to more than "
                + ZipSecureFile.getMaxEntrySize() / (1024 * 1024)
                + " MB, far more than an assessment holds (a sheet formatted down to its last"
                + " row?); delete the rows and columns below and right of your data, save, and"
                + " try again");
      } else if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
        problems.error(
            Location.FILE,
            "the workbook inflates to far more data than an assessment holds (a zip bomb?); it was"
                + " not read: check where the file came from");
      } else {
        problems.error(Location.FILE, damaged(describe(e)));
      }
    }
    return Optional.empty();
  }

  private static String damaged(String why) {
    return "the workbook is damaged and cannot be opened ("
        + why
        + "); open it in your spreadsheet app and save it again as .xlsx";
  }

  /**
   * The grid of the file's bytes; {@code file} is the file to open again, or null for a pipe or a
   * device.
   */
  private static Grid openBytes(java.io.File file, byte[] bytes, Problems problems)
      throws IOException, SAXException {
    String odf = OdsFiles.odfType(bytes);
    if (odf.equals(OdsFiles.SPREADSHEET)) {
      return OdsFiles.read(bytes, problems, MAX_ROWS);
    }
    if (!odf.isEmpty()) {
      // an OpenDocument text, presentation or drawing: its kind is the last word of its type
      problems.error(
          Location.FILE,
          "not a spreadsheet: the content is an OpenDocument "
              + odf.substring(odf.lastIndexOf('.') + 1).replace('-', ' ')
              + " document, not a workbook; open the workbook in your spreadsheet app and save it"
              + " as .xlsx");
      return null;
    }
    InputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes));
    FileMagic magic = FileMagic.valueOf(in);
    if (magic == FileMagic.OOXML) {
      return XlsxFiles.read(file, bytes, MAX_ROWS);
    }
    if (magic == FileMagic.OLE2) {
      POIFSFileSystem fs = new POIFSFileSystem(in);
      if (fs.getRoot().hasEntry("EncryptionInfo")) {
        fs.close();
        problems.error(Location.FILE, passwordMessage());
        return null;
      }
      try (HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), false)) {
        return PoiGrid.of(wb, MAX_ROWS);
      }
    }
    problems.error(
        Location.FILE,
        "not a spreadsheet: the content is not an Excel or OpenDocument workbook (.xlsx, .xls or"
            + " .ods)"
            + (magic == FileMagic.UNKNOWN ? "" : " but " + describe(magic))
            + "; open it in your spreadsheet app and save it as .xlsx");
    return null;
  }

  static String passwordMessage() {
    return "the workbook is password-protected; open it, remove the password (File > Protect / Encrypt) and save"
        + " it again";
  }

  private static String describe(FileMagic magic) {
    switch (magic) {
      case PDF:
        return "a PDF";
      case HTML:
        return "a web page";
      case XML:
        return "an XML file";
      default:
        return "a " + magic.name().toLowerCase(java.util.Locale.ROOT) + " file";
    }
  }

  /**
   * What went wrong inside a library, in the tool's own words: the library's text (an XmlException,
   * "invalid distance too far back") means nothing to a person with a spreadsheet, so only its kind
   * is told.
   */
  static String describe(Exception e) {
    if (e instanceof XlsxGrid.Impossible) {
      return e.getMessage();
    }
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null && all.length() < 4000; t = t.getCause()) {
      all.append(t.getClass().getName()).append(' ').append(t.getMessage()).append('\n');
    }
    String text = all.toString();
    if (text.contains("Too many levels of symbolic links")) {
      return "it is a link that leads round in a circle";
    }
    if (text.contains("DOCTYPE")) {
      return "it holds a document type declaration, which no workbook has";
    }
    // POI: "Package should contain a content type part", "this is not a valid OOXML … file"
    if (text.contains("content type part")
        || text.contains("not a valid OOXML")
        || text.contains("No valid entries or contents")) {
      return "it is a zip archive that holds no workbook";
    }
    // "Truncated ZIP file", "ZipException", "invalid zip": any case
    if (text.toLowerCase(java.util.Locale.ROOT).contains("zip")
        || text.contains("ZLIB")
        || text.contains("distance too far")
        || text.contains("invalid stored block")
        || text.contains("EOFException")) {
      return "its zip container is damaged or cut short";
    }
    if (text.contains("Tried to allocate")
        || text.contains("RecordFormat")
        || text.contains("RecordInputStream")) {
      return "it declares more data than the file holds";
    }
    if (text.contains("XmlException") || text.contains("SAX") || text.contains("XML")) {
      return "part of its XML is malformed";
    }
    if (text.contains("Cannot get a")) {
      return "a cell holds a value of an unexpected kind";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return "its content is not what a workbook holds";
  }
}
