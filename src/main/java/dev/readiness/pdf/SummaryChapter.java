package dev.readiness.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.readiness.report.PartRow;
import dev.readiness.report.ReportModel;
import dev.readiness.report.SkillGroupRow;
import dev.readiness.report.Tone;
import java.util.ArrayList;
import java.util.List;

/**
 * Page 1: who and what, the index and verdict with the headline, the charts, strengths and gaps,
 * the parts.
 */
final class SummaryChapter {
  /** Low enough that page 1 holds the at-a-glance lines and the parts table too. */
  private static final float CHART_HEIGHT = 180;

  /**
   * A panel's page 1 carries its agreement, the parts to discuss first and the self-rating, a
   * mentor's what moved since the last check-in and what was agreed: about four lines more.
   */
  private static final float READER_CHART_HEIGHT = 140;

  private final ReportContext cx;

  SummaryChapter(ReportContext cx) {
    this.cx = cx;
  }

  void write() throws DocumentException {
    ReportModel m = cx.model;
    Chapter c = cx.chapter(m.frame().title(), ReportContext.TITLE, Palette.INK, "Summary");
    PdfPTable profile = cx.cells.plain(1.4f, 3f, 1.5f, 2.6f);
    row(profile, "Candidate", m.profile().candidate(), "Target role", m.profile().role());
    row(profile, "Rater", m.profile().rater(), "Assessment date", m.profile().date());
    if (m.profile().studyTime().isEmpty()) {
      row(profile, "Interview date", m.profile().interviewDate(), "", "");
    } else {
      row(
          profile,
          "Interview date",
          m.profile().interviewDate(),
          "Study time",
          m.profile().studyTime());
    }
    cx.place(c, profile);
    cx.place(c, callout(m));
    if (!m.glance().isEmpty()) {
      PdfPTable glance = cx.cells.plain(1);
      PdfPCell cell = cx.cells.text(ReportContext.bullets(m.glance(), ""));
      cell.setBorderColor(Palette.RULE);
      cell.setPadding(6);
      glance.addCell(cell);
      cx.place(c, glance);
    }
    PdfPTable chartsRow = cx.cells.plain(1, 1);
    chartsRow.addCell(chartCell(radar(m), radarCaption(m)));
    chartsRow.addCell(chartCell(skillBars(m), "Skill groups: mean rating against the target"));
    cx.place(c, chartsRow);
    PdfPTable words = cx.cells.table(1, 1);
    cx.cells.header(words, "Strengths", m.headline().gapsHeading());
    words.addCell(
        cx.cells.text(ReportContext.bullets(m.strengths(), "No topic is at its target yet.")));
    String gaps =
        ReportContext.bullets(m.gaps(), "No gaps: every rated topic is at or above its target.");
    words.addCell(
        cx.cells.text(
            m.headline().gapNote().isEmpty() ? gaps : gaps + "\n" + m.headline().gapNote()));
    cx.place(c, words);
    PdfPTable status = cx.cells.table(3f, 0.7f, 0.95f, 0.95f, 1.55f, 1.05f);
    cx.cells.header(
        status, "Part", "Target", "Coverage", "Gap points", m.rules().depthHeading(), "Status");
    for (PartRow p : m.parts()) {
      status.addCell(cx.cells.text(p.heading()));
      status.addCell(cx.cells.centered(String.valueOf(p.target()), null));
      status.addCell(cx.cells.number(p.coverageText(), null));
      status.addCell(cx.cells.number(p.gapPointsText(), null));
      status.addCell(cx.cells.centered(p.depthText(), null));
      status.addCell(cx.statusCell(p.status(), p.statusTone()));
    }
    // the notes are the table's last row, so that a page break never leaves them on their own
    status.addCell(note(m.partsNotes(), status.getNumberOfColumns()));
    cx.place(c, status, 1);
    cx.add(c);
  }

  private PdfPCell note(String text, int columns) {
    PdfPCell cell = cx.cells.text(text, 7.5f, false, Palette.MUTED);
    cell.setColspan(columns);
    cell.setBorder(com.lowagie.text.Rectangle.NO_BORDER);
    return cell;
  }

