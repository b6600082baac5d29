package dev.readiness.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.readiness.report.SkillGroupRow;
import dev.readiness.text.Numbers;

/** The essential skills matrix: each skill's rating against its group's target. */
final class SkillsChapter {
  private final ReportContext cx;

  SkillsChapter(ReportContext cx) {
    this.cx = cx;
  }

  void write() throws DocumentException {
    Chapter c = cx.chapter("Essential skills matrix");
    // the notes column is narrow when nobody wrote a note, so the skill names need not wrap
    boolean notes =
        cx.model.skills().stream()
            .flatMap(g -> g.skills().stream())
            .anyMatch(s -> !s.notes().isEmpty());
    PdfPTable t = cx.cells.table(4f, 1.4f, 0.8f, 0.6f, notes ? 3.4f : 1.2f);
    cx.cells.header(t, "Skill", "Rating", "Target", "Gap", "Notes");
    for (SkillGroupRow g : cx.model.skills()) {
      PdfPCell group = cx.cells.text(g.heading(), Cells.BODY, true, Palette.INK);
      group.setColspan(5);
      group.setBackgroundColor(ReportContext.backgroundOrGrey(g.statusTone()));
      t.addCell(group);
      for (SkillGroupRow.SkillRow s : g.skills()) {
        t.addCell(cx.cells.text(s.title()));
        t.addCell(
            cx.cells.centered(
                s.rating() == null
                    ? "not rated"
                    : cx.dots(s.rating()) + " " + Numbers.level(s.rating()),
                s.rating() == null ? Palette.UNRATED_BG : null));
        t.addCell(cx.cells.centered(String.valueOf(s.target()), null));
        t.addCell(
            cx.cells.centered(Numbers.level(s.gap()), ReportContext.backgroundOrGrey(s.tone())));
        t.addCell(cx.userCell(s.notes()));
      }
    }
    cx.place(c, t);
    cx.add(c);
  }
}
