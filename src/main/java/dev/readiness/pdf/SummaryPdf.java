package dev.readiness.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.readiness.report.TeamSummary;
import dev.readiness.rubric.Part;
import dev.readiness.rubric.Rubric;
import dev.readiness.text.Names;
import dev.readiness.text.Numbers;
import dev.readiness.text.Plural;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The team summary for a manager: per target role, a bar chart of the candidates' indexes against
 * the verdict thresholds, then a heat map (candidates down, parts across, coloured by each part's
 * status). It lays out what the team summary's view says.
 */
public final class SummaryPdf {
  /** The heat map's header size: sixteen columns fill a landscape page. */
  private static final float HEADER_SIZE = 7.5f;

  /**
   * A role with at most this many candidates has its chart and table on one page (they fit on one).
   */
  private static final int KEPT_WHOLE = 5;

  /** A role's chart on a landscape A4 page; a narrower page gets the width of its body. */
  private static final float CHART_WIDTH = 740;

  /**
   * The longest word of a name that widens the heat map's first column: a longer one is cut in its
   * cell (as it must be) rather than squeeze every other column until its dates and figures break.
   */
  private static final int NAME_WORD = 12;

  /** The candidates' labels beside the bars, measured and drawn at this size. */
  private static final float LABEL_SIZE = 7f;

  private Fonts fonts = Fonts.get();
  private Charts charts = new Charts(fonts);
  private Cells cells;
  private Pagination pages = Pagination.first();
  private PdfWriter writer;
  private final Rubric rubric;
  private final String paper;

  public SummaryPdf(Rubric rubric, String paper) {
    this.rubric = rubric;
    this.paper = paper;
  }

  /**
   * Writes the summary; returns warnings about characters no embedded font can draw. It is laid out
   * until its page breaks settle, as a report is (see {@link Pagination}).
   */
  public List<String> render(TeamSummary s, OutputStream out) throws IOException {
    return Pagination.settle((laid, passes) -> renderOnce(s, laid, passes), out);
  }

  private List<String> renderOnce(TeamSummary s, OutputStream out, Pagination passes)
      throws IOException {
    Rectangle portrait = "letter".equals(paper) ? PageSize.LETTER : PageSize.A4;
    // landscape by its own width and height, not a portrait page turned by a /Rotate entry: the
    // page reads the same, and its content is laid out in the coordinates a reader's tools see
    Rectangle size = new Rectangle(portrait.getHeight(), portrait.getWidth());
    Document doc = new Document(size, 36, 36, 54, 44);
    fonts = Fonts.get().forDocument(s.rows().stream().map(TeamSummary.Row::candidate).toList());
    charts = new Charts(fonts);
    cells = new Cells(fonts, doc.right() - doc.left());
    pages = passes;
    try {
      writer = PdfWriter.getInstance(doc, out);
      writer.setPageEvent(new PageDecorator(fonts, s.runningHead(), rubric.title()));
      doc.addTitle("Team readiness summary");
      doc.addSubject(rubric.title() + ": " + Plural.count(s.rows().size(), "candidate"));
      Accessible.prepare(writer, doc, "");
      doc.open();
      if (s.asOf() != null) {
        // dated by the newest assessment, not the clock, so that two runs give the same document
        PdfReport.stamp(writer, s.asOf());
      }
      Accessible.metadata(writer);
      doc.add(body(s, doc.right() - doc.left()));
      doc.close();
      return fonts.warnings();
    } catch (com.lowagie.text.ExceptionConverter e) {
      throw PdfReport.unwrap(e);
    } catch (DocumentException e) {
      throw PdfReport.layout(e);
    }
  }

  /**
   * The one chapter: the title, the intro and what it was made from, each role's chart and heat
   * map, the failures.
   */
  private Chapter body(TeamSummary s, float width) {
    Paragraph title = new Paragraph(fonts.flow(s.title(), 16f, true, Palette.ACCENT));
    Chapter c = new Chapter(title, 1);
    c.setNumberDepth(0);
    c.setBookmarkTitle("Team readiness summary");
    c.add(new Paragraph(fonts.flow(s.intro(), 8.5f, false, java.awt.Color.BLACK)));
    // under the intro, not at the end: a last line of its own could fall alone on a last page
    c.add(new Paragraph(fonts.flow(s.provenance(), 7.5f, false, Palette.MUTED)));
    for (Map.Entry<String, List<TeamSummary.Row>> group : s.byRole().entrySet()) {
      role(c, s, group.getKey(), group.getValue(), Math.min(CHART_WIDTH, width - 12));
    }
    if (!s.failures().isEmpty()) {
      failures(c, s);
    }
    return c;
  }

