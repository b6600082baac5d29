package dev.readiness.workbook;

import dev.readiness.problem.Location;
import dev.readiness.text.Visible;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
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
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an .xlsx as a stream of XML events: the workbook's sheet list, the shared strings and the contract's sheets,
 * nothing else. POI opens the package (with its zip-bomb limits) and supplies a parser that refuses document type
 * declarations; no object model of the sheets is built, which was most of a cold report's start-up and most of a
 * batch's memory. A formula saved without its result cannot be read this way: the caller then reads the file with
 * POI's full model, which works formulas out.
 */
final class XlsxGrid {
  /** A formula in a sheet read was saved without its result. */
  static final class NeedsFormulas extends Exception {
    private static final long serialVersionUID = 1L;
    /** Every sheet's name, as the workbook lists them: the full model is given only the sheets it reads. */
    final transient List<String> names;
    /** The zip entries the full model is not shown: the sheets the reader does not use, and pivot caches. */
    final transient Set<String> unread;

    NeedsFormulas(List<String> names, Set<String> unread) {
      super("a formula was saved without its result", null, false, false);
      this.names = List.copyOf(names);
      this.unread = Set.copyOf(unread);
    }
  }

  /**
   * Well-formed XML saying what no spreadsheet app writes: a cell below the last row, a shared string the file
   * lacks, a number that is none. Its message says which, in the tool's own words.
   */
  static final class Impossible extends SAXException {
    private static final long serialVersionUID = 1L;

    Impossible(String what) {
      super(what);
    }
  }

  /**
   * Shared strings up to this size are all kept: a filled workbook's are some 30 KB. A larger part is mostly the
   * text of the user's own sheets, so only the strings the sheets read use are kept.
   */
  static final long ALL_STRINGS_BYTES = 1L << 20;

  /** The columns a sheet can have (A to XFD), in every spreadsheet app. */
  private static final int MAX_SHEET_COLUMNS = 16_384;

