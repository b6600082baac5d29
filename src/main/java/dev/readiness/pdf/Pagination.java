package dev.readiness.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPTableEvent;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Where the pages break, decided by laying the document out and looking (the candidate's report,
 * the team summary and the kit all go through it): OpenPDF moves a row that does not fit to the
 * next page, but knows neither headings that must stay with what follows nor tables that must not
 * leave a row or two alone. Each heading and table is a unit, numbered in the order it is laid out;
 * one pass records the page of each heading and how many rows of each table went on each page, and
 * the next pass breaks the page before a unit, or splits a table at a row, where the first rule was
 * broken. Layout is deterministic and the breaks only ever grow, so the passes settle: one more
 * than the mends a report needs (four to six for the samples).
 *
 * <p>The rules: a heading is never the last thing on its page (it goes to the next page with what
 * follows it); a table that continues on another page has at least {@link #MIN_ROWS} rows on each
 * (else it moves whole, or its last rows go over together); a chapter kept together (the appendix)
 * starts on a new page rather than spill.
 */
final class Pagination {
  /** The fewest body rows a piece of a split table may hold. */
  static final int MIN_ROWS = 3;

  /**
   * Enough passes for every sample and persona; a report that still moves after them keeps its last
   * layout.
   */
  static final int MAX_PASSES = 10;

  private final Set<Integer> breakBefore;
  private final Map<Integer, Integer> splitAt;

  // what this pass saw
  private final List<Unit> units = new ArrayList<>();
  private final Map<Integer, Integer> headingPages = new HashMap<>();
  private final Map<Integer, List<Piece>> pieces = new HashMap<>();

  private enum Kind {
    HEADING,
    KEPT_CHAPTER,
    TABLE
  }

  private record Unit(int id, Kind kind, boolean chapter) {}

  /**
   * Part of a table laid out on one page: the page and its body rows (the repeated header rows not
   * counted).
   */
  private record Piece(int page, int rows) {}

  private Pagination(Set<Integer> breakBefore, Map<Integer, Integer> splitAt) {
    this.breakBefore = Set.copyOf(breakBefore);
    this.splitAt = Map.copyOf(splitAt);
  }

  /** The first pass: no breaks of its own. */
  static Pagination first() {
    return new Pagination(Set.of(), Map.of());
  }

  /** One layout of a document with the page breaks given; returns its warnings. */
  interface Layout {
    List<String> lay(OutputStream out, Pagination pages) throws IOException;
  }

  /**
   * Lays a document out until its page breaks settle, and writes only the last layout: the report,
   * the team summary and the kit all break their pages by the same rules.
   */
  static List<String> settle(Layout layout, OutputStream out) throws IOException {
    Pagination pages = first();
    for (int pass = 1; ; pass++) {
      ByteArrayOutputStream laid = new ByteArrayOutputStream();
      List<String> warnings = layout.lay(laid, pages);
      Pagination next = pages.next();
      if (next == null || pass == MAX_PASSES) {
        laid.writeTo(out);
        return warnings;
      }
      pages = next;
    }
  }

  /**
   * Hands a table to {@code to}, where every table goes through: it records how its rows fall on
   * the pages, and takes the page break the previous pass decided for it.
   */
  void place(PdfWriter writer, PdfPTable table, Consumer<PdfPTable> to) {
    place(writer, table, false, to);
  }

  /**
   * As {@link #place(PdfWriter, PdfPTable, Consumer)}; a table {@code kept} together moves whole to
   * the next page when it does not fit on this one, as long as it fits on one.
   */
  void place(PdfWriter writer, PdfPTable table, boolean kept, Consumer<PdfPTable> to) {
    place(writer, table, kept, 0, to);
  }

  /**
   * As {@link #place(PdfWriter, PdfPTable, boolean, Consumer)}, for a table whose last {@code
   * notes} rows are notes under it rather than rows of its own: they go with the rows above them
   * but are not counted, so a piece of the table is never made up of notes alone.
   */
  void place(PdfWriter writer, PdfPTable table, boolean kept, int notes, Consumer<PdfPTable> to) {
    int unit = table();
    // the header rows are reported with the rows, so that only the body rows are counted
    table.setHeadersInEvent(true);
    int rows = table.size() - table.getHeaderRows();
    int[] seen = {0};
    table.setTableEvent(
        new PdfPTableEvent() {
          @Override
          public void tableLayout(
              PdfPTable t,
              float[][] widths,
              float[] heights,
              int headerRows,
              int rowStart,
              PdfContentByte[] canvases) {
            int body = heights.length - 1 - headerRows;
            // OpenPDF lays each piece out as a copy of its rows, so the piece that holds the notes
            // is the one that brings the count to the table's last row
            seen[0] += body;
            piece(unit, writer.getPageNumber(), body - (seen[0] >= rows ? notes : 0));
          }
        });
    // kept together: on a new page unless it fits on this one (and no blank page when it already
    // starts one)
    table.setKeepTogether(kept || breaksBefore(unit));
    int split = splitsAt(unit);
    int head = table.getHeaderRows();
    if (split <= 0 || head + split >= table.size()) {
      to.accept(table);
      return;
    }
    // the rows from the split on go over together as a table of their own, its header repeated;
    // the copy shares the table's events, so it is marked "(continued)" and its rows are counted
    // with the table's
    PdfPTable rest = new PdfPTable(table);
    while (table.size() > head + split) {
      table.deleteRow(table.size() - 1);
    }
    for (int i = 0; i < split; i++) {
      rest.deleteRow(head);
    }
    rest.setKeepTogether(true);
    to.accept(table);
    to.accept(rest);
  }

  /** A heading's unit; {@code kept} for a chapter that should not spill onto a new page. */
  int heading(boolean chapter, boolean kept) {
    int id = units.size();
    units.add(new Unit(id, kept ? Kind.KEPT_CHAPTER : Kind.HEADING, chapter));
    return id;
  }

  int table() {
    int id = units.size();
    units.add(new Unit(id, Kind.TABLE, false));
    return id;
  }

  boolean breaksBefore(int unit) {
    return breakBefore.contains(unit);
  }

  /**
   * The body row (0 is the first after the header rows) before which the table goes on to a new
   * page, or -1.
   */
  int splitsAt(int unit) {
    return splitAt.getOrDefault(unit, -1);
  }

  void headingOn(int unit, int page) {
    headingPages.putIfAbsent(unit, page);
  }

  void piece(int unit, int page, int rows) {
    List<Piece> list = pieces.computeIfAbsent(unit, k -> new ArrayList<>());
    if (!list.isEmpty() && list.get(list.size() - 1).page() == page) {
      // the part of a split table that went on after its own page break
      Piece last = list.remove(list.size() - 1);
      list.add(new Piece(page, last.rows() + rows));
    } else {
      list.add(new Piece(page, rows));
    }
  }

  /**
   * The next pass's plan, or null when this pass broke no rule that a break could mend. Only the
   * first broken rule is mended per pass: a break moves everything after it, so what follows is
   * judged again on the new layout.
   */
  Pagination next() {
    Set<Integer> breaks = new HashSet<>(breakBefore);
    Map<Integer, Integer> splits = new TreeMap<>(splitAt);
    for (Unit u : units) {
      if (u.kind() == Kind.TABLE) {
        mendTable(u.id(), breaks, splits);
      } else {
        mendHeading(u, breaks);
      }
      if (!breaks.equals(breakBefore) || !splits.equals(splitAt)) {
        return new Pagination(breaks, splits);
      }
    }
    return null;
  }

  private void mendTable(int id, Set<Integer> breaks, Map<Integer, Integer> splits) {
    List<Piece> list = pieces.getOrDefault(id, List.of());
    if (list.size() < 2) {
      return;
    }
    int total = list.stream().mapToInt(Piece::rows).sum();
    Piece first = list.get(0);
    Piece last = list.get(list.size() - 1);
    if (first.rows() < MIN_ROWS || total < 2 * MIN_ROWS) {
      // too few rows here, or too few to split at all: the table moves whole, with the heading it
      // follows
      breaks.add(owner(id));
    } else if (last.rows() < MIN_ROWS && !splits.containsKey(id)) {
      splits.put(id, total - MIN_ROWS);
    }
  }

  private void mendHeading(Unit h, Set<Integer> breaks) {
    Integer page = headingPages.get(h.id());
    if (page == null) {
      return;
    }
    // the next table after the heading (paragraphs between it and the table go with the heading)
    int next = h.id() + 1;
    if (next < units.size() && units.get(next).kind() == Kind.TABLE) {
      List<Piece> list = pieces.getOrDefault(next, List.of());
      if (!list.isEmpty() && list.get(0).page() > page) {
        breaks.add(h.id());
        return;
      }
    }
    if (h.kind() == Kind.KEPT_CHAPTER && lastPage(h.id()) > page) {
      breaks.add(h.id());
    }
  }

  /** The last page a chapter's tables reach. */
  private int lastPage(int heading) {
    int last = 0;
    for (int i = heading + 1; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.chapter()) {
        break;
      }
      for (Piece p : pieces.getOrDefault(i, List.of())) {
        last = Math.max(last, p.page());
      }
    }
    return last;
  }

  /** The unit a break before this table goes to: the heading right before it, if there is one. */
  private int owner(int table) {
    int before = table - 1;
    return before >= 0 && units.get(before).kind() != Kind.TABLE ? before : table;
  }
}
