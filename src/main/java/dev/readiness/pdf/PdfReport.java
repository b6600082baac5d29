package dev.readiness.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.Section;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.ChecklistStatus;
import dev.readiness.calibration.Alpha;
import dev.readiness.calibration.Calibration;
import dev.readiness.plan.Activity;
import dev.readiness.plan.PlanItem;
import dev.readiness.plan.StudyPlan;
import dev.readiness.plan.Week;
import dev.readiness.progress.Progress;
import dev.readiness.report.CandidateReport;
import dev.readiness.rubric.Checklist;
import dev.readiness.rubric.Part;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.Scale;
import dev.readiness.rubric.SkillGroup;
import dev.readiness.rubric.Topic;
import dev.readiness.scoring.GroupScore;
import dev.readiness.scoring.PartScore;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.Status;
import dev.readiness.scoring.TopicScore;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.GregorianCalendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;

/** Renders a candidate's report as PDF. */
public final class PdfReport {
  private static final float TITLE = 18f;
  private static final float H1 = 14f;
  private static final float H2 = 11f;

  /** Text and background colour of each verdict. */
  private static final Map<Status, Color[]> VERDICT_COLORS = new EnumMap<>(Map.of(
      Status.READY, new Color[] {Palette.READY, Palette.READY_BG},
      Status.CLOSE, new Color[] {Palette.CLOSE, Palette.CLOSE_BG},
      Status.NOT_READY, new Color[] {Palette.NOT_READY, Palette.NOT_READY_BG},
      Status.NOT_RATED, new Color[] {Palette.MUTED, Palette.UNRATED_BG}));

  private final Fonts fonts = Fonts.get();
  private final Charts charts = new Charts(fonts);
  private final String paper;

  /** @param paper "a4" or "letter" */
  public PdfReport(String paper) {
    this.paper = paper;
  }

  /**
   * Loads the fonts and the chart and layout classes, so that the first report does not pay for them; meant to
   * run on a spare core while the workbooks are read.
   */
  public static void warmUp() {
    Fonts fonts = Fonts.get();
    Charts charts = new Charts(fonts);
    Document doc = new Document(PageSize.A4);
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, java.io.OutputStream.nullOutputStream());
      doc.open();
      List<Charts.Series> series = List.of(new Charts.Series("a", Palette.RATING, List.of(1.0, 2.0, 3.0)));
      doc.add(charts.draw(writer.getDirectContent(), charts.radar(List.of("x", "y", "z"), series, 5), 50, 50));
      doc.add(charts.draw(writer.getDirectContent(), charts.bars(List.of("x", "y", "z"), series, 5, "l"), 50, 50));
      Cells cells = new Cells(fonts, doc.right() - doc.left());
      PdfPTable t = cells.table(1);
      t.addCell(cells.text("warm-up ●"));
      doc.add(t);
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the PDF; returns warnings about text no embedded font can draw. */
  public List<String> render(CandidateReport r, OutputStream out) throws IOException {
    Rectangle size = "letter".equals(paper) ? PageSize.LETTER : PageSize.A4;
    Document doc = new Document(size, 42, 42, 58, 50);
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      writer.setPageEvent(new PageDecorator(fonts, "Interview readiness · " + r.candidate().name() + " · "
          + r.date(), r.model().profile().role()));
      doc.addTitle("Interview readiness report: " + r.candidate().name());
      doc.addAuthor(r.assessment().rater().isEmpty() ? "readiness" : r.assessment().rater());
      doc.addSubject(r.rubric().title() + ": readiness for " + r.score().role().title() + " on " + r.date());
      doc.addCreator("readiness");
      doc.open();
      // the dates come from the assessment, not the clock, so the same input gives the same document
      writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(calendar(r)));
      writer.getInfo().put(PdfName.MODDATE, new PdfDate(calendar(r)));
      ReportContext cx = new ReportContext(r, fonts, doc, writer);
      new SummaryChapter(cx).write();
      // a panel's pages come before the candidate's study pages: they are what a panel decides on
      if (r.model().calibration() != null) {
        new CalibrationChapter(cx).write();
      }
      if (r.model().progress() != null) {
        new ProgressChapter(cx).write();
      }
      new PartsChapter(cx).write();
      new SkillsChapter(cx).write();
      new PlanChapter(cx).write();
      new ChecklistsChapter(cx).write();
      new AppendixChapter(cx).write();
      doc.close();
      return cx.warnings();
    } catch (DocumentException e) {
      throw new IOException("cannot lay out the PDF: " + e.getMessage(), e);
    }
  }

  private static GregorianCalendar calendar(CandidateReport r) {
    GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
    c.clear();
    c.set(r.date().getYear(), r.date().getMonthValue() - 1, r.date().getDayOfMonth());
    return c;
  }

}
