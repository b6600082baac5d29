package dev.readiness.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.readiness.report.PlanView;

/** The study plan week by week, after its summary in words. */
final class PlanChapter {
  private final ReportContext cx;

  PlanChapter(ReportContext cx) {
    this.cx = cx;
  }

  void write() throws DocumentException {
    PlanView plan = cx.model.plan();
    Chapter c = cx.chapter("Study plan");
    cx.place(c, new GlanceStrip(cx.cells, cx.fonts).of(plan.glance()));
    c.add(cx.para(plan.summary()));
    if (!plan.achieves().isEmpty()) {
      c.add(cx.para(plan.achieves()));
    }
    c.add(cx.para(plan.hoursLine()));
    if (!plan.focusLine().isEmpty()) {
      c.add(cx.para(plan.focusLine()));
    }
    boolean first = true;
    for (PlanView.WeekRow w : plan.weeks()) {
      cx.place(c, week(w, first));
      first = false;
    }
    cx.add(c);
  }

  /**
   * One week: its heading and routines head its rows, and repeat, marked "(continued)", on the next
   * page when the week goes on there; the column names head the first week.
   */
  private PdfPTable week(PlanView.WeekRow w, boolean first) {
    PdfPTable t = cx.cells.plain(0.7f, 2f, 6.6f);
    t.setSpacingBefore(0);
    t.setSpacingAfter(0);
    StringBuilder head = new StringBuilder(w.heading());
    w.routines().forEach(r -> head.append("\n").append(r));
    PdfPCell h = cx.cells.text(head.toString(), Cells.BODY, false, Palette.INK);
    h.setColspan(3);
    h.setBackgroundColor(Palette.UNRATED_BG);
    t.addCell(h);
    if (first) {
      cx.cells.header(t, "Hours", "Topic or practice", "What to do");
    }
    cx.cells.repeatingHead(t);
    // what the week leaves free or could not fit is said once, not repeated with the heading on the
    // next page
    if (!w.notes().isEmpty()) {
      PdfPCell notes = cx.cells.text(String.join("\n", w.notes()), Cells.BODY, false, Palette.INK);
      notes.setColspan(3);
      notes.setBackgroundColor(Palette.CLOSE_BG);
      t.addCell(notes);
    }
    if (w.items().isEmpty()) {
      t.addCell(cx.cells.centered("0", null));
      t.addCell(cx.cells.text("—"));
      t.addCell(cx.cells.text(PlanView.NOTHING_PLANNED));
      return t;
    }
    for (PlanView.ItemRow item : w.items()) {
      t.addCell(cx.cells.centered(item.hours(), null));
      t.addCell(cx.cells.text(item.name(), Cells.BODY, item.topic(), Palette.INK));
      t.addCell(cx.cells.text(item.details()));
    }
    return t;
  }
}
