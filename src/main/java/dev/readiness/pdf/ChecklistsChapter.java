package dev.readiness.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Section;
import com.lowagie.text.pdf.PdfPTable;
import dev.readiness.report.ReportModel;

/** The guide's checklists with each item's status and notes. */
final class ChecklistsChapter {
  private final ReportContext cx;

  ChecklistsChapter(ReportContext cx) {
    this.cx = cx;
  }

  void write() throws DocumentException {
    Chapter c = cx.chapter("Checklists");
    for (ReportModel.ChecklistView list : cx.model.checklists()) {
      Section s = cx.quiet(c, list.title());
      PdfPTable t = cx.cells.headed(list.title(), null, 0.8f, 5f, 1f, 3f);
      cx.cells.header(t, "ID", "Item", "Status", "Notes");
      for (ReportModel.ItemRow item : list.items()) {
        t.addCell(cx.cells.text(item.id()));
        t.addCell(cx.cells.text(item.text()));
        t.addCell(cx.cells.centered(item.status(), ReportContext.backgroundOrGrey(item.tone())));
        t.addCell(cx.userCell(item.notes()));
      }
      cx.place(s, t);
    }
    cx.add(c);
  }
}
