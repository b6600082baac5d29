package dev.readiness.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import dev.readiness.report.ReportModel;
import dev.readiness.report.RuleBook;

/** The rating scale and how every number is made, as the rubric states it. */
final class AppendixChapter {
  private final ReportContext cx;

  AppendixChapter(ReportContext cx) {
    this.cx = cx;
  }

  void write() throws DocumentException {
    Chapter c = cx.keptChapter("Appendix: the scale and how the numbers are made");
    PdfPTable scale = cx.cells.table(0.5f, 1.5f, 6f);
    cx.cells.header(scale, "Level", "Label", "What it means");
    for (ReportModel.ScaleRow l : cx.model.scale()) {
      scale.addCell(cx.cells.centered(String.valueOf(l.level()), null));
      scale.addCell(cx.cells.text(l.label()));
      scale.addCell(cx.cells.text(l.descriptor()));
    }
    cx.place(c, scale);
    PdfPTable t = cx.cells.plain(1.3f, 6.7f);
    for (RuleBook.Rule rule : cx.model.rules().rules()) {
      t.addCell(cx.cells.text(rule.term(), Cells.BODY, true, Palette.INK));
      t.addCell(cx.cells.text(rule.text()));
    }
    cx.place(c, t);
    c.add(cx.small(cx.model.frame().provenance()));
    cx.add(c);
  }
}
