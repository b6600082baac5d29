package dev.readiness.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.readiness.kit.KitView;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * Lays out one copy of an interview kit as its view says: the running order, the rating scale, the
 * opening, each question with its steps, key points, probes and answer descriptions, ruled room for
 * notes, the closing and the recommendation lines. It words nothing itself.
 */
public final class KitPdf {
  /** The height of one ruled line of notes. */
  private static final float NOTE_LINE = 14;

  private Fonts fonts = Fonts.get();
  private final String paper;

  public KitPdf(String paper) {
    this.paper = paper;
  }

  /**
   * As {@link #render(KitView, LocalDate, List, OutputStream)}, for a kit that names nobody to
   * isolate.
   */
  public List<String> render(KitView kit, LocalDate date, OutputStream out) throws IOException {
    return render(kit, date, List.of(), out);
  }

  /**
   * Writes the kit; returns warnings about characters no embedded font can draw.
   *
   * @param date the kit's date, which dates the document, so the same input gives the same document
   * @param people the names the kit shows (the candidate's), each isolated from the text around it
   */
  public List<String> render(KitView kit, LocalDate date, List<String> people, OutputStream out)
      throws IOException {
    return Pagination.settle((laid, pages) -> renderOnce(kit, date, people, laid, pages), out);
  }

