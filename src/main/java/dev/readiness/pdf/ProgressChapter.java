package dev.readiness.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Section;
import com.lowagie.text.pdf.PdfPTable;
import dev.readiness.report.ProgressView;
import dev.readiness.rubric.Part;
import java.util.ArrayList;
import java.util.List;

/** Progress since earlier assessments: the index and coverage over time, what moved, the check-in notes. */
final class ProgressChapter {
  private final ReportContext cx;

  ProgressChapter(ReportContext cx) {
    this.cx = cx;
  }

  void write() throws DocumentException {
    ProgressView p = cx.model.progress();
    Chapter c = cx.chapter("Progress");
    c.add(cx.para(p.intro()));
    List<Charts.Series> series = new ArrayList<>();
    series.add(new Charts.Series("Readiness index", Palette.INK, p.indexSeries()));
    int i = 0;
    for (Part part : cx.report.rubric().parts()) {
      series.add(new Charts.Series(Charts.shortLabel(part.id(), part.title()), Palette.SERIES[i++ % 8],
          p.coverageSeries().get(part.id())));
    }
    List<String> dates = p.dates().stream().map(Object::toString).toList();
    c.add(cx.centered(cx.draw(cx.charts.lines(dates, series, 100, "Index and part coverage (%)"), 480, 220)));
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
    parts.add(pt);
    String movedTitle = "Topics that moved since " + p.previousDate();
    Section moved = cx.quiet(c, movedTitle);
    PdfPTable mt = cx.cells.headed(movedTitle, null, 1, 1);
    cx.cells.header(mt, "Improved (" + p.improved().size() + ")", "Regressed (" + p.regressed().size() + ")");
    mt.addCell(cx.cells.text(ReportContext.bullets(p.improved(), "None.")));
    mt.addCell(cx.cells.text(ReportContext.bullets(p.regressed(), "None.")));
    moved.add(mt);
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
      focus.add(ft);
    }
    Section notes = cx.quiet(c, "Check-in notes");
    PdfPTable nt = cx.cells.headed("Check-in notes", null, 1.6f, 3f, 3f);
    cx.cells.header(nt, "", "Previous (" + p.previousDate() + ")", "This one (" + cx.report.date() + ")");
    for (ProgressView.NoteRow row : p.notes()) {
      nt.addCell(cx.cells.text(row.about()));
      nt.addCell(cx.userCell(row.previous()));
      nt.addCell(cx.userCell(row.latest()));
    }
    notes.add(nt);
    cx.add(c);
  }
}
