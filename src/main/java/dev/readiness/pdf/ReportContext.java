package dev.readiness.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Section;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.readiness.report.CandidateReport;
import dev.readiness.report.ReportModel;
import dev.readiness.report.Tone;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * What every chapter of one report shares: the document, the fonts, cells and charts, the chapter
 * numbering and the warnings about characters no font can draw. Layout only: every figure and
 * sentence comes from the model.
 */
final class ReportContext {
  static final float TITLE = 18f;
  static final float H1 = 14f;

  /** A chapter that would start in the last third of a page starts on the next one instead. */
  static final float NEW_PAGE_BELOW = 1f / 3;

  final CandidateReport report;
  final ReportModel model;
  final Fonts fonts;
  final Cells cells;
  final Charts charts;
  private final Document doc;
  private final PdfWriter writer;
  private int chapterNumber;
  private final Pagination pages;

  /**
   * The unit of every chapter and section title in the order OpenPDF lays them out; -1 for a quiet
   * one.
   */
  private final java.util.ArrayDeque<Integer> titles = new java.util.ArrayDeque<>();

  ReportContext(
      CandidateReport report, Fonts fonts, Document doc, PdfWriter writer, Pagination pages) {
    this.report = report;
    this.model = report.model();
    this.fonts = fonts;
    this.cells = new Cells(fonts, doc.right() - doc.left());
    this.charts = new Charts(fonts);
    this.doc = doc;
    this.writer = writer;
    this.pages = pages;
    writer.setPageEvent(
        new com.lowagie.text.pdf.PdfPageEventHelper() {
          @Override
          public void onChapter(PdfWriter w, Document d, float position, Paragraph title) {
            titled();
          }

          @Override
          public void onSection(
              PdfWriter w, Document d, float position, int depth, Paragraph title) {
            titled();
          }
        });
  }

  private void titled() {
    Integer unit = titles.poll();
    if (unit != null && unit >= 0) {
      pages.headingOn(unit, writer.getPageNumber());
    }
  }

  /** The warnings about characters no font could draw (see {@link Missing}). */
  List<String> warnings() {
    return fonts.warnings();
  }

  /** A numbered chapter with its bookmark; the caller fills it and hands it to {@link #add}. */
  Chapter chapter(String title) {
    return chapter(title, H1, Palette.ACCENT, title);
  }

  /**
   * A chapter that starts on a new page rather than spill a little onto one, such as the appendix.
   */
  Chapter keptChapter(String title) {
    return chapter(title, H1, Palette.ACCENT, title, true);
  }

  /** A chapter whose visible heading differs from its bookmark, such as page 1's title. */
  Chapter chapter(String heading, float size, Color color, String bookmark) {
    return chapter(heading, size, color, bookmark, false);
  }

  private Chapter chapter(String heading, float size, Color color, String bookmark, boolean kept) {
    fonts.at(bookmark);
    Paragraph p = new Paragraph(fonts.flow(heading, size, true, color));
    p.setSpacingBefore(chapterNumber == 0 ? 0 : 14);
    p.setSpacingAfter(6);
    Chapter c = new Chapter(p, ++chapterNumber);
    c.setNumberDepth(0);
    int unit = pages.heading(true, kept);
    titles.add(unit);
    // short chapters share a page: add() starts a new page only when little of this one is left, or
    // when the heading would be left without what follows it
    c.setTriggerNewPage(pages.breaksBefore(unit));
    c.setBookmarkTitle(bookmark);
    c.setBookmarkOpen(false);
    return c;
  }

  /**
   * Adds a chapter, on a new page when less than {@link #NEW_PAGE_BELOW} of the body is left on
   * this one.
   */
  void add(Chapter c) throws DocumentException {
    float left = writer.getVerticalPosition(true) - doc.bottom();
    if (left < NEW_PAGE_BELOW * (doc.top() - doc.bottom())) {
      doc.newPage();
    }
    doc.add(c);
  }

  /** A section with a visible heading and its bookmark. */
  Section section(Chapter c, String title) {
    fonts.at(title);
    Paragraph p = new Paragraph(fonts.flow(title, 11f, true, Palette.ACCENT));
    p.setSpacingBefore(8);
    p.setSpacingAfter(2);
    int unit = pages.heading(false, false);
    titles.add(unit);
    Section s = c.addSection(p);
    s.setNumberDepth(0);
    s.setBookmarkTitle(title);
    s.setTriggerNewPage(pages.breaksBefore(unit));
    return s;
  }