  /** One layout with the page breaks given (see {@link Pagination}). */
  private List<String> renderOnce(
      KitView kit, LocalDate date, List<String> people, OutputStream out, Pagination pages)
      throws IOException {
    fonts = Fonts.get().forDocument(people);
    Rectangle size = "letter".equals(paper) ? PageSize.LETTER : PageSize.A4;
    Document doc = new Document(size, 42, 42, 58, 50);
    Cells cells = new Cells(fonts, doc.right() - doc.left());
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      writer.setPageEvent(new PageDecorator(fonts, kit.runningHead(), kit.copy()));
      doc.addTitle(dev.readiness.text.Bidi.plain(kit.title() + " (" + kit.copy() + ")"));
      Accessible.prepare(writer, doc, "");
      doc.open();
      PdfReport.stamp(writer, date);
      Accessible.metadata(writer);
      doc.add(new Paragraph(fonts.flow(kit.title(), 18f, true, Palette.INK)));
      doc.add(para(kit.subtitle()));
      kit.intro().forEach(s -> doc.add(para(s)));
      // every table by the report's rules: the time boxes and questions kept whole when they fit
      // on a page, and none leaving fewer than three rows on one
      java.util.function.BiConsumer<PdfPTable, Boolean> place =
          (t, kept) -> pages.place(writer, t, kept, KitPdf.to(doc));
      place.accept(runningOrder(kit, cells), true);
      if (!kit.scale().isEmpty()) {
        PdfPTable scale = cells.table(1);
        cells.header(scale, "Rating scale");
        kit.scale().forEach(l -> scale.addCell(cells.text(l)));
        place.accept(scale, false);
      }
      place.accept(box(kit.opening(), cells), true);
      place.accept(question(kit.design(), cells), true);
      for (KitView.Question q : kit.deepDives()) {
        place.accept(question(q, cells), true);
      }
      place.accept(box(kit.closing(), cells), true);
      if (!kit.decision().isEmpty()) {
        PdfPTable d = cells.headed("Decision", null, 1f);
        kit.decision()
            .forEach(
                line -> {
                  PdfPCell c = cells.text(line, Cells.BODY + 1, true, Palette.INK);
                  c.setPaddingTop(8);
                  c.setPaddingBottom(8);
                  d.addCell(c);
                });
        place.accept(d, true);
      }
      doc.add(new Paragraph(fonts.phrase(kit.provenance(), 7.5f, false, Palette.MUTED)));
      doc.close();
      return fonts.warnings();
    } catch (com.lowagie.text.ExceptionConverter e) {
      throw PdfReport.unwrap(e);
    } catch (DocumentException e) {
      throw PdfReport.layout(e);
    }
  }

  /**
   * Adds to the document, its exception unchecked as OpenPDF's own are ({@link PdfReport#unwrap}
   * turns it back into the tool's words).
   */
  private static java.util.function.Consumer<PdfPTable> to(Document doc) {
    return t -> {
      try {
        doc.add(t);
      } catch (DocumentException e) {
        throw new com.lowagie.text.ExceptionConverter(e);
      }
    };
  }

  private PdfPTable runningOrder(KitView kit, Cells cells) {
    PdfPTable t = cells.headed("Running order", null, 1.3f, 6f, 0.9f);
    cells.header(t, "Clock", "Time box", "Minutes");
    for (KitView.ClockRow r : kit.runningOrder()) {
      t.addCell(cells.text(r.clock()));
      t.addCell(cells.text(r.what()));
      t.addCell(cells.number(r.minutes(), null));
    }
    return t;
  }

  private PdfPTable box(KitView.Box b, Cells cells) {
    PdfPTable t = cells.headed(b.heading(), null, 1f);
    b.lines().forEach(l -> t.addCell(cells.text(l)));
    notes(t, b.noteLines(), cells, 1);
    return t;
  }

  private PdfPTable question(KitView.Question q, Cells cells) {
    boolean steps = !q.steps().isEmpty();
    boolean listen = steps && q.steps().get(0).listenFor() != null;
    float[] widths =
        !steps
            ? new float[] {1f}
            : listen ? new float[] {0.7f, 2.2f, 0.7f, 5f} : new float[] {0.8f, 5.4f, 1f};
    int span = widths.length;
    PdfPTable t =
        cells.headed(
            q.heading(), q.question() + (q.context() == null ? "" : "\n" + q.context()), widths);
    if (steps) {
      cells.header(
          t,
          listen
              ? new String[] {"Clock", "Step", "Minutes", "Listen for"}
              : new String[] {"Clock", "Step", "Minutes"});
      for (KitView.StepRow s : q.steps()) {
        t.addCell(cells.text(s.clock()));
        t.addCell(cells.text(s.name()));
        t.addCell(cells.number(s.minutes(), null));
        if (listen) {
          StringBuilder text = new StringBuilder("☐ " + s.listenFor());
          s.cues().forEach(c -> text.append("\n☐ This question: ").append(c));
          t.addCell(cells.text(text.toString()));
        }
      }
    }
    if (!q.otherCues().isEmpty()) {
      row(t, "Also listen for: " + String.join("; ", q.otherCues()), cells, span, false);
    }
    if (q.pointsHeading() != null) {
      row(t, q.pointsHeading(), cells, span, true);
      q.points().forEach(p -> row(t, "☐ " + p, cells, span, false));
    }
    if (!q.probes().isEmpty()) {
      row(t, "Follow-up probes", cells, span, true);
      for (int i = 0; i < q.probes().size(); i++) {
        row(t, (i + 1) + ". " + q.probes().get(i), cells, span, false);
      }
    }
    if (!q.anchors().isEmpty()) {
      row(t, "What an answer sounds like", cells, span, true);
      q.anchors().forEach(a -> row(t, a.level() + ": " + a.text(), cells, span, false));
    }
    if (q.earlier() != null) {
      PdfPCell c = cells.text(q.earlier(), Cells.BODY, false, Palette.MUTED);
      c.setColspan(span);
      t.addCell(c);
    }
    PdfPCell r = cells.text(q.rating(), Cells.BODY, true, Palette.INK);
    r.setColspan(span);
    t.addCell(r);
    notes(t, q.noteLines(), cells, span);
    return t;
  }

  private void row(PdfPTable t, String text, Cells cells, int span, boolean heading) {
    PdfPCell c = heading ? cells.text(text, Cells.BODY, true, Palette.INK) : cells.text(text);
    if (heading) {
      c.setBackgroundColor(Palette.HEADER_BG);
    }
    c.setColspan(span);
    t.addCell(c);
  }

  /** An empty box for notes, as tall as its ruled lines, or nothing when the view gives none. */
  private void notes(PdfPTable t, int lines, Cells cells, int span) {
    if (lines == 0) {
      return;
    }
    PdfPCell notes = cells.text("Notes:", Cells.BODY, false, Palette.MUTED);
    notes.setColspan(span);
    notes.setMinimumHeight(lines * NOTE_LINE);
    t.addCell(notes);
  }

  private Paragraph para(String text) {
    Paragraph p = new Paragraph(fonts.flow(text, 9f, false, Palette.INK));
    p.setSpacingAfter(4);
    return p;
  }
}
