package dev.readiness.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import dev.readiness.report.SkillGroupRow;
import dev.readiness.text.Numbers;
import java.util.Locale;

/** The essential skills matrix: each skill's rating against its group's target. */
final class SkillsChapter {
  private final ReportContext cx;

  SkillsChapter(ReportContext cx) {
    this.cx = cx;
  }

  void write() throws DocumentException {
    Chapter c = cx.chapter("Essential skills matrix");
    PdfPTable t = cx.cells.table(2.2f, 3.2f, 1.3f, 0.75f, 0.55f, 2.9f);
    cx.cells.header(t, "Group", "Skill", "Rating", "Target", "Gap", "Notes");
    for (SkillGroupRow g : cx.model.skills()) {
      for (SkillGroupRow.SkillRow s : g.skills()) {
        t.addCell(cx.cells.text(g.title() + " (" + g.status().label().toLowerCase(Locale.ROOT) + ")"));
        t.addCell(cx.cells.text(s.title()));
        t.addCell(cx.cells.centered(s.rating() == null ? "not rated" : cx.dots(s.rating()) + " "
            + Numbers.level(s.rating()), s.rating() == null ? Palette.UNRATED_BG : null));
        t.addCell(cx.cells.centered(String.valueOf(s.target()), null));
        t.addCell(cx.cells.centered(Numbers.level(s.gap()), ReportContext.backgroundOrGrey(s.tone())));
        t.addCell(cx.userCell(s.notes()));
      }
    }
    c.add(t);
    cx.add(c);
  }
}
