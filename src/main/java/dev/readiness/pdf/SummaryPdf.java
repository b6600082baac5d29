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
import dev.readiness.report.Tone;
import dev.readiness.rubric.Part;
import dev.readiness.rubric.Rubric;
import dev.readiness.text.Numbers;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The team summary for a manager: each candidate's index against the verdict thresholds, then one heat map per
 * target role (candidates down, parts across, coloured by each part's status).
 */
public final class SummaryPdf {
  private final Fonts fonts = Fonts.get();
  private final Charts charts = new Charts(fonts);
  private Cells cells;
  private final Rubric rubric;
  private final String paper;

  public SummaryPdf(Rubric rubric, String paper) {
    this.rubric = rubric;
    this.paper = paper;
  }

  public List<String> render(TeamSummary s, OutputStream out) throws IOException {
    Rectangle size = ("letter".equals(paper) ? PageSize.LETTER : PageSize.A4).rotate();
    Document doc = new Document(size, 36, 36, 54, 44);
    cells = new Cells(fonts, doc.right() - doc.left());
    List<String> warnings = new ArrayList<>();
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      String asOf = s.asOf() == null ? "" : " · as of " + s.asOf();
      writer.setPageEvent(new PageDecorator(fonts, "Team readiness summary · " + s.rows().size() + " candidates"
          + asOf, rubric.title()));
      doc.addTitle("Team readiness summary");
      doc.addSubject(rubric.title() + ": " + s.rows().size() + " candidates");
      doc.addCreator("readiness");
      doc.open();
      Paragraph title = new Paragraph(fonts.phrase("Team readiness summary" + (s.asOf() == null ? ""
          : ", as of " + s.asOf()), 16f, true, Palette.ACCENT));
      Chapter c = new Chapter(title, 1);
      c.setNumberDepth(0);
      c.setBookmarkTitle("Team readiness summary");
      c.add(new Paragraph(fonts.phrase("Each row is a candidate's latest assessment, grouped by the role it was"
          + " scored against: indexes against different roles are not comparable. " + s.legend() + " Change is the"
          + " readiness index since the candidate's previous assessment; \"as of\" is the newest assessment in this"
          + " run.", 8.5f)));
      if (!s.rows().isEmpty()) {
        c.add(chart(writer, s));
      }
      for (Map.Entry<String, List<TeamSummary.Row>> group : s.byRole().entrySet()) {
        c.add(heatMap(group.getKey(), group.getValue(), warnings));
      }
      if (!s.failures().isEmpty()) {
        c.add(new Paragraph(fonts.phrase(s.failures().size() + " file(s) could not be used:", 10f, true,
            Palette.NOT_READY)));
        PdfPTable f = cells.table(3f, 7f);
        cells.header(f, "File", "Reason");
        for (TeamSummary.Failure x : s.failures()) {
          f.addCell(cells.text(x.file()));
          f.addCell(cells.text(x.reason()));
        }
        c.add(f);
      }
      doc.add(c);
      doc.close();
      return warnings;
    } catch (DocumentException e) {
      throw new IOException("cannot lay out the summary PDF: " + e.getMessage(), e);
    }
  }

  /** Each candidate's index as a bar, with the verdict thresholds as lines. */
  private PdfPTable chart(PdfWriter writer, TeamSummary s) {
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (TeamSummary.Row r : s.rows()) {
      labels.add(r.candidate() + " · " + r.targetRole());
      values.add(r.readinessIndex());
    }
    List<Charts.Marker> markers = s.thresholds().stream().map(t -> new Charts.Marker(t.index(), t.label(),
        ReportContext.foreground(Tone.of(t.verdict())))).toList();
    float height = Math.min(300, 60 + 22 * s.rows().size());
    PdfPTable holder = cells.plain(1);
    PdfPCell cell = new PdfPCell(charts.draw(writer.getDirectContent(), charts.barsWithMarkers(labels,
        new Charts.Series("Readiness index", Palette.RATING, values), 100, "Readiness index", markers), 700,
        height), false);
    cell.setBorder(PdfPCell.NO_BORDER);
    holder.addCell(cell);
    return holder;
  }

  private PdfPTable heatMap(String role, List<TeamSummary.Row> rows, List<String> warnings) {
    List<Part> parts = rubric.parts();
    float[] fixed = {2.4f, 0.8f, 1.35f, 0.7f, 0.8f, 1f, 0.8f, 1.6f};
    float[] widths = new float[fixed.length + parts.size()];
    System.arraycopy(fixed, 0, widths, 0, fixed.length);
    for (int i = 0; i < parts.size(); i++) {
      widths[fixed.length + i] = 1.2f;
    }
    PdfPTable t = cells.headed(role + " (" + rows.size() + (rows.size() == 1 ? " candidate)" : " candidates)"), null,
        widths);
    List<String> header = new ArrayList<>(List.of("Candidate", "Rater", "Latest", "Index", "Change", "Verdict",
        "Not rated", "Best fit now"));
    parts.forEach(p -> header.add(Charts.shortLabel(p.id(), p.title())));
    List<List<String>> columns = new ArrayList<>();
    header.forEach(h -> columns.add(new ArrayList<>(List.of(h))));
    for (TeamSummary.Row r : rows) {
      columns.get(1).add(r.raterRole().label());
      columns.get(2).add(r.date().toString());
      columns.get(5).add(r.verdict().label());
      columns.get(7).add(bestFit(r));
    }
    cells.fit(t, Cells.BODY, columns);
    for (String h : header) {
      PdfPCell cell = cells.cell(fonts.phrase(h, 7.5f, true, Palette.INK));
      cell.setBackgroundColor(Palette.HEADER_BG);
      t.addCell(cell);
    }
    t.setHeaderRows(t.size());
    for (TeamSummary.Row r : rows) {
      String name = r.candidate() + (r.candidateId() == null ? "" : " (" + r.candidateId() + ")");
      if (!fonts.undrawable(name).isEmpty()) {
        warnings.add("the summary cannot draw the characters " + String.join(" ", fonts.undrawable(name))
            + " in \"" + name + "\"");
      }
      t.addCell(cells.text(name));
      t.addCell(cells.centered(r.raterRole().label(), null));
      t.addCell(cells.centered(r.date().toString(), null));
      t.addCell(cells.number(Numbers.index(r.readinessIndex()), null));
      t.addCell(cells.number(Numbers.signed(r.indexChange(), 1), null));
      t.addCell(cells.centered(r.verdict().label(), ReportContext.backgroundOrGrey(Tone.of(r.verdict()))));
      String unrated = TeamSummary.unratedText(r.unratedTopics());
      t.addCell(cells.centered(unrated.isEmpty() ? "—" : "⚠ " + r.unratedTopics(), unrated.isEmpty() ? null
          : Palette.CLOSE_BG));
      t.addCell(cells.text(bestFit(r)));
      for (Part p : parts) {
        t.addCell(cells.centered(Numbers.percent(r.coverage().get(p.id())),
            ReportContext.backgroundOrGrey(Tone.of(r.partStatus().get(p.id())))));
      }
    }
    return t;
  }

  private static String bestFit(TeamSummary.Row r) {
    return r.bestFit() == null ? "—" : r.bestFit().title() + " (" + r.bestFit().verdict().label()
        .toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
