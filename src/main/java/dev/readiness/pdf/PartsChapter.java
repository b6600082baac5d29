package dev.readiness.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Section;
import com.lowagie.text.pdf.PdfPTable;
import dev.readiness.report.PartRow;
import dev.readiness.text.Numbers;

/** One table per part of the guide: each topic's rating, target, gap and the rater's notes. */
final class PartsChapter {
  private final ReportContext cx;

  PartsChapter(ReportContext cx) {
    this.cx = cx;
  }

  void write() throws DocumentException {
    Chapter c = cx.chapter("The parts of the guide");
    c.add(
        cx.para(
            "Each part's topics against the target of the "
                + cx.model.profile().role()
                + " role. The dots"
                + " show the rating out of "
                + cx.report.rubric().scale().max()
                + ". "
                + cx.model.rules().gapColours()));
    for (PartRow p : cx.model.parts()) {
      Section s = cx.quiet(c, p.heading());
      PdfPTable t = cx.cells.headed(p.heading(), p.summary(), 0.55f, 3f, 1.3f, 0.75f, 0.55f, 3.1f);
      cx.cells.header(t, "ID", "Topic", "Rating", "Target", "Gap", "Notes");
      for (PartRow.TopicRow topic : p.topics()) {
        t.addCell(cx.cells.text(topic.id()));
        t.addCell(cx.cells.text(topic.title()));
        t.addCell(
            cx.cells.centered(
                topic.rating() == null
                    ? "not rated"
                    : cx.dots(topic.rating()) + " " + Numbers.level(topic.rating()),
                topic.rating() == null ? Palette.UNRATED_BG : null));
        t.addCell(cx.cells.centered(String.valueOf(topic.target()), null));
        t.addCell(
            cx.cells.centered(
                Numbers.level(topic.gap()), ReportContext.backgroundOrGrey(topic.tone())));
        t.addCell(cx.userCell(topic.notes()));
      }
      cx.place(s, t);
    }
    cx.add(c);
  }
}