  /** A section that only marks a bookmark: its visible title is in its table's header rows. */
  Section quiet(Chapter c, String title) {
    fonts.at(title);
    Paragraph p = new Paragraph(fonts.flow(" ", 1f, false, Color.WHITE));
    titles.add(-1);
    Section s = c.addSection(p);
    s.setNumberDepth(0);
    s.setBookmarkTitle(title);
    return s;
  }

  /**
   * Adds a table to a chapter or section, where every table goes through: it records how its rows
   * fall on the pages, and takes the page break the previous pass decided for it (see {@link
   * Pagination}).
   */
  void place(Section to, PdfPTable table) {
    place(to, table, 0);
  }

  /**
   * Adds a table whose last {@code notes} rows are notes under it rather than rows of its own (see
   * {@link Pagination#place(PdfWriter, PdfPTable, boolean, int, java.util.function.Consumer)}).
   */
  void place(Section to, PdfPTable table, int notes) {
    pages.place(writer, table, false, notes, to::add);
  }

  /**
   * Rubric or model text, which may carry a name: shaped for the document's flow (see {@link
   * Fonts#flow}).
   */
  Paragraph para(String text) {
    Paragraph p = new Paragraph(fonts.flow(text, 9f, false, Palette.INK));
    p.setSpacingAfter(4);
    p.setLeading(12f);
    return p;
  }

  Paragraph small(String text) {
    Paragraph p = new Paragraph(fonts.flow(text, 7.5f, false, Palette.MUTED));
    p.setSpacingBefore(2);
    return p;
  }

  /** User text (names, notes): a cell in the direction of its own first letters. */
  PdfPCell userCell(String text) {
    return cells.text(text);
  }

  /** The width of the page's body, between its margins. */
  float bodyWidth() {
    return doc.right() - doc.left();
  }

  Image draw(JFreeChart chart, float width, float height) {
    return charts.draw(writer.getDirectContent(), chart, width, height);
  }

  /** A chart at its own size, centred on the page's width. */
  PdfPTable centered(Image chart) {
    PdfPTable holder = cells.plain(1);
    PdfPCell cell = new PdfPCell(chart, false);
    cell.setBorder(PdfPCell.NO_BORDER);
    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
    holder.addCell(cell);
    return holder;
  }

  /** A status cell: its words on the colour of how it reads, grey when not rated. */
  PdfPCell statusCell(String status, Tone tone) {
    return cells.centered(status, backgroundOrGrey(tone));
  }

  /**
   * The text colour of a status or verdict: green, amber, red, or muted when there is nothing to
   * judge.
   */
  static Color foreground(Tone t) {
    return switch (t) {
      case GOOD -> Palette.READY;
      case FAIR -> Palette.CLOSE;
      case POOR -> Palette.NOT_READY;
      case NONE -> Palette.MUTED;
    };
  }

  /** The background of a cell whose tone the model decided; null leaves it white. */
  static Color background(Tone t) {
    return switch (t) {
      case GOOD -> Palette.READY_BG;
      case FAIR -> Palette.CLOSE_BG;
      case POOR -> Palette.NOT_READY_BG;
      case NONE -> null;
    };
  }

  /** Like {@link #background(Tone)}, but grey for "nothing to judge" (not rated). */
  static Color backgroundOrGrey(Tone t) {
    return t == Tone.NONE ? Palette.UNRATED_BG : background(t);
  }

  /** Filled and empty dots out of the scale's maximum: "●●●○○". */
  String dots(double rating) {
    int filled = (int) Math.floor(rating);
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= report.rubric().scale().max(); i++) {
      sb.append(i <= filled ? '●' : i - 0.5 <= rating ? '◐' : '○');
    }
    return sb.toString();
  }

  static String bullets(List<String> lines, String none) {
    if (lines.isEmpty()) {
      return none;
    }
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      sb.append(sb.length() == 0 ? "" : "\n").append("• ").append(l);
    }
    return sb.toString();
  }
}
