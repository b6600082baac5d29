package dev.readiness.workbook;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.SAXException;

/**
 * Opens an .xlsx read-only over the zip file itself, so that only the parts read are inflated, one
 * at a time: a sheet, picture or pivot cache of the user's own is never inflated, however large
 * (the shared strings are, but only those the sheets read use are kept). A workbook with a formula
 * saved without its result goes to POI's full model, which is shown a package without the sheets
 * the reader does not use and without pivot caches. A zip whose directory is damaged is read entry
 * by entry, which inflates every entry (each within the zip-bomb bounds).
 */
final class XlsxFiles {
  private XlsxFiles() {}

  /**
   * The grid of the file's contract sheets; {@code bytes} are the file's, read once to tell its
   * kind and size, and what is read when there is no file to open again (a pipe: {@code file} is
   * null).
   */
  static Grid read(File file, byte[] bytes, int keepRows) throws IOException, SAXException {
    XlsxGrid.NeedsFormulas needs;
    OPCPackage pkg = open(file, bytes, Set.of());
    try {
      return XlsxGrid.read(pkg, keepRows);
    } catch (XlsxGrid.NeedsFormulas e) {
      needs = e;
    } finally {
      pkg.revert(); // read-only: closed, never saved
    }
    OPCPackage only = open(file, bytes, needs.unread);
    try {
      return PoiGrid.of(new XSSFWorkbook(only), keepRows).named(needs.names);
    } finally {
      only.revert();
    }
  }

  private static OPCPackage open(File file, byte[] bytes, Set<String> leftOut) throws IOException {
    ZipEntrySource zip = source(file, bytes);
    try {
      return OPCPackage.open(leftOut.isEmpty() ? zip : new Without(zip, leftOut));
    } catch (InvalidFormatException e) {
      zip.close();
      throw new IOException("the package is not a valid Office Open XML file", e);
    }
  }

  private static ZipEntrySource source(File file, byte[] bytes) throws IOException {
    // a file changed since it was read (and size-checked) is read from the bytes instead
    if (file != null && file.length() == bytes.length) {
      try {
        return new ZipFileZipEntrySource(ZipHelper.openZipFile(file));
      } catch (IOException | RuntimeException e) {
        // a zip whose directory at the end is damaged can still be read entry by entry from the
        // start, as POI does when it opens a file itself; the bounds on each entry's size and
        // inflation hold either way
      }
    }
    return new ZipInputStreamZipEntrySource(
        ZipHelper.openZipStream(new ByteArrayInputStream(bytes)));
  }

  /**
   * A package without some of its entries: POI skips a sheet that the workbook lists but the
   * package lacks.
   */
  private static final class Without implements ZipEntrySource {
    private final ZipEntrySource zip;
    private final Set<String> leftOut;

    Without(ZipEntrySource zip, Set<String> leftOut) {
      this.zip = zip;
      this.leftOut = Set.copyOf(leftOut);
    }

    @Override
    public Enumeration<? extends ZipArchiveEntry> getEntries() {
      List<ZipArchiveEntry> kept = new ArrayList<>();
      for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
        if (!leftOut.contains(e.getName())) {
          kept.add(e);
        }
      }
      return Collections.enumeration(kept);
    }

    @Override
    public ZipArchiveEntry getEntry(String path) {
      return leftOut.contains(path) ? null : zip.getEntry(path);
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
      return zip.getInputStream(entry);
    }

    @Override
    public void close() throws IOException {
      zip.close();
    }

    @Override
    public boolean isClosed() {
      return zip.isClosed();
    }
  }
}
