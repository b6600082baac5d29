package dev.readiness.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.readiness.kit.InterviewKit;
import dev.readiness.kit.KitBuilder;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An interview kit as PDF: the interviewer's copy, with each question's key points as tick boxes, what to listen
 * for in each design step, the rating scale and room for notes; or the candidate's copy, the same questions and
 * time boxes without the key points.
 */
public final class KitPdf {
  private static final float NOTES_HEIGHT = 70;

  private final Fonts fonts = Fonts.get();
  private final String paper;
  private final boolean interviewer;

  /** @param interviewer true for the interviewer's copy, false for the candidate's */
  public KitPdf(String paper, boolean interviewer) {
    this.paper = paper;
    this.interviewer = interviewer;
  }

  public void render(InterviewKit kit, OutputStream out) throws IOException {
    Rectangle size = "letter".equals(paper) ? PageSize.LETTER : PageSize.A4;
    Document doc = new Document(size, 42, 42, 58, 50);
    Cells cells = new Cells(fonts, doc.right() - doc.left());
    String copy = interviewer ? "interviewer's copy" : "candidate's copy";
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      writer.setPageEvent(new PageDecorator(fonts, "Interview kit · " + kit.candidate() + " · " + kit.date(), copy));
      doc.addTitle("Interview kit: " + kit.candidate() + " (" + copy + ")");
      doc.addCreator("readiness");
      Accessible.prepare(writer, doc);
      doc.open();
      PdfReport.stamp(writer, kit.date());
      Accessible.metadata(writer);
      doc.add(new Paragraph(fonts.phrase("Interview kit: " + kit.candidate(), 18f, true, Palette.INK)));
      doc.add(para("For the " + kit.roleTitle() + " role · " + kit.totalMinutes() + " minutes of questions in a "
          + kit.minutes() + "-minute slot · " + (kit.deepDives().size() + 1) + " questions · " + copy, 9f));
      if (interviewer) {
        doc.add(para("Rate each question on the scale below, tick the key points the answer covers, and note what"
            + " you heard. The topics are marked \"In this interview\" in your assessment workbook.", 9f));
        PdfPTable scale = cells.table(1);
        cells.header(scale, "Rating scale");
        kit.scale().forEach(l -> scale.addCell(cells.text(l)));
        doc.add(scale);
      } else {
        doc.add(para("Answer aloud, within the time boxes. For the design question, follow the steps in order.", 9f));
      }
      doc.add(design(kit.design(), cells));
      int n = 2;
      for (InterviewKit.DeepDive d : kit.deepDives()) {
        doc.add(deepDive(n++, d, cells));
      }
      doc.close();
    } catch (DocumentException e) {
      throw new IOException("cannot lay out the kit PDF: " + e.getMessage(), e);
    }
  }

  private PdfPTable design(InterviewKit.DesignQuestion q, Cells cells) {
    PdfPTable t = cells.headed("1. System design (" + q.minutes() + " min): " + q.topic() + " " + q.title(),
        q.question(), interviewer ? new float[] {2.6f, 0.8f, 5f} : new float[] {6f, 1f});
    if (interviewer) {
      cells.header(t, "Step", "Minutes", "Listen for");
    } else {
      cells.header(t, "Step", "Minutes");
    }
    for (InterviewKit.Step s : q.steps()) {
      t.addCell(cells.text(s.name()));
      t.addCell(cells.number(String.valueOf(s.minutes()), null));
      if (interviewer) {
        t.addCell(cells.text("☐ " + s.listenFor()));
      }
    }
    footer(t, interviewer ? "Rated now " + KitBuilder.rating(q.rating()) + ", target " + q.target()
        + ". Your rating: 0 · 1 · 2 · 3 · 4 · 5" : "Take the steps in order, within their time boxes.", cells,
        interviewer ? 3 : 2);
    t.setKeepTogether(true);
    return t;
  }

  private PdfPTable deepDive(int n, InterviewKit.DeepDive d, Cells cells) {
    PdfPTable t = cells.headed(n + ". Deep dive (" + d.minutes() + " min): " + d.topic() + " " + d.title(),
        d.question() + "\n" + d.part(), 1f);
    if (interviewer) {
      cells.header(t, "Key points (" + d.pointsHeading() + ")");
      d.points().forEach(p -> t.addCell(cells.text("☐ " + p)));
      footer(t, "Rated now " + KitBuilder.rating(d.rating()) + ", target " + d.target()
          + ". Your rating: 0 · 1 · 2 · 3 · 4 · 5", cells, 1);
    } else {
      footer(t, "Answer aloud in " + d.minutes() + " minutes.", cells, 1);
    }
    t.setKeepTogether(true);
    return t;
  }

  /** The rating line and an empty box for notes. */
  private void footer(PdfPTable t, String rating, Cells cells, int span) {
    PdfPCell r = cells.text(rating, Cells.BODY, true, Palette.INK);
    r.setColspan(span);
    t.addCell(r);
    PdfPCell notes = cells.text("Notes:", Cells.BODY, false, Palette.MUTED);
    notes.setColspan(span);
    notes.setMinimumHeight(NOTES_HEIGHT);
    t.addCell(notes);
  }

  private Paragraph para(String text, float size) {
    Paragraph p = new Paragraph(fonts.phrase(text, size, false, Palette.INK));
    p.setSpacingAfter(4);
    return p;
  }
}
