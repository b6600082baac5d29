package dev.readiness.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Section;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.readiness.report.CalibrationView;
import dev.readiness.report.Tone;
import dev.readiness.text.Numbers;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * A panel's calibration: raters, agreement per part, topics to discuss, self against panel, every
 * rating.
 */
final class CalibrationChapter {
  private final ReportContext cx;

  CalibrationChapter(ReportContext cx) {
    this.cx = cx;
  }

  void write() throws DocumentException {
    CalibrationView v = cx.model.calibration();
    Chapter c = cx.chapter("Panel calibration");
    c.add(cx.para(v.intro()));
    raters(c, v);
    agreement(c, v);
    discuss(c, v);
    if (!v.self().isEmpty()) {
      self(c, v);
    }
    Section all = cx.quiet(c, "Every rating");
    cx.place(all, ratings("Every rating", v, v.every()));
    cx.add(c);
  }

  /** Who rated, from which workbook, and how lenient each is over the pool. */
  private void raters(Chapter c, CalibrationView v) throws DocumentException {
    Section raters = cx.quiet(c, "Raters");
    PdfPTable rt = cx.cells.headed("Raters", null, 2.3f, 0.8f, 2.7f, 3.2f);
    cx.cells.header(rt, "Rater", "Role", "Workbook", "Leniency: against the panel's median");
    for (CalibrationView.RaterRow r : v.raters()) {
      rt.addCell(cx.userCell(r.name()));
      rt.addCell(cx.cells.text(r.role()));
      rt.addCell(cx.userCell(r.source()));
      rt.addCell(cx.cells.text(r.leniency()));
    }
    cx.place(raters, rt);
    raters.add(cx.small(v.leniencyNote()));
  }

  /** Alpha per part and overall, with its interval and its reading. */
  private void agreement(Chapter c, CalibrationView v) throws DocumentException {
    Section agreement = cx.quiet(c, "Agreement");
    PdfPTable at = cx.cells.headed("Agreement", v.agreementNote(), 3.4f, 0.8f, 1.1f, 0.9f, 3.8f);
    cx.cells.header(at, "Part", "Alpha", "95% interval", v.chanceHeading(), "Reading");
    List<CalibrationView.AlphaRow> rows = new ArrayList<>(v.agreement());
    rows.add(v.overall());
    for (CalibrationView.AlphaRow a : rows) {
      at.addCell(cx.cells.text(a.heading()));
      at.addCell(cx.cells.centered(a.alpha(), null));
      at.addCell(cx.cells.centered(a.interval(), null));
      at.addCell(cx.cells.centered(a.chanceBelow(), null));
      PdfPCell meaning = cx.cells.text(a.verdict());
      meaning.setBackgroundColor(ReportContext.backgroundOrGrey(a.tone()));
      at.addCell(meaning);
    }
    cx.place(agreement, at);
    agreement.add(cx.small(v.intervalNote()));
  }

  /** The topics the panel should discuss, or the sentence saying there are none. */
  private void discuss(Chapter c, CalibrationView v) throws DocumentException {
    String discussTitle = cx.model.rules().discussTitle();
    if (v.discuss().isEmpty()) {
      Section discuss = cx.section(c, discussTitle);
      discuss.add(cx.para(v.discussNone()));
    } else {
      Section discuss = cx.quiet(c, discussTitle);
      cx.place(discuss, ratings(discussTitle, v, v.discuss()));
      discuss.add(cx.small(v.discussNote()));
    }
  }

  /** The candidate's self-rating against the panel per part: a diverging chart and its table. */
  private void self(Chapter c, CalibrationView v) throws DocumentException {
    Section self = cx.section(c, "Self-rating against the panel");
    self.add(cx.para(v.selfIntro()));
    cx.place(self, cx.centered(cx.draw(selfChart(v.self()), 420, 170)));
    PdfPTable st = cx.cells.table(4f, 1.2f, 4f);
    cx.cells.header(st, "Part", "Self − panel", "Reading");
    for (CalibrationView.SelfRow row : v.self()) {
      st.addCell(cx.cells.text(row.heading()));
      st.addCell(cx.cells.centered(row.valueText(), null));
      st.addCell(cx.cells.text(row.reading()));
    }
    cx.place(self, st);
  }

  private JFreeChart selfChart(List<CalibrationView.SelfRow> rows) {
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<Color> colors = new ArrayList<>();
    for (CalibrationView.SelfRow row : rows) {
      labels.add(Charts.shortLabel(row.part(), row.label()));
      values.add(row.value() == null ? 0 : row.value());
      // in line, over- and under-confident each have their own colour
      colors.add(row.lean() > 0 ? Palette.SELF : row.lean() < 0 ? Palette.RATING : Palette.TARGET);
    }
    double limit = Math.max(1, Math.ceil(values.stream().mapToDouble(Math::abs).max().orElse(1)));
    return cx.charts.diverging(
        labels,
        new Charts.Series("Self minus panel", Palette.SELF, values),
        colors,
        limit,
        "Self minus panel (levels)");
  }

  /** The panel's ratings of these topics, with the self-rating's column when there is one. */
  private PdfPTable ratings(
      String title, CalibrationView v, List<CalibrationView.RatingsRow> rows) {
    List<String> panel = v.panel();
    boolean self = !v.self().isEmpty();
    List<String> heads = new ArrayList<>(List.of("ID", "Topic"));
    heads.addAll(panel);
    if (self) {
      heads.add("Self");
    }
    heads.addAll(List.of("Median", "Mean", "Spread"));
    float[] widths = new float[heads.size()];
    widths[0] = 0.6f;
    widths[1] = 2.6f;
    for (int i = 2; i < heads.size(); i++) {
      widths[i] = 0.9f;
    }
    int last = heads.size() - 1;
    if (self) {
      widths[last - 3] = 0.7f;
    }
    widths[last - 2] = 0.8f;
    widths[last - 1] = 0.7f;
    widths[last] = 0.85f;
    PdfPTable t = cx.cells.headed(title, null, widths);
    cx.cells.fit(t, 7f, heads.toArray(String[]::new));
    for (String h : heads) {
      t.addCell(head(h));
    }
    t.setHeaderRows(t.size());
    for (CalibrationView.RatingsRow row : rows) {
      t.addCell(cx.cells.text(row.topic()));
      t.addCell(cx.cells.text(row.title()));
      for (String rater : panel) {
        String level = Numbers.level(row.ratings().get(rater));
        t.addCell(
            row.outliers().contains(rater) ? centeredBold(level) : cx.cells.centered(level, null));
      }
      if (self) {
        t.addCell(cx.cells.centered(Numbers.level(row.self()), null));
      }
      t.addCell(cx.cells.centered(Numbers.level(row.median()), null));
      t.addCell(cx.cells.centered(row.mean(), null));
      t.addCell(
          cx.cells.centered(
              Numbers.level(row.spread()),
              row.spreadTone() == Tone.NONE ? null : ReportContext.background(row.spreadTone())));
    }
    return t;
  }

  private PdfPCell centeredBold(String text) {
    PdfPCell c = cx.cells.text(text, Cells.BODY, true, Palette.NOT_READY);
    c.setHorizontalAlignment(com.lowagie.text.Element.ALIGN_CENTER);
    return c;
  }

  private PdfPCell head(String text) {
    PdfPCell h = cx.cells.cell(cx.fonts.phrase(text, 7f, true, Palette.INK));
    h.setBackgroundColor(Palette.HEADER_BG);
    return h;
  }
}
