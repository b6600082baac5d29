package dev.readiness.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Section;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.readiness.report.ProgressChart;
import dev.readiness.report.ProgressView;

/**
 * Progress since earlier assessments: the index and coverage over time, what moved, the check-in
 * notes.
 */
final class ProgressChapter {
  private static final float INDEX_HEIGHT = 150;
  private static final float PART_HEIGHT = 100;
  private static final int PARTS_PER_ROW = 3;

  private final ReportContext cx;

  ProgressChapter(ReportContext cx) {
    this.cx = cx;
  }

  void write() throws DocumentException {
    ProgressView p = cx.model.progress();
    Chapter c = cx.chapter("Progress");
    c.add(cx.para(p.intro()));
    cx.place(c, chart(p.chart()));
    String since = "Each part since " + p.previousDate();
    Section parts = cx.quiet(c, since);
    PdfPTable pt = cx.cells.headed(since, null, 3.6f, 1f, 1f, 1f, 2.6f);
    cx.cells.header(pt, "Part", "Coverage then", "Now", "Change", "Reaches its target");
    for (ProgressView.PartRow row : p.parts()) {
      pt.addCell(cx.cells.text(row.heading()));
      pt.addCell(cx.cells.centered(row.then(), null));
      pt.addCell(cx.cells.centered(row.now(), null));
      pt.addCell(cx.cells.centered(row.change(), ReportContext.background(row.tone())));
      pt.addCell(cx.cells.text(row.reach()));
    }
    cx.place(parts, pt);
    String movedTitle = "Topics that moved since " + p.previousDate();
    Section moved = cx.quiet(c, movedTitle);
    PdfPTable mt = cx.cells.headed(movedTitle, null, 1, 1);
    cx.cells.header(
        mt, "Improved (" + p.improved().size() + ")", "Regressed (" + p.regressed().size() + ")");
    mt.addCell(cx.cells.text(ReportContext.bullets(p.improved(), "None.")));
    mt.addCell(cx.cells.text(ReportContext.bullets(p.regressed(), "None.")));
    cx.place(moved, mt);
    if (!p.focus().isEmpty()) {
      String focusTitle = "The previous plan's focus topics";
      Section focus = cx.quiet(c, focusTitle);
      PdfPTable ft = cx.cells.headed(focusTitle, null, 0.6f, 4f, 0.8f, 0.8f, 1.3f);
      cx.cells.header(ft, "ID", "Topic", "Then", "Now", "Where it stands");
      for (ProgressView.FocusRow f : p.focus()) {
        ft.addCell(cx.cells.text(f.topic()));
        ft.addCell(cx.cells.text(f.title()));
        ft.addCell(cx.cells.centered(f.then(), null));
        ft.addCell(cx.cells.centered(f.now(), null));
        ft.addCell(cx.cells.centered(f.movement(), ReportContext.background(f.tone())));
      }
      cx.place(focus, ft);
    }
    Section notes = cx.quiet(c, "Check-in notes");
    PdfPTable nt = cx.cells.headed("Check-in notes", null, 1.6f, 3f, 3f);
    cx.cells.header(
        nt, "", "Previous (" + p.previousDate() + ")", "This one (" + cx.report.date() + ")");
    for (ProgressView.NoteRow row : p.notes()) {
      nt.addCell(cx.cells.text(row.about()));
      nt.addCell(cx.userCell(row.previous()));
      nt.addCell(cx.userCell(row.latest()));
    }
    cx.place(notes, nt);
    cx.add(c);
  }

  /**
   * The index on its own panel across the body's width, then the parts as small multiples, three a
   * row.
   */
  private PdfPTable chart(ProgressChart chart) {
    ProgressCharts charts = new ProgressCharts(cx.fonts);
    PdfPTable grid = cx.cells.plain(1, 1, 1);
    float width = cx.bodyWidth();
    PdfPCell index = new PdfPCell(cx.draw(charts.index(chart), width, INDEX_HEIGHT), false);
    index.setColspan(PARTS_PER_ROW);
    index.setBorder(PdfPCell.NO_BORDER);
    index.setPadding(0);
    grid.addCell(index);
    for (ProgressChart.Panel part : chart.parts()) {
      PdfPCell cell =
          new PdfPCell(
              cx.draw(charts.part(chart, part), width / PARTS_PER_ROW, PART_HEIGHT), false);
      cell.setBorder(PdfPCell.NO_BORDER);
      cell.setPadding(0);
      grid.addCell(cell);
    }
    grid.completeRow();
    return grid;
  }
}
