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
    c.add(cx.para(plan.summary()));
    c.add(cx.para(plan.hoursLine()));
    if (!plan.focusLine().isEmpty()) {
      c.add(cx.para(plan.focusLine()));
    }
    PdfPTable t = cx.cells.table(1.25f, 0.75f, 1.7f, 5.6f);
    cx.cells.header(t, "Week", "Hours", "Topic or practice", "What to do");
    for (PlanView.WeekRow w : plan.weeks()) {
      String label = "Week " + w.week() + "\n" + w.start();
      if (w.items().isEmpty()) {
        t.addCell(cx.cells.text(label));
        t.addCell(cx.cells.centered(w.hours(), null));
        t.addCell(cx.cells.text("—"));
        t.addCell(cx.cells.text(PlanView.NOTHING_PLANNED));
        continue;
      }
      boolean first = true;
      for (PlanView.ItemRow item : w.items()) {
        PdfPCell week = cx.cells.text(first ? label : "");
        if (!first) {
          week.setBorderWidthTop(0);
        }
        t.addCell(week);
        t.addCell(cx.cells.centered(item.hours(), null));
        t.addCell(cx.cells.text(item.name(), Cells.BODY, item.topic(), Palette.INK));
        t.addCell(cx.cells.text(item.details()));
        first = false;
      }
    }
    c.add(t);
    cx.add(c);
  }
}
