package dev.readiness.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import dev.readiness.report.CandidateReport;
import dev.readiness.report.ReportModel;
import dev.readiness.text.Bidi;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/** Renders a candidate's report as PDF. */
public final class PdfReport {
  private final String paper;

  /**
   * @param paper "a4" or "letter"
   */
  public PdfReport(String paper) {
    this.paper = paper;
  }

  /**
   * Writes the PDF; returns warnings about text no embedded font can draw. The report is laid out
   * until its page breaks settle (see {@link Pagination}), and only the last layout is written.
   */
  public List<String> render(CandidateReport r, OutputStream out) throws IOException {
    return Pagination.settle((laid, pages) -> renderOnce(r, laid, pages), out);
  }

  /**
   * One layout with the page breaks given: the passes of {@link #render}, and a test's look at a
   * first one.
   */
  List<String> renderOnce(CandidateReport r, OutputStream out, Pagination pages)
      throws IOException {
    Rectangle size = "letter".equals(paper) ? PageSize.LETTER : PageSize.A4;
    Document doc = new Document(size, 42, 42, 58, 50);
    try {
      Fonts fonts = Fonts.get().forDocument(r.model().frame().people());
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      ReportModel.Frame frame = r.model().frame();
      writer.setPageEvent(new PageDecorator(fonts, frame.pageHead(), r.model().profile().role()));
      doc.addTitle(Bidi.plain(frame.documentTitle()));
      doc.addSubject(frame.subject());
      Accessible.prepare(writer, doc, Bidi.plain(frame.author()));
      doc.open();
      stamp(writer, r.date());
      Accessible.metadata(writer);
      ReportContext cx = new ReportContext(r, fonts, doc, writer, pages);
      new SummaryChapter(cx).write();
      // a panel's pages come before the candidate's study pages: they are what a panel decides on
      if (r.model().calibration() != null) {
        new CalibrationChapter(cx).write();
      }
      if (r.model().packet() != null) {
        // the panel's packet: what the panel decides on, and no study plan
        new PanelChapter(cx).write();
        new PartsChapter(cx).write();
        new AppendixChapter(cx).write();
        doc.close();
        return cx.warnings();
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
    } catch (com.lowagie.text.ExceptionConverter e) {
      throw PdfReport.unwrap(e);
    } catch (DocumentException e) {
      throw layout(e);
    }
  }

  /**
   * The system's IOException (a full disk, say) that OpenPDF wrapped in its own runtime exception,
   * which does not even give it as its cause; anything else it wrapped is a bug and goes on as it
   * is.
   */
  static IOException unwrap(com.lowagie.text.ExceptionConverter e) {
    if (e.getException() instanceof IOException io) {
      return io;
    }
    if (e.getException() instanceof DocumentException d) {
      return layout(d);
    }
    throw e;
  }

  /**
   * A layout OpenPDF refused, in the tool's words: its own text names classes and internals, so it
   * stays with the cause (which --verbose prints), not in the message.
   */
  static IOException layout(DocumentException e) {
    return new IOException("the PDF could not be laid out", e);
  }

  /**
   * Dates the document by its assessment, not the clock, so the same input gives the same document.
   */
  static void stamp(PdfWriter writer, LocalDate date) {
    GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
    c.clear();
    c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
    writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(c));
    writer.getInfo().put(PdfName.MODDATE, new PdfDate(c));
  }
}
