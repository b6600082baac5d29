package dev.readiness.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Section;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.readiness.report.PanelPacket;

/**
 * A panel packet's own pages: the topics to discuss with every rater's notes, then the decision
 * line.
 */
final class PanelChapter {
  private final ReportContext cx;

  PanelChapter(ReportContext cx) {
    this.cx = cx;
  }

  void write() throws DocumentException {
    PanelPacket p = cx.model.packet();
    Chapter c = cx.chapter("Discussion and decision");
    if (p.discussion().isEmpty()) {
      c.add(cx.para(p.discussionNone()));
    } else {
      Section s = cx.quiet(c, "Topics to discuss, with every rater's notes");
      PdfPTable t =
          cx.cells.headed(
              "Topics to discuss, with every rater's notes", null, 0.55f, 2.4f, 3.2f, 4.2f);
      cx.cells.header(t, "ID", "Topic", "Ratings", "Notes");
      for (PanelPacket.Topic topic : p.discussion()) {
        t.addCell(cx.cells.text(topic.id()));
        t.addCell(cx.cells.text(topic.title()));
        t.addCell(cx.userCell(topic.ratings() + "\n" + topic.figures()));
        t.addCell(cx.userCell(topic.notes().isEmpty() ? "No notes." : topic.notes()));
      }
      cx.place(s, t);
    }
    Section d = cx.section(c, "Decision");
    d.add(cx.para(p.decisionIntro()));
    PdfPTable choices = cx.cells.plain(widths(p.choices().size()));
    for (String choice : p.choices()) {
      PdfPCell cell = cx.cells.text("☐  " + choice, 11f, true, Palette.INK);
      cell.setPadding(6);
      choices.addCell(cell);
    }
    cx.place(d, choices);
    PdfPTable sign = cx.cells.plain(1f, 5f);
    for (String line : p.signature()) {
      sign.addCell(cx.cells.text(line, Cells.BODY, true, Palette.MUTED));
      PdfPCell blank = cx.cells.text(" ");
      blank.setMinimumHeight(line.equals("Reasons") ? 60 : 22);
      sign.addCell(blank);
    }
    cx.place(d, sign);
    cx.add(c);
  }

  private static float[] widths(int n) {
    float[] w = new float[n];
    java.util.Arrays.fill(w, 1f);
    return w;
  }
}
