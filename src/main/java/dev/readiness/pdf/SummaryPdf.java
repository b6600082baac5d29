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
import dev.readiness.text.Numbers;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** The team summary as a heat map: candidates down, parts across, coloured by coverage of the target. */
public final class SummaryPdf {
  private final Fonts fonts = Fonts.get();
  private final Cells cells = new Cells(fonts);
  private final Rubric rubric;
  private final String paper;

  public SummaryPdf(Rubric rubric, String paper) {
    this.rubric = rubric;
    this.paper = paper;
  }

  public List<String> render(TeamSummary s, OutputStream out) throws IOException {
    Rectangle size = ("letter".equals(paper) ? PageSize.LETTER : PageSize.A4).rotate();
    Document doc = new Document(size, 36, 36, 54, 44);
    List<String> warnings = new ArrayList<>();
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      writer.setPageEvent(new PageDecorator(fonts, "Team readiness summary · " + s.rows().size() + " candidates",
          rubric.title()));
      doc.addTitle("Team readiness summary");
      doc.addSubject(rubric.title() + ": " + s.rows().size() + " candidates");
      doc.addCreator("readiness");
      doc.open();
      Paragraph title = new Paragraph(fonts.phrase("Team readiness summary", 16f, true, Palette.ACCENT));
      Chapter c = new Chapter(title, 1);
      c.setNumberDepth(0);
      c.setBookmarkTitle("Team readiness summary");
      c.add(new Paragraph(fonts.phrase("Each row is a candidate's latest assessment. " + s.legend() + " Change is"
          + " the readiness index since the candidate's previous assessment.", 8.5f)));
      c.add(heatMap(s, warnings));
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

  private PdfPTable heatMap(TeamSummary s, List<String> warnings) {
    List<Part> parts = rubric.parts();
    float[] widths = new float[5 + parts.size()];
    widths[0] = 3.2f;
    widths[1] = 1.3f;
    widths[2] = 0.9f;
    widths[3] = 0.9f;
    widths[4] = 1.2f;
    for (int i = 0; i < parts.size(); i++) {
      widths[5 + i] = 1.25f;
    }
    PdfPTable t = cells.table(widths);
    List<String> header = new ArrayList<>(List.of("Candidate", "Latest", "Index", "Change", "Verdict"));
    parts.forEach(p -> header.add(Charts.shortLabel(p.id(), p.title())));
    for (String h : header) {
      PdfPCell cell = cells.cell(fonts.phrase(h, 7.5f, true, Palette.INK));
      cell.setBackgroundColor(Palette.HEADER_BG);
      t.addCell(cell);
    }
    for (TeamSummary.Row r : s.rows()) {
      String name = r.candidate() + (r.candidateId() == null ? "" : " (" + r.candidateId() + ")");
      if (!fonts.undrawable(name).isEmpty()) {
        warnings.add("the summary cannot draw the characters " + String.join(" ", fonts.undrawable(name))
            + " in \"" + name + "\"");
      }
      t.addCell(cells.text(name));
      t.addCell(cells.centered(r.date().toString(), null));
      t.addCell(cells.centered(Numbers.index(r.readinessIndex()), null));
      t.addCell(cells.centered(Numbers.signed(r.indexChange(), 1), null));
      t.addCell(cells.centered(r.verdict().label(), ReportContext.background(r.verdict())));
      for (Part p : parts) {
        t.addCell(cells.centered(Numbers.percent(r.coverage().get(p.id())),
            ReportContext.background(r.partStatus().get(p.id()))));
      }
    }
    return t;
  }
}