  /**
   * One role's chart and heat map, the chart kept whole under its heading and the heat map placed
   * by the pagination rules under a heading of its own, repeated on every page it goes on to.
   */
  private void role(
      Chapter c, TeamSummary s, String role, List<TeamSummary.Row> rows, float chartWidth) {
    PdfPTable chart = chart(s, role, rows, chartWidth);
    if (rows.size() <= KEPT_WHOLE) {
      // a small role's chart and table go on one page together, rather than leave a row or two
      // behind
      PdfPCell table = new PdfPCell(heatMap(s, rows, null));
      table.setBorder(PdfPCell.NO_BORDER);
      table.setPadding(0);
      chart.addCell(table);
      pages.place(writer, chart, true, c::add);
    } else {
      pages.place(writer, chart, true, c::add);
      pages.place(writer, heatMap(s, rows, TeamSummary.tableHeading(role)), c::add);
    }
  }

  private void failures(Chapter c, TeamSummary s) {
    c.add(
        new Paragraph(
            fonts.flow(
                Plural.count(s.failures().size(), "file") + " could not be used:",
                10f,
                true,
                Palette.NOT_READY)));
    PdfPTable f = cells.table(3f, 7f);
    cells.header(f, "File", "Reason");
    for (TeamSummary.Failure x : s.failures()) {
      f.addCell(cells.text(x.file()));
      f.addCell(cells.text(x.reason()));
    }
    pages.place(writer, f, c::add);
  }

  /**
   * One role's candidates: each index as a bar in its verdict's colour, labelled, with the
   * thresholds as lines.
   */
  private PdfPTable chart(TeamSummary s, String role, List<TeamSummary.Row> rows, float width) {
    List<Double> values = new ArrayList<>();
    List<java.awt.Color> colors = new ArrayList<>();
    List<String> valueLabels = new ArrayList<>();
    for (TeamSummary.Row r : rows) {
      values.add(r.readinessIndex() == null ? 0 : r.readinessIndex());
      colors.add(ReportContext.foreground(r.verdictTone()));
      valueLabels.add(TeamSummary.barLabel(r));
    }
    List<Charts.Marker> markers =
        s.thresholds().stream()
            .map(t -> new Charts.Marker(t.index(), t.label(), ReportContext.foreground(t.tone())))
            .toList();
    float height = 44 + VerdictBars.LABEL_ROOM + VerdictBars.ROW * rows.size();
    PdfPTable holder = cells.headed(TeamSummary.roleHeading(role, rows.size()), null, 1f);
    BarLabels measure = new BarLabels(fonts, LABEL_SIZE);
    List<String> labels =
        rows.stream()
            .map(r -> measure.label(r.candidate(), r.candidateId(), width * BarLabels.MAX_SHARE))
            .toList();
    org.jfree.chart.JFreeChart chart =
        VerdictBars.chart(charts, fonts, labels, values, colors, valueLabels, markers);
    // the label area as wide as the widest label as drawn, each label where it is drawn (see
    // MeasuredLabelAxis)
    org.jfree.chart.plot.CategoryPlot plot = chart.getCategoryPlot();
    MeasuredLabelAxis axis = new MeasuredLabelAxis(plot.getDomainAxis(), measure);
    axis.setTickLabelFont(fonts.chartFont(LABEL_SIZE));
    plot.setDomainAxis(axis);
    PdfPCell cell =
        new PdfPCell(charts.draw(writer.getDirectContent(), chart, width, height), false);
    cell.setBorder(PdfPCell.NO_BORDER);
    holder.addCell(cell);
    return holder;
  }