  private XlsxGrid() {}

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
    worksheets.forEach((sheet, part) -> {
      if (part != null && Grid.isRead(sheet.name())) {
        parts.put(sheet, part);
      } else if (part != null) {
        unread.add(part);
      }
    });
    SharedStrings strings = sharedStrings(pkg, workbook, parts.values());
    List<Grid.Sheet> sheets = new ArrayList<>();
    boolean needsFormulas = false;
    boolean tooLong = false;
    Location isoDate = null;
    for (Map.Entry<Listed, PackagePart> e : parts.entrySet()) {
      Grid.Sheet sheet = new Grid.Sheet(e.getKey().name(), e.getKey().hidden(), keepRows);
      SheetHandler handler = new SheetHandler(sheet, strings, book.date1904);
      parse(e.getValue(), handler);
      needsFormulas |= handler.needsFormulas;
      isoDate = isoDate != null ? isoDate : handler.isoDate;
      tooLong |= sheet.filledRows() > keepRows;
      sheets.add(sheet);
    }
    // a sheet past the row limit is refused anyway: the full model is not worth loading for its formulas
    if (needsFormulas && !tooLong) {
      if (isoDate != null) {
        // POI's full model predates ISO date cells (t="d") and refuses a sheet that has one
        throw new Unsupported(isoDate, "the date is saved in a form (an ISO date cell) that cannot be read in a"
            + " workbook whose formulas were saved without their results; open the file in your spreadsheet app and"
            + " save it again as .xlsx");
      }
      // XSSFRelation is named only here: its class loads some hundred more, which a stream read does not need
      Set<String> leftOut = entries(unread, XSSFRelation.WORKSHEET.getContentType());
      leftOut.addAll(pivotCaches(workbook));
      throw new NeedsFormulas(names, leftOut);
    }
    return new Grid(names, sheets, book.date1904);
  }

  /** A sheet as the workbook lists it: its name, its relationship's id, and whether it is hidden. */
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

  /** The workbook's shared strings: past their size bound, only those the sheets read use are kept. */
  private static SharedStrings sharedStrings(OPCPackage pkg, PackagePart workbook, Collection<PackagePart> sheets)
      throws IOException, SAXException {
    PackagePart part;
    try {
      part = related(workbook.getRelationships(), "/sharedStrings", pkg, workbook);
    } catch (InvalidFormatException e) {
      throw new IOException("the workbook's relationships are broken", e);
    }
    boolean all = part == null || part.getSize() >= 0 && part.getSize() <= ALL_STRINGS_BYTES;
    return SharedStrings.read(part, all ? null : used(sheets));
  }

  /**
   * The sheets the workbook lists that are worksheets (not chart sheets), in order, with their parts: null where the
   * package lacks one, or where an unread sheet's relationship is broken (only a sheet read must be readable). No
   * spreadsheet app saves two sheets in one part, and the two readings would take it differently: it is refused.
   */
  private static Map<Listed, PackagePart> worksheets(PackagePart workbook, List<Listed> listed) throws IOException,
      SAXException {
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
          throw new Impossible("the sheets \"" + owner + "\" and \"" + sheet.name() + "\" are saved in one part of"
              + " the file");
        }
      }
      parts.put(sheet, part);
    }
    return parts;
  }

  /**
   * The zip entries of these parts that are of these content types: a relationship may point at any part, and the
   * workbook's own parts (its shared strings, styles, relationships) must never be left out.
   */
  private static Set<String> entries(Collection<PackagePart> parts, String... contentTypes) {
    Set<String> entries = new HashSet<>();
    for (PackagePart part : parts) {
      if (part instanceof ZipPackagePart zip && List.of(contentTypes).contains(part.getContentType())) {
        entries.add(zip.getZipArchive().getName());
      }
    }
    return entries;
  }

  /**
   * The zip entries of the workbook's pivot caches: their definitions and records, which POI's full model parses
   * whole on opening and the grid never needs (real ones are often tens of megabytes).
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
    return entries(parts, XSSFRelation.PIVOT_CACHE_DEFINITION.getContentType(),
        XSSFRelation.PIVOT_CACHE_RECORDS.getContentType());
  }

  /** A shared string's index as a cell saves it, or -1 when it is none. */
  private static int sharedIndex(String saved) {
    try {
      return Integer.parseInt(saved.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static PackagePart related(Iterable<PackageRelationship> rels, String typeEnd, OPCPackage pkg,
      PackagePart source) throws IOException {
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

  /**
   * Appends to a cell's text as saved no further than is needed to hold one character past the most a cell holds
   * (each may be saved as an escape such as "_x000D_"), so that the grid still sees it is too long, and says so,
   * but a crafted cell of millions of characters is never held.
   */
  private static void appendUpTo(StringBuilder text, char[] ch, int start, int length) {
    int room = ESCAPE_CHARS * (Grid.MAX_CELL_CHARS + 1) - text.length();
    if (room > 0) {
      text.append(ch, start, Math.min(length, room));
    }
  }

  /** The length of Excel's escape of one character ("_x000D_"). */
  private static final int ESCAPE_CHARS = 7;

  /** Excel's escape of characters XML cannot hold: "_x000D_" is a carriage return. */
  static String unescape(String text) {
    if (text.indexOf("_x") < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      if (i + ESCAPE_CHARS <= text.length() && text.startsWith("_x", i) && text.charAt(i + ESCAPE_CHARS - 1) == '_'
          && text.substring(i + 2, i + ESCAPE_CHARS - 1).chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
        out.append((char) Integer.parseInt(text.substring(i + 2, i + ESCAPE_CHARS - 1), 16));
        i += ESCAPE_CHARS;
      } else {
        out.append(text.charAt(i++));
      }
    }
    return out.toString();
  }

  /** The text of a rich string (an {@code si} or {@code is} element): its runs, without phonetic guides. */
  private static final class RichText {
    private final StringBuilder text = new StringBuilder();
    private boolean inT;
    private int phonetic;

    void start(String local) {
      if (local.equals("rPh")) {
        phonetic++;
      } else if (local.equals("t") && phonetic == 0) {
        inT = true;
      }
    }

    void end(String local) {
      if (local.equals("rPh")) {
        phonetic--;
      } else if (local.equals("t")) {
        inT = false;
      }
    }

    void characters(char[] ch, int start, int length) {
      if (inT) {
        appendUpTo(text, ch, start, length);
      }
    }

    String take() {
      String s = unescape(text.toString());
      text.setLength(0);
      return s;
    }
  }

  /**
   * The indices of the shared strings these sheets' cells use. A shared strings part within the size bound on a
   * zip entry cannot hold more strings than that size over the shortest ({@code <si/>}), so a larger index is no
   * string's and is left to the sheet's own reading to name.
   */
  private static BitSet used(Iterable<PackagePart> sheets) throws IOException, SAXException {
    BitSet used = new BitSet();
    long most = ZipSecureFile.getMaxEntrySize() / "<si/>".length();
    DefaultHandler handler = new DefaultHandler() {
      private final CellContent content = new CellContent();

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
          int i = sharedIndex(content.value());
          if (i >= 0 && i < most) {
            used.set(i);
          }
        }
      }
    };
    for (PackagePart sheet : sheets) {
      parse(sheet, handler);
    }
    return used;
  }

  /** The shared strings part: the text of every {@code si}, or of those whose indices are asked for. */
  private static final class SharedStrings extends DefaultHandler {
    private final BitSet wanted;
    private final List<String> all = new ArrayList<>();
    private final Map<Integer, String> some = new HashMap<>();
    private final RichText text = new RichText();
    private int count;

    private SharedStrings(BitSet wanted) {
      this.wanted = wanted;
    }

    /** The part's strings (none without a part); only those {@code wanted}, unless that is null. */
    static SharedStrings read(PackagePart part, BitSet wanted) throws IOException, SAXException {
      SharedStrings strings = new SharedStrings(wanted);
      if (part != null) {
        parse(part, strings);
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

  /**
   * What one cell ({@code c} element) saves: its type, whether it holds a formula, and its value as text, from its
   * {@code v} elements or its inline string. The one reading of a cell's value, for the sheet and for the shared
   * strings it uses alike.
   */
  private static final class CellContent {
    private final StringBuilder value = new StringBuilder();
    private final RichText inline = new RichText();
    String type;
    boolean formula;
    boolean hasValue;
    private boolean inValue;
    private boolean inInline;

    void start(String local, Attributes atts) {
      switch (local) {
        case "c" -> {
          type = atts.getValue("t");
          formula = false;
          hasValue = false;
          value.setLength(0);
        }
        case "f" -> formula = true;
        case "v" -> {
          inValue = true;
          hasValue = true;
        }
        case "is" -> inInline = true;
        default -> {
          if (inInline) {
            inline.start(local);
          }
        }
      }
    }

    void end(String local) {
      switch (local) {
        case "v" -> inValue = false;
        case "is" -> {
          inInline = false;
          hasValue = true;
          value.setLength(0);
          value.append(inline.take());
        }
        default -> {
          if (inInline) {
            inline.end(local);
          }
        }
      }
    }

    void characters(char[] ch, int start, int length) {
      if (inValue) {
        appendUpTo(value, ch, start, length);
      } else if (inInline) {
        inline.characters(ch, start, length);
      }
    }

    String value() {
      return value.toString();
    }
  }

  /** One worksheet's cells ({@code c} elements: type, formula, value or inline string). */
  private static final class SheetHandler extends DefaultHandler {
    private final Grid.Sheet sheet;
    private final SharedStrings strings;
    private final boolean date1904;
    private final CellContent content = new CellContent();
    boolean needsFormulas;
    /** The first cell holding an ISO date ({@code t="d"}), or null. */
    Location isoDate;
    private int row = -1;
    private int col = -1;
    /** The row its element numbers ({@code <row r="5">}), or -1 when it gives none. */
    private int numberedRow = -1;

    SheetHandler(Grid.Sheet sheet, SharedStrings strings, boolean date1904) {
      this.sheet = sheet;
      this.strings = strings;
      this.date1904 = date1904;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
      switch (local) {
        case "row" -> {
          String r = atts.getValue("r");
          row = r == null ? row + 1 : rowNumber(r) - 1;
          numberedRow = r == null ? -1 : row;
          if (row < 0 || row >= Grid.MAX_SHEET_ROWS) {
            throw new Impossible(sheet.name() + " has a row numbered " + (r == null ? row + 1 : shown(r))
                + ", where a sheet's rows are numbered 1 to " + String.format(java.util.Locale.ROOT, "%,d", Grid.MAX_SHEET_ROWS));
          }
          col = -1;
        }
        case "c" -> {
          String r = atts.getValue("r");
          if (r == null) {
            col++;
          } else {
            CellReference ref = reference(r);
            row = ref.getRow();
            col = ref.getCol();
          }
          if (row < 0 || col < 0 || col >= MAX_SHEET_COLUMNS) {
            throw new Impossible(sheet.name() + " has a cell whose position (\"" + (r == null ? "" : shown(r))
                + "\") is not a cell reference");
          }
          if (row >= Grid.MAX_SHEET_ROWS) {
            throw new Impossible(sheet.name() + " has a cell (" + shown(r) + ") below the last row a sheet can have");
          }
          if (numberedRow >= 0 && row != numberedRow) {
            // POI's full model would put it in the row, a spreadsheet app in the cell's own: neither is safe
            throw new Impossible(sheet.name() + " has a cell (" + shown(r) + ") saved inside row " + (numberedRow + 1)
                + ", so it is unclear which row it belongs to");
          }
          content.start(local, atts);
        }
        default -> content.start(local, atts);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      if (local.equals("c")) {
        cell();
      } else {
        content.end(local);
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      content.characters(ch, start, length);
    }

    private void cell() throws SAXException {
      String v = content.value();
      String type = content.type;
      boolean formula = content.formula;
      boolean hasValue = content.hasValue;
      // openpyxl writes a formula with an empty value, others with none: either way there is no saved result (only
      // a text result may be empty)
      if (formula && (!hasValue || (v.isEmpty() && !"str".equals(type) && !"inlineStr".equals(type)))) {
        needsFormulas = true;
        return;
      }
      if (!hasValue) {
        return;
      }
      Grid.Value cell;
      switch (type == null ? "n" : type) {
        case "s" -> {
          String text = strings.get(sharedIndex(v));
          if (text == null) {
            throw new Impossible(where().text() + " refers to text the workbook does not hold");
          }
          cell = Grid.Value.text(text, formula);
        }
        case "inlineStr" -> cell = Grid.Value.text(v, formula);
        case "str" -> cell = Grid.Value.text(unescape(v), formula);
        case "b" -> cell = Grid.Value.bool(v.strip().equals("1"), formula);
        case "e" -> {
          // every error a spreadsheet shows starts with "#": #DIV/0!, #N/A, #VALUE! …
          if (!v.strip().startsWith("#")) {
            throw new Impossible(where().text() + " is an error cell that holds no error (\"" + shown(v.strip()) + "\")");
          }
          cell = Grid.Value.error(v.strip(), formula);
        }
        case "d" -> {
          cell = isoDate(v.strip(), date1904, formula);
          isoDate = isoDate != null ? isoDate : where();
        }
        case "n" -> {
          if (v.isBlank()) {
            return;
          }
          try {
            cell = Grid.Value.number(Double.parseDouble(v.strip()), formula);
          } catch (NumberFormatException e) {
            throw new Impossible(where().text() + " is a number cell that holds no number");
          }
        }
        default -> throw new Impossible(where().text() + " is of a kind no spreadsheet app writes");
      }
      sheet.put(row, col, cell);
    }

    /** A date saved as ISO 8601 text (Excel's "strict" dates): read as the date serial a date cell holds. */
    private static Grid.Value isoDate(String text, boolean date1904, boolean formula) {
      try {
        // the shapes writers use: a date, a date and time (with "T" or a space), with or without a zone ("Z",
        // "+05:00"), whose clock time is kept as written
        String iso = text.replace(' ', 'T');
        java.time.LocalDateTime t = !iso.contains("T") ? java.time.LocalDate.parse(iso).atStartOfDay()
            : iso.matches(".*T.*([Zz]|[+-]\\d\\d:?\\d\\d)$") ? java.time.OffsetDateTime.parse(iso.replace('z', 'Z'))
                .toLocalDateTime() : java.time.LocalDateTime.parse(iso);
        return Grid.Value.date(t, date1904, formula);
      } catch (java.time.format.DateTimeParseException e) {
        return Grid.Value.text(text, formula);
      }
    }

    /** A value for a message: control characters made visible, and cut short (a crafted file may hold a long one). */
    private static String shown(String text) {
      return Visible.of(text.length() > 20 ? text.substring(0, 20) + "…" : text);
    }

    /** "Topics!E5": the cell being read. */
    private Location where() {
      return Cells.where(sheet.name(), row, col);
    }

    /** A row's number as the file gives it (from 1). */
    private int rowNumber(String text) throws SAXException {
      try {
        int i = Integer.parseInt(text);
        if (i < 0) {
          throw new NumberFormatException();
        }
        return i;
      } catch (NumberFormatException e) {
        throw new Impossible(sheet.name() + " has a row number that is not a number (\"" + shown(text) + "\")");
      }
    }

    private CellReference reference(String r) throws SAXException {
      try {
        return new CellReference(r);
      } catch (RuntimeException e) {
        throw new Impossible(sheet.name() + " has a cell whose position (\"" + shown(r) + "\") is not a cell"
            + " reference");
      }
    }
  }
}