  private float chartHeight() {
    return cx.model.calibration() == null && cx.model.progress() == null
        ? CHART_HEIGHT
        : READER_CHART_HEIGHT;
  }

  private PdfPTable callout(ReportModel m) {
    Tone verdict = m.verdictTone();
    PdfPTable box = cx.cells.plain(1);
    Phrase line = cx.fonts.phrase(m.callout() + "\n", 13f, true, ReportContext.foreground(verdict));
    line.addAll(cx.fonts.phrase(m.headline().text() + "\n", 9.5f, false, Palette.INK));
    line.addAll(cx.fonts.phrase(m.roleFitLine(), 8.5f, false, Palette.MUTED));
    PdfPCell v = cx.cells.cell(line);
    v.setBackgroundColor(ReportContext.backgroundOrGrey(verdict));
    v.setPadding(8);
    box.addCell(v);
    return box;
  }

  private void row(PdfPTable t, String l1, String v1, String l2, String v2) {
    t.addCell(cx.cells.text(l1, Cells.BODY, true, Palette.MUTED));
    t.addCell(cx.userCell(v1));
    t.addCell(cx.cells.text(l2, Cells.BODY, true, Palette.MUTED));
    t.addCell(cx.userCell(v2));
  }

  private PdfPCell chartCell(Image chart, String caption) {
    PdfPTable inner = cx.cells.plain(1);
    inner.setSpacingBefore(0);
    inner.setSpacingAfter(0);
    PdfPCell img = new PdfPCell(chart, true);
    img.setBorder(PdfPCell.NO_BORDER);
    inner.addCell(img);
    PdfPCell cap = cx.cells.bare(cx.fonts.phrase(caption, 7.5f, false, Palette.MUTED));
    cap.setHorizontalAlignment(Element.ALIGN_CENTER);
    inner.addCell(cap);
    PdfPCell outer = new PdfPCell(inner);
    outer.setBorder(PdfPCell.NO_BORDER);
    outer.setPadding(2);
    return outer;
  }

  private Image radar(ReportModel m) {
    List<String> labels = new ArrayList<>();
    List<Double> targets = new ArrayList<>();
    List<Double> ratings = new ArrayList<>();
    for (PartRow p : m.parts()) {
      labels.add(Charts.shortLabel(p.id(), cx.report.rubric().part(p.id()).title()));
      targets.add((double) p.target());
      ratings.add(p.meanRating() == null ? 0 : p.meanRating());
    }
    return cx.draw(
        cx.charts.radar(
            labels,
            List.of(
                new Charts.Series("Target", Palette.TARGET, targets),
                new Charts.Series("Mean rating", Palette.RATING, ratings)),
            levels(m)),
        250,
        chartHeight());
  }

  /** The rating scale's levels, the radar's rings. */
  private static List<Integer> levels(ReportModel m) {
    return m.scale().stream().map(ReportModel.ScaleRow::level).toList();
  }

  /**
   * The radar's caption: what it shows, and the scale its rings count, from its lowest level to its
   * highest.
   */
  private static String radarCaption(ReportModel m) {
    ReportModel.ScaleRow low = m.scale().get(0);
    ReportModel.ScaleRow high = m.scale().get(m.scale().size() - 1);
    return "Parts: mean rating against the role's target; rings: the rating scale, "
        + low.level()
        + " ("
        + low.label()
        + ") to "
        + high.level()
        + " ("
        + high.label()
        + ")";
  }

  private Image skillBars(ReportModel m) {
    List<String> labels = new ArrayList<>();
    List<Double> targets = new ArrayList<>();
    List<Double> ratings = new ArrayList<>();
    for (SkillGroupRow g : m.skills()) {
      // a group with nothing rated says so, rather than showing a bare target bar that reads as
      // zero
      labels.add(g.chartLabel());
      targets.add((double) g.target());
      ratings.add(g.meanRating());
    }
    return cx.draw(
        cx.charts.bars(
            labels,
            List.of(
                new Charts.Series("Mean rating", Palette.RATING, ratings),
                new Charts.Series("Target", Palette.TARGET, targets)),
            cx.report.rubric().scale().max(),
            "Level"),
        250,
        chartHeight());
  }
}