  /** The heat map, under {@code heading} (repeated on every page it goes on to) unless null. */
  private PdfPTable heatMap(TeamSummary s, List<TeamSummary.Row> rows, String heading) {
    List<Part> parts = rubric.parts();
    float[] fixed = {2.2f, 0.7f, 1.2f, 0.7f, 0.7f, 0.9f, 0.7f, 1.2f, 1.2f, 1.0f};
    float[] widths = new float[fixed.length + parts.size()];
    System.arraycopy(fixed, 0, widths, 0, fixed.length);
    for (int i = 0; i < parts.size(); i++) {
      widths[fixed.length + i] = 1.1f;
    }
    PdfPTable t = heading == null ? cells.table(widths) : cells.headed(heading, null, widths);
    List<String> header =
        new ArrayList<>(
            List.of(
                "Candidate",
                "Rater",
                "Latest",
                "Index",
                "Change",
                "Verdict",
                "Not rated",
                "Best fit now",
                "Interview",
                "On track?"));
    parts.forEach(p -> header.add(Charts.shortLabel(p.id(), p.title())));
    List<List<String>> columns = new ArrayList<>();
    header.forEach(h -> columns.add(new ArrayList<>(List.of(h))));
    for (TeamSummary.Row r : rows) {
      columns.get(0).add(measured(name(r)));
      columns.get(1).add(r.raterRole().label());
      columns.get(2).add(r.date().toString());
      // a number cell pads more on the right than fit() allows for: measured one digit longer,
      // "100.0" stays whole
      columns.get(3).add(Numbers.index(r.readinessIndex()) + "0");
      columns.get(4).add(Numbers.signed(r.indexChange(), 1) + "0");
      columns.get(5).add(r.verdictLabel());
      columns.get(6).add(r.unratedCell());
      columns.get(7).add(s.bestFitText(r));
      columns.get(8).add(TeamSummary.interviewText(r));
      columns.get(9).add(TeamSummary.onTrackText(r));
      for (int i = 0; i < parts.size(); i++) {
        columns.get(fixed.length + i).add(Numbers.percent(r.coverage().get(parts.get(i).id())));
      }
    }
    cells.fit(t, HEADER_SIZE, Cells.BODY, columns);
    for (String h : header) {
      PdfPCell cell = cells.cell(fonts.phrase(h, HEADER_SIZE, true, Palette.INK));
      cell.setBackgroundColor(Palette.HEADER_BG);
      t.addCell(cell);
    }
    t.setHeaderRows(t.size());
    rows.forEach(r -> row(t, s, r, parts));
    return t;
  }

  private void row(PdfPTable t, TeamSummary s, TeamSummary.Row r, List<Part> parts) {
    // the ID on a line of its own, so that a narrow column never breaks it at its hyphen ("(C-" /
    // "1002)")
    String name = r.candidate() + (r.candidateId() == null ? "" : "\n(" + r.candidateId() + ")");
    t.addCell(cells.text(name));
    t.addCell(cells.centered(r.raterRole().label(), null));
    t.addCell(cells.centered(r.date().toString(), null));
    t.addCell(cells.number(Numbers.index(r.readinessIndex()), null));
    t.addCell(cells.number(Numbers.signed(r.indexChange(), 1), null));
    t.addCell(cells.centered(r.verdictLabel(), ReportContext.background(r.verdictTone())));
    t.addCell(cells.centered(r.unratedCell(), ReportContext.background(r.unratedTone())));
    t.addCell(cells.centered(s.bestFitText(r), ReportContext.background(r.bestFitTone())));
    t.addCell(cells.centered(TeamSummary.interviewText(r), null));
    t.addCell(
        cells.centered(TeamSummary.onTrackText(r), ReportContext.background(r.projectedTone())));
    for (Part p : parts) {
      t.addCell(
          cells.centered(
              Numbers.percent(r.coverage().get(p.id())),
              ReportContext.background(r.partTone(p.id()))));
    }
  }

  /** The name as the first column's width is measured: no word longer than {@link #NAME_WORD}. */
  private static String measured(String name) {
    StringBuilder sb = new StringBuilder();
    for (String word : name.split(" ")) {
      int[] points = word.codePoints().limit(NAME_WORD).toArray();
      sb.append(sb.length() == 0 ? "" : " ").append(new String(points, 0, points.length));
    }
    return sb.toString();
  }

  /** "Zoë Łukasiewicz (C-1003)". */
  private static String name(TeamSummary.Row r) {
    return Names.withId(r.candidate(), r.candidateId());
  }
}
