package dev.readiness.workbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared strings part: the text of every {@code si}, or, past a size bound, of those
 * whose indices the sheets read use.
 */
final class SharedStrings extends DefaultHandler {
  /**
   * Shared strings up to this size are all kept: a filled workbook's are some 30 KB. A larger part
   * is mostly the text of the user's own sheets, so only the strings the sheets read use are kept.
   */
  static final long ALL_STRINGS_BYTES = 1L << 20;

  /**
   * The workbook's shared strings: past their size bound, only those the sheets read use are kept.
   */
  static SharedStrings of(OPCPackage pkg, PackagePart workbook, Collection<PackagePart> sheets)
      throws IOException, SAXException {
    PackagePart part = XlsxGrid.workbookPart(pkg, workbook, "/sharedStrings");
    boolean all = part == null || (part.getSize() >= 0 && part.getSize() <= ALL_STRINGS_BYTES);
    return SharedStrings.read(part, all ? null : used(sheets));
  }

  /**
   * The indices of the shared strings these sheets' cells use. A shared strings part within the
   * size bound on a zip entry cannot hold more strings than that size over the shortest ({@code
   * <si/>}), so a larger index is no string's and is left to the sheet's own reading to name.
   */
  private static BitSet used(Iterable<PackagePart> sheets) throws IOException, SAXException {
    BitSet used = new BitSet();
    long most = ZipSecureFile.getMaxEntrySize() / "<si/>".length();
    DefaultHandler handler =
        new DefaultHandler() {
          private final XlsxText.CellContent content = new XlsxText.CellContent();

          @Override
          public void startElement(String uri, String local, String qName, Attributes atts) {
            content.start(local, atts);
          }

          @Override
          public void characters(char[] ch, int start, int length) {
            content.characters(ch, start, length);
          }

          @Override
          public void endElement(String uri, String local, String qName) {
            if (!local.equals("c")) {
              content.end(local);
            } else if ("s".equals(content.type) && content.hasValue) {
              int i = XlsxText.index(content.value());
              if (i >= 0 && i < most) {
                used.set(i);
              }
            }
          }
        };
    for (PackagePart sheet : sheets) {
      XlsxGrid.parse(sheet, handler);
    }
    return used;
  }

  private final BitSet wanted;
  private final List<String> all = new ArrayList<>();
  private final Map<Integer, String> some = new HashMap<>();
  private final XlsxText.RichText text = new XlsxText.RichText();
  private int count;

  private SharedStrings(BitSet wanted) {
    this.wanted = wanted;
  }

  /** The part's strings (none without a part); only those {@code wanted}, unless that is null. */
  static SharedStrings read(PackagePart part, BitSet wanted) throws IOException, SAXException {
    SharedStrings strings = new SharedStrings(wanted);
    if (part != null) {
      XlsxGrid.parse(part, strings);
    }
    return strings;
  }

  /** How many strings the part holds, kept or not. */
  int size() {
    return count;
  }

  /** The string at this index, or null when the part holds none there (or it was not asked for). */
  String get(int i) {
    if (i < 0 || i >= count) {
      return null;
    }
    return wanted == null ? all.get(i) : some.get(i);
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts) {
    text.start(local);
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    text.end(local);
    if (local.equals("si")) {
      String si = text.take();
      if (wanted == null) {
        all.add(si);
      } else if (wanted.get(count)) {
        some.put(count, si);
      }
      count++;
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    text.characters(ch, start, length);
  }
}
