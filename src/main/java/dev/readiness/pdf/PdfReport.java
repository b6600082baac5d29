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
  private final Cells cells = new Cells(fonts);
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
      PdfPTable t = new Cells(fonts).table(1);
      t.addCell(new Cells(fonts).text("warm-up ●"));
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
          + r.date(), r.score().role().title()));
      doc.addTitle("Interview readiness report: " + r.candidate().name());
      doc.addAuthor(r.assessment().rater().isEmpty() ? "readiness" : r.assessment().rater());
      doc.addSubject(r.rubric().title() + ": readiness for " + r.score().role().title() + " on " + r.date());
      doc.addCreator("readiness");
      doc.open();
      // the dates come from the assessment, not the clock, so the same input gives the same document
      writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(calendar(r)));
      writer.getInfo().put(PdfName.MODDATE, new PdfDate(calendar(r)));
      ReportWriter w = new ReportWriter(r, doc, writer);
      w.write();
      doc.close();
      return w.warnings();
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

  /** The state of writing one report. */
  private final class ReportWriter {
    private final CandidateReport r;
    private final Rubric rubric;
    private final Score score;
    private final Assessment a;
    private final Document doc;
    private final PdfWriter writer;
    private final Set<String> warnings = new LinkedHashSet<>();
    private final Set<String> reported = new java.util.HashSet<>();
    private int chapterNumber;

    ReportWriter(CandidateReport r, Document doc, PdfWriter writer) {
      this.r = r;
      this.rubric = r.rubric();
      this.score = r.score();
      this.a = r.assessment();
      this.doc = doc;
      this.writer = writer;
    }

    List<String> warnings() {
      return new ArrayList<>(warnings);
    }

    void write() throws DocumentException {
      summary();
      if (r.progress() != null) {
        progress(r.progress());
      }
      if (r.calibration() != null) {
        calibration(r.calibration());
      }
      parts();
      skills();
      plan();
      checklists();
      appendix();
    }

    private Chapter chapter(String title) {
      Paragraph p = new Paragraph(title, fonts.font(H1, true, Palette.ACCENT));
      p.setSpacingAfter(6);
      Chapter c = new Chapter(p, ++chapterNumber);
      c.setNumberDepth(0);
      c.setBookmarkTitle(title);
      c.setBookmarkOpen(false);
      return c;
    }

    private Section section(Chapter c, String title) {
      Paragraph p = new Paragraph(title, fonts.font(H2, true, Palette.ACCENT));
      p.setSpacingBefore(8);
      p.setSpacingAfter(2);
      Section s = c.addSection(p);
      s.setNumberDepth(0);
      s.setBookmarkTitle(title);
      return s;
    }

    /** A section that only marks a bookmark: its visible title is in its table's header rows. */
    private Section quiet(Chapter c, String title) {
      Paragraph p = new Paragraph(fonts.phrase(" ", 1f, false, Color.WHITE));
      Section s = c.addSection(p);
      s.setNumberDepth(0);
      s.setBookmarkTitle(title);
      return s;
    }

    private Paragraph para(String text) {
      Paragraph p = new Paragraph(rubricText(text, 9f));
      p.setSpacingAfter(4);
      p.setLeading(12f);
      return p;
    }

    /** Rubric text (never user input): drawn with fallback, but without bidi (rubric text is left to right). */
    private Phrase rubricText(String text, float size) {
      return fonts.phrase(text, size, false, Palette.INK);
    }

    /** User text: names and notes. Checked for glyphs no font has, and laid out in a bidi-aware cell. */
    private PdfPCell userCell(String text) {
      check(text);
      return cells.text(text);
    }

    private void check(String text) {
      Set<String> missing = fonts.undrawable(text);
      missing.removeAll(reported);
      if (!missing.isEmpty()) {
        reported.addAll(missing);
        warnings.add("the PDF cannot draw the characters " + String.join(" ", missing) + " in \"" + text
            + "\"; they are left out");
      }
    }

    private void summary() throws DocumentException {
      Chapter c = chapter("Summary");
      PdfPTable title = cells.plain(1);
      check(r.candidate().name());
      title.addCell(cells.bare(fonts.phrase("Interview readiness: " + r.candidate().name(), TITLE, true,
          Palette.INK)));
      c.add(title);
      PdfPTable profile = cells.plain(1.4f, 3f, 1.5f, 2.6f);
      profileRow(profile, "Candidate", r.candidate().name() + (r.candidate().id() == null ? ""
          : " (" + r.candidate().id() + ")"), "Target role", score.role().title());
      profileRow(profile, "Rater", raterLine(), "Assessment date", r.date().toString());
      profileRow(profile, "Interview date", a.interviewDate() == null ? "—" : a.interviewDate().toString(),
          "Study time", r.plan().inputs().weeks() + " weeks × " + hours(r.plan().inputs().hoursPerWeek())
              + " h");
      c.add(profile);
      PdfPTable verdict = cells.plain(1);
      String index = score.readinessIndex() == null ? "—"
          : String.format(Locale.ROOT, "%.1f", score.readinessIndex());
      Phrase line = fonts.phrase("Readiness index " + index + " / 100 · " + score.verdict().label() + "\n", 13f, true,
          verdictColor());
      line.addAll(fonts.phrase(score.verdictText(), 9.5f, false, Palette.INK));
      PdfPCell v = cells.cell(line);
      v.setBackgroundColor(verdictBackground());
      v.setPadding(8);
      verdict.addCell(v);
      c.add(verdict);
      PdfPTable chartsRow = cells.plain(1, 1);
      chartsRow.addCell(chartCell(radar(), "Parts: mean rating against the role's target"));
      chartsRow.addCell(chartCell(skillBars(), "Skill groups: mean rating against the target"));
      c.add(chartsRow);
      PdfPTable words = cells.table(1, 1);
      cells.header(words, "Strengths", "Largest gaps");
      words.addCell(cells.text(bullets(score.strengths().stream().limit(3).map(this::strengthLine).toList(),
          "No topic is at its target yet.")));
      words.addCell(cells.text(bullets(score.largestGaps().stream().limit(3).map(this::gapLine).toList(),
          "No gaps: every rated topic is at or above its target.")));
      c.add(words);
      PdfPTable status = cells.table(3.2f, 0.8f, 1f, 1f, 1.2f, 1.2f);
      cells.header(status, "Part", "Target", "Coverage", "Gap points", "Depth (level 4+)", "Status");
      for (PartScore p : score.parts()) {
        status.addCell(cells.text(rubric.part(p.id()).heading()));
        status.addCell(cells.centered(String.valueOf(p.target()), null));
        status.addCell(cells.centered(percent(p.coverage()) + (p.complete() ? "" : " *"), null));
        status.addCell(cells.centered(number(p.gapPoints()), null));
        status.addCell(cells.centered(p.depthTopics() + (p.depthMet() ? " (goal met)" : " (goal: 2)"), null));
        status.addCell(statusCell(p.status()));
      }
      c.add(status);
      if (score.parts().stream().anyMatch(p -> !p.complete())) {
        c.add(small("* Incomplete: " + score.unratedTopics() + " topics are not rated; coverage is over the rated"
            + " topics only, and blanks never count as 0."));
      }
      doc.add(c);
    }

    private String raterLine() {
      check(a.rater());
      return (a.rater().isEmpty() ? "(not named)" : a.rater()) + " · " + a.raterRole().label();
    }

    private void profileRow(PdfPTable t, String l1, String v1, String l2, String v2) {
      t.addCell(cells.text(l1, Cells.BODY, true, Palette.MUTED));
      t.addCell(userCell(v1));
      t.addCell(cells.text(l2, Cells.BODY, true, Palette.MUTED));
      t.addCell(userCell(v2));
    }

    private PdfPCell chartCell(Image chart, String caption) {
      PdfPTable inner = cells.plain(1);
      inner.setSpacingBefore(0);
      inner.setSpacingAfter(0);
      PdfPCell img = new PdfPCell(chart, true);
      img.setBorder(PdfPCell.NO_BORDER);
      inner.addCell(img);
      PdfPCell cap = cells.bare(fonts.phrase(caption, 7.5f, false, Palette.MUTED));
      cap.setHorizontalAlignment(Element.ALIGN_CENTER);
      inner.addCell(cap);
      PdfPCell outer = new PdfPCell(inner);
      outer.setBorder(PdfPCell.NO_BORDER);
      outer.setPadding(2);
      return outer;
    }

    private Image radar() {
      List<String> labels = new ArrayList<>();
      List<Double> targets = new ArrayList<>();
      List<Double> ratings = new ArrayList<>();
      for (PartScore p : score.parts()) {
        labels.add(Charts.shortLabel(p.id(), p.title()));
        targets.add((double) p.target());
        ratings.add(meanRating(p.id()));
      }
      return charts.draw(writer.getDirectContent(), charts.radar(labels, List.of(
          new Charts.Series("Target", Palette.TARGET, targets),
          new Charts.Series("Mean rating", Palette.RATING, ratings)), rubric.scale().max()), 250, 215);
    }

    private double meanRating(String partId) {
      return score.topics().stream().filter(t -> t.part().equals(partId) && t.rated())
          .mapToDouble(TopicScore::rating).average().orElse(0);
    }

    private Image skillBars() {
      List<String> labels = new ArrayList<>();
      List<Double> targets = new ArrayList<>();
      List<Double> ratings = new ArrayList<>();
      for (SkillGroup g : rubric.skillGroups()) {
        GroupScore gs = score.skillGroups().stream().filter(x -> x.id().equals(g.id())).findFirst().orElseThrow();
        labels.add(g.title());
        targets.add((double) gs.target());
        ratings.add(g.skills().stream().map(s -> a.skillRatings().get(s.id())).filter(x -> x != null)
            .mapToDouble(Double::doubleValue).average().orElse(0));
      }
      return charts.draw(writer.getDirectContent(), charts.bars(labels, List.of(
          new Charts.Series("Mean rating", Palette.RATING, ratings),
          new Charts.Series("Target", Palette.TARGET, targets)), rubric.scale().max(), "Level"), 250, 215);
    }

    private String strengthLine(TopicScore t) {
      return t.id() + " " + t.title() + ": rated " + level(t.rating()) + ", target " + t.target();
    }

    private String gapLine(TopicScore t) {
      return t.id() + " " + t.title() + ": rated " + level(t.rating()) + ", target " + t.target() + " (gap "
          + level(t.gap()) + ", " + rubric.part(t.part()).heading() + ")";
    }

    private void progress(Progress p) throws DocumentException {
      Chapter c = chapter("Progress");
      Progress.Point first = p.assessments().get(0);
      Progress.Point prev = p.previous();
      Progress.Point last = p.latest();
      c.add(para(p.assessments().size() + " assessments from " + first.date() + " to " + last.date()
          + ". Since the previous one on " + prev.date() + " the readiness index moved from "
          + level1(prev.readinessIndex()) + " to " + level1(last.readinessIndex()) + " ("
          + signed(delta(prev.readinessIndex(), last.readinessIndex()), "%+.1f") + "). Where a date had several"
          + " raters, the panel's consensus is its point."));
      List<String> dates = p.assessments().stream().map(x -> x.date().toString()).toList();
      List<Charts.Series> series = new ArrayList<>();
      series.add(new Charts.Series("Readiness index", Palette.INK, p.assessments().stream()
          .map(x -> x.readinessIndex()).toList()));
      int i = 0;
      for (Part part : rubric.parts()) {
        series.add(new Charts.Series(Charts.shortLabel(part.id(), part.title()), Palette.SERIES[i++ % 8],
            p.assessments().stream().map(x -> x.parts().get(part.id()) == null ? null
                : x.parts().get(part.id()) * 100).toList()));
      }
      Image chart = charts.draw(writer.getDirectContent(), charts.lines(dates, series, 100,
          "Index and part coverage (%)"), 480, 220);
      c.add(centered(chart));
      Section parts = quiet(c, "Each part since " + prev.date());
      PdfPTable pt = cells.headed("Each part since " + prev.date(), null, 3.6f, 1f, 1f, 1f, 2.6f);
      cells.header(pt, "Part", "Coverage then", "Now", "Change", "Reaches its target");
      for (Progress.Projection pr : p.projection()) {
        pt.addCell(cells.text(rubric.part(pr.part()).heading()));
        pt.addCell(cells.centered(percent(prev.parts().get(pr.part())), null));
        pt.addCell(cells.centered(percent(pr.coverage()), null));
        Double d = p.partChanges().get(pr.part());
        pt.addCell(cells.centered(d == null ? "—" : String.format(Locale.ROOT, "%+d pts", Math.round(d * 100)),
            d == null || Math.abs(d) < 0.005 ? null : d > 0 ? Palette.READY_BG : Palette.NOT_READY_BG));
        pt.addCell(cells.text(pr.reached() ? "Reached" : pr.reachesTargetOn() != null
            ? "About " + pr.reachesTargetOn() + " at the pace so far" : "Not at this pace"));
      }
      parts.add(pt);
      Section moved = quiet(c, "Topics that moved since " + prev.date());
      PdfPTable mt = cells.headed("Topics that moved since " + prev.date(), null, 1, 1);
      cells.header(mt, "Improved (" + p.improved().size() + ")", "Regressed (" + p.regressed().size() + ")");
      mt.addCell(cells.text(bullets(p.improved().stream().map(this::changeLine).toList(), "None.")));
      mt.addCell(cells.text(bullets(p.regressed().stream().map(this::changeLine).toList(), "None.")));
      moved.add(mt);
      if (!p.focus().isEmpty()) {
        Section focus = quiet(c, "The previous plan's focus topics");
        PdfPTable ft = cells.headed("The previous plan's focus topics", null, 0.6f, 4f, 1f, 1f);
        cells.header(ft, "ID", "Topic", "Then", "Now");
        for (Progress.Change ch : p.focus()) {
          ft.addCell(cells.text(ch.topic()));
          ft.addCell(cells.text(rubric.topic(ch.topic()).title()));
          ft.addCell(cells.centered(level(ch.from()), null));
          ft.addCell(cells.centered(level(ch.to()), ch.improved() ? Palette.READY_BG : ch.regressed()
              ? Palette.NOT_READY_BG : null));
        }
        focus.add(ft);
      }
      Section notes = quiet(c, "Check-in notes");
      PdfPTable nt = cells.headed("Check-in notes", null, 0.6f, 3.5f, 3.5f);
      cells.header(nt, "", "Previous (" + p.checkIns().previousDate() + ")", "This one (" + r.date() + ")");
      nt.addCell(cells.text("Agreed"));
      nt.addCell(userCell(p.checkIns().previous().isEmpty() ? "—" : p.checkIns().previous()));
      nt.addCell(userCell(p.checkIns().latest().isEmpty() ? "—" : p.checkIns().latest()));
      p.checkIns().topicNotes().forEach((id, pair) -> {
        nt.addCell(cells.text(id));
        nt.addCell(userCell(pair.previous()));
        nt.addCell(userCell(pair.latest()));
      });
      notes.add(nt);
      doc.add(c);
    }

    /** A chart at its own size, centred on the page's width. */
    private PdfPTable centered(Image chart) {
      PdfPTable holder = cells.plain(1);
      PdfPCell cell = new PdfPCell(chart, false);
      cell.setBorder(PdfPCell.NO_BORDER);
      cell.setHorizontalAlignment(Element.ALIGN_CENTER);
      holder.addCell(cell);
      return holder;
    }

    private String changeLine(Progress.Change ch) {
      return ch.topic() + " " + rubric.topic(ch.topic()).title() + ": " + level(ch.from()) + " → " + level(ch.to());
    }

    private void calibration(Calibration cal) throws DocumentException {
      Chapter c = chapter("Panel calibration");
      List<Calibration.Rater> panel = cal.raters().stream().filter(x -> !x.isSelf()).toList();
      c.add(para(panel.size() + " panel raters" + (cal.hasSelf() ? " and the candidate's self-rating" : "")
          + " on " + r.date() + ". The scores and the plan in this report use the panel's consensus: the median"
          + " of the panel's ratings on each topic (a half level where the panel splits evenly). The self-rating"
          + " is shown beside it, never mixed in."));
      Section raters = quiet(c, "Raters");
      PdfPTable rt = cells.headed("Raters", null, 2.5f, 1f, 3f, 2.5f);
      cells.header(rt, "Rater", "Role", "Workbook", "Leniency across this run");
      for (Calibration.Rater rater : cal.raters()) {
        rt.addCell(userCell(rater.name()));
        rt.addCell(cells.text(rater.role().label()));
        rt.addCell(userCell(rater.source()));
        rt.addCell(cells.text(leniency(rater)));
      }
      raters.add(rt);
      Section agreement = quiet(c, "Agreement");
      PdfPTable at = cells.headed("Agreement", "Krippendorff's alpha (ordinal) over the panel's ratings: "
          + cal.overall().meaning() + " Above 0.8 a panel's ratings are reliable; from 0.667 to 0.8 tentative;"
          + " below that, discuss before deciding.", 4f, 1f, 5f);
      cells.header(at, "Part", "Alpha", "What it means");
      for (Part part : rubric.parts()) {
        Alpha a = cal.byPart().get(part.id());
        at.addCell(cells.text(part.heading()));
        at.addCell(cells.centered(a.defined() ? String.format(Locale.ROOT, "%.2f", a.value()) : "—",
            a.defined() ? (a.value() >= 0.8 ? Palette.READY_BG : a.value() >= 0.667 ? Palette.CLOSE_BG
                : Palette.NOT_READY_BG) : Palette.UNRATED_BG));
        at.addCell(cells.text(a.meaning()));
      }
      agreement.add(at);
      String discussTitle = "To discuss: topics where the panel differs by 2 levels or more";
      if (cal.disagreements().isEmpty()) {
        Section discuss = section(c, discussTitle);
        discuss.add(para("None: on every topic the panel's ratings are within one level of each other."));
      } else {
        Section discuss = quiet(c, discussTitle);
        discuss.add(ratingsTable(discussTitle, panel, cal.disagreements().stream().map(d -> cal.topics().stream()
            .filter(t -> t.topic().equals(d.topic())).findFirst().orElseThrow()).toList()));
      }
      if (cal.hasSelf()) {
        Section self = section(c, "Self-rating against the panel");
        self.add(para("Per part, the candidate's self-rating minus the panel's consensus, averaged over the topics"
            + " both rated: above zero the candidate rates themself higher than the panel does (over-confidence),"
            + " below zero lower (under-confidence)."));
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Part part : rubric.parts()) {
          labels.add(Charts.shortLabel(part.id(), part.title()));
          Double v = cal.selfBias().get(part.id());
          values.add(v == null ? 0 : v);
        }
        double limit = Math.max(1, Math.ceil(values.stream().mapToDouble(Math::abs).max().orElse(1)));
        Image chart = charts.draw(writer.getDirectContent(), charts.diverging(labels,
            new Charts.Series("Self minus panel", Palette.SELF, values), limit, "Self minus panel (levels)"),
            420, 170);
        self.add(centered(chart));
        PdfPTable st = cells.table(4f, 1.2f, 4f);
        cells.header(st, "Part", "Self − panel", "Reading");
        for (Part part : rubric.parts()) {
          Double v = cal.selfBias().get(part.id());
          st.addCell(cells.text(part.heading()));
          st.addCell(cells.centered(v == null ? "—" : String.format(Locale.ROOT, "%+.2f", v), null));
          st.addCell(cells.text(v == null ? "No topic rated by both." : Math.abs(v) < 0.25 ? "In line with the panel."
              : v > 0 ? "Rates themself higher than the panel (over-confident)."
              : "Rates themself lower than the panel (under-confident)."));
        }
        self.add(st);
      }
      Section all = quiet(c, "Every rating");
      all.add(ratingsTable("Every rating", panel, cal.topics()));
      doc.add(c);
    }

    private PdfPTable ratingsTable(String title, List<Calibration.Rater> panel,
        List<Calibration.TopicRatings> rows) {
      int n = panel.size();
      float[] widths = new float[n + 6];
      widths[0] = 0.6f;
      widths[1] = 2.6f;
      for (int i = 0; i < n; i++) {
        widths[2 + i] = 0.9f;
      }
      widths[n + 2] = 0.7f;
      widths[n + 3] = 0.8f;
      widths[n + 4] = 0.7f;
      widths[n + 5] = 0.85f;
      PdfPTable t = cells.headed(title, null, widths);
      t.addCell(headerCell("ID"));
      t.addCell(headerCell("Topic"));
      for (Calibration.Rater rater : panel) {
        check(rater.name());
        PdfPCell h = cells.cell(fonts.phrase(rater.name(), 7f, true, Palette.INK));
        h.setBackgroundColor(Palette.HEADER_BG);
        t.addCell(h);
      }
      t.addCell(headerCell("Self"));
      t.addCell(headerCell("Median"));
      t.addCell(headerCell("Mean"));
      t.addCell(headerCell("Spread"));
      t.setHeaderRows(t.size());
      for (Calibration.TopicRatings tr : rows) {
        t.addCell(cells.text(tr.topic()));
        t.addCell(cells.text(rubric.topic(tr.topic()).title()));
        for (Calibration.Rater rater : panel) {
          t.addCell(cells.centered(level(tr.panel().get(rater.name())), null));
        }
        t.addCell(cells.centered(level(tr.self()), null));
        t.addCell(cells.centered(level(tr.median()), null));
        t.addCell(cells.centered(tr.mean() == null ? "—" : String.format(Locale.ROOT, "%.1f", tr.mean()), null));
        t.addCell(cells.centered(level(tr.spread()), tr.spread() != null && tr.spread() >= 2 ? Palette.NOT_READY_BG
            : null));
      }
      return t;
    }

    private PdfPCell headerCell(String text) {
      PdfPCell h = cells.cell(fonts.phrase(text, 7f, true, Palette.INK));
      h.setBackgroundColor(Palette.HEADER_BG);
      return h;
    }

    private String leniency(Calibration.Rater rater) {
      if (rater.isSelf()) {
        return "— (self-rating)";
      }
      if (rater.leniency() == null) {
        return "— (no topic shared with another rater)";
      }
      double v = rater.leniency().offset();
      String word = Math.abs(v) < 0.25 ? "in line with the panel" : v > 0 ? "lenient" : "harsh";
      return String.format(Locale.ROOT, "%+.2f levels: %s (%d topics, %d candidate%s)", v, word,
          rater.leniency().topics(), rater.leniency().candidates(), rater.leniency().candidates() == 1 ? "" : "s");
    }

    private void parts() throws DocumentException {
      Chapter c = chapter("The parts of the guide");
      c.add(para("Each part's topics against the target of the " + score.role().title() + " role. The bar shows"
          + " the rating out of " + rubric.scale().max() + "; the gap column is coloured green at or above target,"
          + " amber one level below, red two or more below, and grey where the topic was not rated."));
      for (Part part : rubric.parts()) {
        PartScore p = score.part(part.id());
        Section s = quiet(c, part.heading());
        PdfPTable t = cells.headed(part.heading(), "Target " + p.target() + " · coverage " + percent(p.coverage())
            + " · " + p.rated() + " of " + (p.rated() + p.unrated()) + " topics rated · status "
            + p.status().label().toLowerCase(Locale.ROOT) + " · depth: " + p.depthTopics() + " topics at level "
            + rubric.depthAdvice().level() + " or more, " + (p.depthMet() ? "goal met." : "goal not met ("
            + rubric.depthAdvice().minTopics() + " needed)."), 0.55f, 3f, 1.3f, 0.75f, 0.55f, 3.1f);
        cells.header(t, "ID", "Topic", "Rating", "Target", "Gap", "Notes");
        for (Topic topic : rubric.topicsOf(part.id())) {
          TopicScore ts = score.topic(topic.id());
          t.addCell(cells.text(topic.id()));
          t.addCell(cells.text(topic.title()));
          t.addCell(cells.centered(ts.rated() ? bar(ts.rating()) + " " + level(ts.rating()) : "not rated",
              ts.rated() ? null : Palette.UNRATED_BG));
          t.addCell(cells.centered(String.valueOf(ts.target()), null));
          t.addCell(cells.centered(ts.rated() ? level(ts.gap()) : "—", gapColor(ts)));
          t.addCell(userCell(a.topicNotes().getOrDefault(topic.id(), "")));
        }
        s.add(t);
      }
      doc.add(c);
    }

    private void skills() throws DocumentException {
      Chapter c = chapter("Essential skills matrix");
      PdfPTable t = cells.table(2.2f, 3.2f, 1.3f, 0.75f, 0.55f, 2.9f);
      cells.header(t, "Group", "Skill", "Rating", "Target", "Gap", "Notes");
      for (SkillGroup g : rubric.skillGroups()) {
        GroupScore gs = score.skillGroups().stream().filter(x -> x.id().equals(g.id())).findFirst().orElseThrow();
        for (SkillGroup.Skill s : g.skills()) {
          Double rating = a.skillRatings().get(s.id());
          t.addCell(cells.text(g.title() + " (" + gs.status().label().toLowerCase(Locale.ROOT) + ")"));
          t.addCell(cells.text(s.title()));
          t.addCell(cells.centered(rating == null ? "not rated" : bar(rating) + " " + level(rating),
              rating == null ? Palette.UNRATED_BG : null));
          t.addCell(cells.centered(String.valueOf(gs.target()), null));
          Double gap = rating == null ? null : Math.max(0, gs.target() - rating);
          t.addCell(cells.centered(gap == null ? "—" : level(gap), gapColor(gap)));
          t.addCell(userCell(a.skillNotes().getOrDefault(s.id(), "")));
        }
      }
      c.add(t);
      doc.add(c);
    }

    private void plan() throws DocumentException {
      StudyPlan plan = r.plan();
      Chapter c = chapter("Study plan");
      c.add(para(plan.summary()));
      c.add(para(plan.inputs().weeks() + " weeks from " + plan.inputs().start() + " at "
          + hours(plan.inputs().hoursPerWeek()) + " h a week: " + hours(plan.hoursPlanned()) + " of "
          + hours(plan.hoursAvailable()) + " hours planned; "
          + Math.round(plan.gapCovered() * 100) + "% of the gap to target covered."));
      List<String> focus = new ArrayList<>();
      plan.focus().forEach((part, topics) -> {
        if (!topics.isEmpty()) {
          focus.add("Part " + rubric.part(part).number() + ": " + String.join(", ", topics));
        }
      });
      c.add(para("Focus topics to take to depth (the guide: master 2-3 scenarios from each section): "
          + String.join("; ", focus) + "."));
      PdfPTable t = cells.table(1.25f, 0.75f, 1.7f, 5.6f);
      cells.header(t, "Week", "Hours", "Topic or practice", "What to do");
      java.util.Map<String, Integer> firstWeekOf = new java.util.HashMap<>();
      for (Week w : plan.weeks()) {
        boolean first = true;
        for (PlanItem item : w.items()) {
          PdfPCell week = cells.text(first ? "Week " + w.week() + "\n" + w.start() : "");
          if (!first) {
            week.setBorderWidthTop(0);
          }
          t.addCell(week);
          t.addCell(cells.centered(hours(item.hours()), null));
          t.addCell(cells.text(item.topic() == null ? practiceName(item) : item.topic() + " "
              + rubric.topic(item.topic()).title(), Cells.BODY, item.topic() != null, Palette.INK));
          String key = item.topic() == null ? item.activity().id() : item.topic() + item.activity();
          Integer since = firstWeekOf.putIfAbsent(key, w.week());
          t.addCell(cells.text(since == null ? details(item) : repeated(item, since)));
          first = false;
        }
        if (w.items().isEmpty()) {
          t.addCell(cells.text("Week " + w.week() + "\n" + w.start()));
          t.addCell(cells.centered("0", null));
          t.addCell(cells.text("—"));
          t.addCell(cells.text("Nothing planned: the work is done; keep the hours for upkeep."));
        }
      }
      c.add(t);
      doc.add(c);
    }

    private String details(PlanItem item) {
      if (item.topic() == null) {
        return item.description();
      }
      return item.description() + "\n" + rubric.topic(item.topic()).pointsHeading() + ": "
          + String.join("; ", item.points()) + ".\nPractise aloud: \"" + item.question() + "\"";
    }

    /** A line already explained in an earlier week, said briefly. */
    private String repeated(PlanItem item, int since) {
      if (item.topic() != null) {
        return item.description() + " (continued from week " + since + ")";
      }
      if (item.activity() == Activity.WHITEBOARD && item.question() != null) {
        return "Answer \"" + item.question() + "\" aloud, following the System Design Interview Structure (see"
            + " week " + since + ").";
      }
      return item.description();
    }

    private String practiceName(PlanItem item) {
      switch (item.activity()) {
        case WHITEBOARD:
          return "Whiteboard practice";
        case CASE_STUDIES:
          return "Case studies";
        case ADRS:
          return "Decision records";
        case MOCK_INTERVIEW:
          return "Mock interview";
        case KATA:
          return "Architecture kata";
        default:
          return "PEP reading";
      }
    }

    private void checklists() throws DocumentException {
      Chapter c = chapter("Checklists");
      for (Checklist list : rubric.checklists()) {
        Section s = quiet(c, list.title());
        PdfPTable t = cells.headed(list.title(), null, 0.8f, 5f, 1f, 3f);
        cells.header(t, "ID", "Item", "Status", "Notes");
        for (Checklist.Item item : list.items()) {
          ChecklistStatus st = a.checklist().get(item.id());
          t.addCell(cells.text(item.id()));
          t.addCell(cells.text(item.fullText()));
          t.addCell(cells.centered(st == null ? "not set" : st.label(), checklistColor(st)));
          t.addCell(userCell(a.checklistNotes().getOrDefault(item.id(), "")));
        }
        s.add(t);
      }
      doc.add(c);
    }

    private void appendix() throws DocumentException {
      Chapter c = chapter("Appendix: the scale and how the numbers are made");
      PdfPTable scale = cells.table(0.5f, 1.5f, 6f);
      cells.header(scale, "Level", "Label", "What it means");
      for (Scale.Level l : rubric.scale().levels()) {
        scale.addCell(cells.centered(String.valueOf(l.level()), null));
        scale.addCell(cells.text(l.label()));
        scale.addCell(cells.text(l.descriptor()));
      }
      c.add(scale);
      String[][] explanations = {
        {"Gap", "For each rated topic, the target level of its part minus the rating, or 0 when the rating is at"
            + " or above the target. A blank rating is \"not rated\": it has no gap and is never counted as 0."},
        {"Coverage", "For a part or skill group, the mean over its rated topics of the rating divided by the target,"
            + " each capped at 1, so being above target on one topic does not hide a gap on another."},
        {"Gap points", "The sum of a part's gaps, each multiplied by the part's weight for the target role."},
        {"Depth", "How many of a part's topics are rated " + rubric.depthAdvice().level() + " or more. The guide"
            + " advises mastering 2-3 scenarios from each section in depth; the goal is met with "
            + rubric.depthAdvice().minTopics() + "."},
        {"Status", "Ready: coverage at least " + percent(rubric.scoring().readyCoverage()) + " and, where the role's"
            + " target for the part is " + rubric.depthAdvice().level() + " or more, the depth goal met. Close:"
            + " coverage at least " + percent(rubric.scoring().closeCoverage()) + ". Otherwise not ready."},
        {"Readiness index", "A number from 0 to 100: " + percent(1 - rubric.scoring().skillsShare()) + " the"
            + " weighted mean of the parts' coverage (weights from the role) and "
            + percent(rubric.scoring().skillsShare()) + " the mean coverage of the skill groups."},
        {"Verdict", "Ready when the index is at least " + number(rubric.scoring().readyIndex()) + " and no part is"
            + " not ready; close when it is at least " + number(rubric.scoring().closeIndex())
            + "; otherwise not ready."},
        {"Study plan", "Climbing a level costs " + stepHours() + " hours for the successive steps of the scale."
            + " The weakest part (most gap points) comes first; within it the focus topics, then the other gaps by"
            + " weighted gap, then depth work. Each week gives at most "
            + percent(rubric.planning().practice().maxShare()) + " of its hours to practice: case studies in week"
            + " 1, ADRs in week 2, PEP reading and whiteboard practice weekly, a kata every fourth week, mock"
            + " interviews in the last two weeks."},
      };
      PdfPTable t = cells.plain(1.3f, 6.7f);
      for (String[] e : explanations) {
        t.addCell(cells.text(e[0], Cells.BODY, true, Palette.INK));
        t.addCell(cells.text(e[1]));
      }
      c.add(t);
      c.add(small("Made by readiness from " + String.join(", ", r.sources()) + " with the rubric "
          + rubric.id() + "."));
      doc.add(c);
    }

    private Paragraph small(String text) {
      Paragraph p = new Paragraph(fonts.phrase(text, 7.5f, false, Palette.MUTED));
      p.setSpacingBefore(2);
      return p;
    }

    private String stepHours() {
      List<String> parts = new ArrayList<>();
      List<Double> steps = rubric.planning().hoursPerLevelStep();
      for (int i = 0; i < steps.size(); i++) {
        parts.add((rubric.scale().min() + i) + "→" + (rubric.scale().min() + i + 1) + ": " + hours(steps.get(i)));
      }
      return String.join(", ", parts);
    }

    private Color verdictColor() {
      return VERDICT_COLORS.get(score.verdict())[0];
    }

    private Color verdictBackground() {
      return VERDICT_COLORS.get(score.verdict())[1];
    }

    private PdfPCell statusCell(Status s) {
      Color bg = s == Status.READY ? Palette.READY_BG : s == Status.CLOSE ? Palette.CLOSE_BG
          : s == Status.NOT_READY ? Palette.NOT_READY_BG : Palette.UNRATED_BG;
      return cells.centered(s.label(), bg);
    }

    private Color gapColor(TopicScore t) {
      return gapColor(t.gap());
    }

    private Color gapColor(Double gap) {
      if (gap == null) {
        return Palette.UNRATED_BG;
      }
      return gap <= 0 ? Palette.READY_BG : gap <= 1 ? Palette.CLOSE_BG : Palette.NOT_READY_BG;
    }

    private Color checklistColor(ChecklistStatus s) {
      if (s == null) {
        return Palette.UNRATED_BG;
      }
      return s == ChecklistStatus.DONE ? Palette.READY_BG : s == ChecklistStatus.PARTLY ? Palette.CLOSE_BG
          : Palette.NOT_READY_BG;
    }

    /** Filled and empty dots out of the scale's maximum: "●●●○○". */
    private String bar(double rating) {
      int filled = (int) Math.floor(rating);
      StringBuilder sb = new StringBuilder();
      for (int i = 1; i <= rubric.scale().max(); i++) {
        sb.append(i <= filled ? '●' : i - 0.5 <= rating ? '◐' : '○');
      }
      return sb.toString();
    }
  }

  static String bullets(List<String> lines, String none) {
    if (lines.isEmpty()) {
      return none;
    }
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      sb.append(sb.length() == 0 ? "" : "\n").append("• ").append(l);
    }
    return sb.toString();
  }

  static Double delta(Double a, Double b) {
    return a == null || b == null ? null : b - a;
  }

  static String signed(Double v, String format) {
    return v == null ? "—" : String.format(Locale.ROOT, format, v);
  }

  static String level1(Double v) {
    return v == null ? "—" : String.format(Locale.ROOT, "%.1f", v);
  }

  static String percent(Double v) {
    return v == null ? "—" : Math.round(v * 100) + "%";
  }

  static String number(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v)
        .replaceAll("0+$", "");
  }

  static String level(Double v) {
    if (v == null) {
      return "—";
    }
    return v == Math.rint(v) ? String.valueOf(v.longValue()) : String.format(Locale.ROOT, "%.1f", v);
  }

  static String hours(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
