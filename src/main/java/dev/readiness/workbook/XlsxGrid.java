package dev.readiness.workbook;

import dev.readiness.problem.Location;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an .xlsx as a stream of XML events: the workbook's sheet list, the shared strings and the
 * contract's sheets, nothing else. POI opens the package (with its zip-bomb limits) and supplies a
 * parser that refuses document type declarations; no object model of the sheets is built, which was
 * most of a cold report's start-up and most of a batch's memory. A formula saved without its result
 * cannot be read this way: the caller then reads the file with POI's full model, which works
 * formulas out.
 */
final class XlsxGrid {
  /** A formula in a sheet read was saved without its result. */
  static final class NeedsFormulas extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * Every sheet's name, as the workbook lists them: the full model is given only the sheets it
     * reads.
     */
    final transient List<String> names;

    /**
     * The zip entries the full model is not shown: the sheets the reader does not use, and pivot
     * caches.
     */
    final transient Set<String> unread;

    NeedsFormulas(List<String> names, Set<String> unread) {
      super("a formula was saved without its result", null, false, false);
      this.names = List.copyOf(names);
      this.unread = Set.copyOf(unread);
    }
  }

  /**
   * Well-formed XML saying what no spreadsheet app writes: a cell below the last row, a shared
   * string the file lacks, a number that is none. Its message says which, in the tool's own words.
   */
  static final class Impossible extends SAXException {
    private static final long serialVersionUID = 1L;

    /** The cell that cannot be, or null when the damage is not at one cell. */
    @SuppressWarnings("serial") // a record of strings; never serialised
    final Location cell;

    Impossible(String what) {
      super(what);
      this.cell = null;
    }

    /** Damage at one cell: {@code what} says what it holds ("is a number cell that …"). */
    Impossible(Location cell, String what) {
      super(cell.text() + " " + what);
      this.cell = cell;
    }

    /** What the cell holds, without the cell's name (which the problem carries). */
    String atCell() {
      return getMessage().substring(cell.text().length() + 1);
    }
  }

  private XlsxGrid() {}

  /**
   * Refuses, at its largest sheet, a workbook too large for its formulas to be worked out in the
   * memory the tool has (see {@link Grid#MAX_WORKED_CELLS}).
   */
  private static void tooManyToWorkOut(List<Grid.Sheet> sheets) throws Unsupported {
    long cells = sheets.stream().mapToLong(Grid.Sheet::cells).sum();
    if (cells <= Grid.MAX_WORKED_CELLS) {
      return;
    }
    Grid.Sheet largest =
        sheets.stream().max(java.util.Comparator.comparingLong(Grid.Sheet::cells)).orElseThrow();
    throw new Unsupported(
        Location.sheet(largest.name()),
        "the workbook's formulas were saved without their results, and with "
            + String.format(java.util.Locale.ROOT, "%,d", cells)
            + " cells it is too large to work them out (at most "
            + String.format(java.util.Locale.ROOT, "%,d", Grid.MAX_WORKED_CELLS)
            + "); open the file in your spreadsheet app and save it again as .xlsx, which saves"
            + " the results, or delete what the assessment does not need");
  }

  /** The grid of the package's contract sheets. */
  static Grid read(OPCPackage pkg, int keepRows) throws IOException, SAXException, NeedsFormulas {
    PackagePart workbook = related(pkg.getRelationships(), "/officeDocument", pkg, null);
    if (workbook == null) {
      throw new IOException("the package has no workbook part");
    }
    Book book = new Book();
    parse(workbook, book);
    Map<Listed, PackagePart> worksheets = worksheets(workbook, book.sheets);
    List<String> names = worksheets.keySet().stream().map(Listed::name).toList();
    Map<Listed, PackagePart> parts = new LinkedHashMap<>();
    List<PackagePart> unread = new ArrayList<>();
    worksheets.forEach(
        (sheet, part) -> {
          if (part != null && Grid.isRead(sheet.name())) {
            parts.put(sheet, part);
          } else if (part != null) {
            unread.add(part);
          }
        });
    SharedStrings strings = SharedStrings.of(pkg, workbook, parts.values());
    DateStyles dates = DateStyles.of(pkg, workbook);
    List<Grid.Sheet> sheets = new ArrayList<>();
    boolean needsFormulas = false;
    boolean tooLong = false;
    Location isoDate = null;
    for (Map.Entry<Listed, PackagePart> e : parts.entrySet()) {
      Grid.Sheet sheet = new Grid.Sheet(e.getKey().name(), e.getKey().hidden(), keepRows);
      SheetHandler handler = new SheetHandler(sheet, strings, dates, book.date1904);
      parse(e.getValue(), handler);
      needsFormulas |= handler.needsFormulas;
      isoDate = isoDate != null ? isoDate : handler.isoDate;
      tooLong |= sheet.filledRows() > keepRows;
      sheets.add(sheet);
    }
    // a sheet past the row limit is refused anyway: the full model is not worth loading for its
    // formulas
    if (needsFormulas && !tooLong) {
      tooManyToWorkOut(sheets);
      if (isoDate != null) {
        // POI's full model predates ISO date cells (t="d") and refuses a sheet that has one
        throw new Unsupported(
            isoDate,
            "the date is saved in a form (an ISO date cell) that cannot be read in a"
                + " workbook whose formulas were saved without their results; open the file in your spreadsheet app and"
                + " save it again as .xlsx");
      }
      // XSSFRelation is named only here: its class loads some hundred more, which a stream read
      // does not need
      Set<String> leftOut = entries(unread, XSSFRelation.WORKSHEET.getContentType());
      leftOut.addAll(pivotCaches(workbook));
      throw new NeedsFormulas(names, leftOut);
    }
    return new Grid(names, sheets, book.date1904);
  }

  /**
   * A sheet as the workbook lists it: its name, its relationship's id, and whether it is hidden.
   */
  private record Listed(String name, String id, boolean hidden) {}

  /** The workbook part: its sheets in order and its date system. */
  private static final class Book extends DefaultHandler {
    final List<Listed> sheets = new ArrayList<>();
    boolean date1904;

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
      if (local.equals("workbookPr")) {
        String v = atts.getValue("date1904");
        date1904 = "1".equals(v) || "true".equals(v);
      } else if (local.equals("sheet")) {
        String id = null;
        for (int i = 0; i < atts.getLength(); i++) {
          // r:id, in the transitional or the strict relationships namespace
          if (atts.getLocalName(i).equals("id") && !atts.getURI(i).isEmpty()) {
            id = atts.getValue(i);
          }
        }
        String name = atts.getValue("name");
        String state = atts.getValue("state");
        if (name != null && id != null) {
          sheets.add(new Listed(name, id, "hidden".equals(state) || "veryHidden".equals(state)));
        }
      }
    }
  }

  /**
   * The sheets the workbook lists that are worksheets (not chart sheets), in order, with their
   * parts: null where the package lacks one, or where an unread sheet's relationship is broken
   * (only a sheet read must be readable). No spreadsheet app saves two sheets in one part, and the
   * two readings would take it differently: it is refused.
   */
  private static Map<Listed, PackagePart> worksheets(PackagePart workbook, List<Listed> listed)
      throws IOException, SAXException {
    Map<Listed, PackagePart> parts = new LinkedHashMap<>();
    Map<String, String> owners = new HashMap<>();
    for (Listed sheet : listed) {
      PackageRelationship rel = workbook.getRelationship(sheet.id());
      if (rel == null || !rel.getRelationshipType().endsWith("/worksheet")) {
        continue; // a chart sheet, or a sheet the package does not hold
      }
      PackagePart part;
      try {
        part = part(workbook, rel);
      } catch (IOException | RuntimeException e) {
        if (Grid.isRead(sheet.name())) {
          throw e;
        }
        part = null;
      }
      if (part != null) {
        String owner = owners.putIfAbsent(part.getPartName().getName(), sheet.name());
        if (owner != null) {
          throw new Impossible(
              "the sheets \""
                  + owner
                  + "\" and \""
                  + sheet.name()
                  + "\" are saved in one part of"
                  + " the file");
        }
      }
      parts.put(sheet, part);
    }
    return parts;
  }

  /**
   * The zip entries of these parts that are of these content types: a relationship may point at any
   * part, and the workbook's own parts (its shared strings, styles, relationships) must never be
   * left out.
   */
  private static Set<String> entries(Collection<PackagePart> parts, String... contentTypes) {
    Set<String> entries = new HashSet<>();
    for (PackagePart part : parts) {
      if (part instanceof ZipPackagePart zip
          && List.of(contentTypes).contains(part.getContentType())) {
        entries.add(zip.getZipArchive().getName());
      }
    }
    return entries;
  }

  /**
   * The zip entries of the workbook's pivot caches: their definitions and records, which POI's full
   * model parses whole on opening and the grid never needs (real ones are often tens of megabytes).
   */
  private static Set<String> pivotCaches(PackagePart workbook) {
    List<PackagePart> parts = new ArrayList<>();
    try {
      for (PackageRelationship rel : workbook.getRelationships()) {
        if (rel.getRelationshipType().endsWith("/pivotCacheDefinition")) {
          PackagePart definition = workbook.getRelatedPart(rel);
          parts.add(definition);
          for (PackageRelationship records : definition.getRelationships()) {
            if (records.getRelationshipType().endsWith("/pivotCacheRecords")) {
              parts.add(definition.getRelatedPart(records));
            }
          }
        }
      }
    } catch (InvalidFormatException | RuntimeException e) {
      // a broken or missing cache: POI's model judges it
    }
    return entries(
        parts,
        XSSFRelation.PIVOT_CACHE_DEFINITION.getContentType(),
        XSSFRelation.PIVOT_CACHE_RECORDS.getContentType());
  }

  /** The workbook's own part of a relationship type ("/styles"), or null when it has none. */
  static PackagePart workbookPart(OPCPackage pkg, PackagePart workbook, String typeEnd)
      throws IOException {
    try {
      return related(workbook.getRelationships(), typeEnd, pkg, workbook);
    } catch (InvalidFormatException e) {
      throw new IOException("the workbook's relationships are broken", e);
    }
  }

  static PackagePart related(
      Iterable<PackageRelationship> rels, String typeEnd, OPCPackage pkg, PackagePart source)
      throws IOException {
    for (PackageRelationship rel : rels) {
      if (rel.getRelationshipType().endsWith(typeEnd)) {
        return source == null ? pkg.getPart(rel) : part(source, rel);
      }
    }
    return null;
  }

  private static PackagePart part(PackagePart source, PackageRelationship rel) throws IOException {
    try {
      return source.getRelatedPart(rel);
    } catch (InvalidFormatException e) {
      throw new IOException("a relationship of the package is broken", e);
    }
  }

  static void parse(PackagePart part, DefaultHandler handler) throws IOException, SAXException {
    XMLReader reader;
    try {
      reader = XMLHelper.newXMLReader();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no XML parser", e);
    }
    reader.setContentHandler(handler);
    try (InputStream in = part.getInputStream()) {
      reader.parse(new InputSource(in));
    }
  }
}
