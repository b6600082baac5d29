package dev.readiness.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import dev.readiness.text.Bidi;
import java.awt.Color;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;

/**
 * The embedded fonts, loaded once per process from bytes (a BaseFont made from a path re-reads its
 * file for every document). DejaVu Sans draws Latin, Greek, Cyrillic and Arabic; Droid Sans
 * Fallback draws Chinese, Japanese and Korean. Body text falls back glyph by glyph; charts, which
 * have no such fallback, get one font per chart. Droid Sans Fallback (4 MB, tens of thousands of
 * glyphs) is parsed only once some text needs a glyph that DejaVu lacks, or a chart asks for its
 * AWT twin: most reports never need it, and parsing it was a good part of a cold run.
 */
final class Fonts {
  private static final Fonts INSTANCE = load();

  final BaseFont regular;
  final BaseFont bold;
  private final java.awt.Font awtRegular;

  /**
   * The names of the document's people, each isolated wherever it is drawn (see {@link
   * Shaper#isolate}).
   */
  private final List<String> names;

  private final Missing missing;

  private Fonts(BaseFont regular, BaseFont bold, java.awt.Font awtRegular, List<String> names) {
    this.regular = regular;
    this.bold = bold;
    this.awtRegular = awtRegular;
    this.names = names;
    this.missing = new Missing(this::drawable);
  }

  /** The fonts, for text that names nobody; its warnings go unread. */
  static Fonts get() {
    return INSTANCE;
  }

  /**
   * The fonts for one document: the same font files, with the names it isolates and its own list of
   * the characters it could not draw.
   */
  Fonts forDocument(Collection<String> people) {
    // a name is drawn with its undrawable characters marked (an emoji as a square), so it is
    // isolated in that form: the name as written would no longer be found in the text
    Missing shown = new Missing(this::drawable);
    List<String> both = new java.util.ArrayList<>();
    for (String p : people) {
      if (p != null) {
        both.add(p);
        both.add(shown.masked(Bidi.plain(p)));
      }
    }
    return new Fonts(regular, bold, awtRegular, Shaper.names(both));
  }

  /** Where the text being drawn is, for the warnings: a chapter's or a table's title. */
  void at(String place) {
    missing.at(place);
  }

  /**
   * One warning per text with characters no font draws, each character named (see {@link Missing}).
   */
  List<String> warnings() {
    return missing.warnings();
  }

  private static Fonts load() {
    try {
      byte[] regular = bytes("DejaVuSans.ttf");
      byte[] bold = bytes("DejaVuSans-Bold.ttf");
      return new Fonts(
          base("DejaVuSans.ttf", regular),
          base("DejaVuSans-Bold.ttf", bold),
          awt(regular),
          List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The CJK fallback, parsed on first use (the JVM runs a holder's initialiser once, safely across
   * threads).
   */
  private static final class Cjk {
    static final BaseFont PDF;
    static final java.awt.Font AWT;

    static {
      try {
        byte[] bytes = bytes("DroidSansFallback.ttf");
        PDF = base("DroidSansFallback.ttf", bytes);
        AWT = awt(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Whether the CJK fallback can draw the character; asked only for characters DejaVu lacks. Line
   * breaks and other controls are drawn by neither, and must not wake the fallback.
   */
  private static boolean cjkHas(int c) {
    return !Character.isISOControl(c) && !Character.isWhitespace(c) && Cjk.PDF.charExists(c);
  }

  private static byte[] bytes(String name) throws IOException {
    try (InputStream in = Fonts.class.getResourceAsStream("/fonts/" + name)) {
      if (in == null) {
        throw new IOException("the jar has no font " + name);
      }
      return in.readAllBytes();
    }
  }

  private static BaseFont base(String name, byte[] bytes) throws IOException {
    return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
  }

  private static java.awt.Font awt(byte[] bytes) throws IOException {
    try {
      return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
    } catch (FontFormatException e) {
      throw new IOException(e);
    }
  }

  /**
   * Text in the given size and style for a table cell or a header line, which run OpenPDF's bidi
   * and Arabic shaping as they lay it out: controls from the input dropped, the document's names
   * isolated, characters no font draws replaced by a marker (and warned of), tokens kept whole,
   * each glyph from the first font that has it.
   */
  Phrase phrase(String text, float size, boolean isBold, Color color) {
    return runs(prepare(text), size, isBold, color);
  }

  /**
   * The same text for where nothing runs the bidi algorithm (a paragraph in the document's flow: a
   * title, a heading): put into the order it is seen in, by the engine the cells use.
   */
  Phrase flow(String text, float size, boolean isBold, Color color) {
    String prepared = prepare(text);
    return runs(Shaper.visual(prepared, Shaper.rightToLeft(prepared)), size, isBold, color);
  }

  /**
   * A chart label, prepared like any text and put into the order it is seen in (a chart runs no
   * bidi either).
   */
  String chartText(String text) {
    String prepared = prepare(text);
    return Shaper.visual(prepared, Shaper.rightToLeft(prepared));
  }

  private String prepare(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    return Shaper.isolate(Unbroken.keep(missing.mark(Bidi.plain(text))), names);
  }

  /**
   * Each glyph from the first font that has it. (Not OpenPDF's FontSelector: its constructor
   * registers a font file each time, which cost seconds per report.)
   */
  private Phrase runs(String text, float size, boolean isBold, Color color) {
    Font primary = new Font(isBold ? bold : regular, size, Font.NORMAL, color);
    // the phrase carries the primary font too, so that nothing built on it falls back to an
    // unembedded Helvetica
    Phrase phrase = new Phrase(size * 1.3f, "", primary);
    if (text.isEmpty()) {
      phrase.add(new Chunk("", primary));
      return phrase;
    }
    StringBuilder run = new StringBuilder();
    Font current = null;
    Font fallback = null;
    Font strokedRegular = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      Font font = primary;
      if (!primary.getBaseFont().charExists(c) && isBold && regular.charExists(c)) {
        // a glyph the bold face lacks (some Arabic forms) comes from the regular one, drawn with a
        // stroke
        strokedRegular =
            strokedRegular == null ? new Font(regular, size, Font.BOLD, color) : strokedRegular;
        font = strokedRegular;
      } else if (!primary.getBaseFont().charExists(c) && cjkHas(c)) {
        // Droid Sans Fallback has no bold face: bold CJK is drawn with a stroke, to match the bold
        // Latin beside it
        fallback =
            fallback == null
                ? new Font(Cjk.PDF, size, isBold ? Font.BOLD : Font.NORMAL, color)
                : fallback;
        font = fallback;
      }
      if (font != current && run.length() > 0) {
        phrase.add(Unbroken.chunk(run.toString(), current));
        run.setLength(0);
      }
      current = font;
      run.appendCodePoint(c);
      i += Character.charCount(c);
    }
    phrase.add(Unbroken.chunk(run.toString(), current));
    return phrase;
  }

  Phrase phrase(String text, float size) {
    return phrase(text, size, false, Color.BLACK);
  }

  Font font(float size, boolean isBold, Color color) {
    return new Font(isBold ? bold : regular, size, Font.NORMAL, color);
  }

  /**
   * Whether some embedded font draws the character (the regular face has every glyph the bold one
   * has).
   */
  boolean drawable(int c) {
    return regular.charExists(c) || cjkHas(c);
  }

  /**
   * The AWT font for chart text. Charts draw through {@link FallbackGraphics2D}, which switches to
   * the CJK font for the characters this one lacks.
   */
  java.awt.Font chartFont(float size) {
    return awtRegular.deriveFont(size);
  }

  /** The AWT twin of the CJK fallback font. */
  java.awt.Font fallbackAwt() {
    return DEFERRED_CJK;
  }

  /**
   * The family name inside DroidSansFallback.ttf; known without parsing it (the chart test draws
   * with it).
   */
  private static final String CJK_FAMILY = "Droid Sans Fallback";

  private static final java.awt.Font DEFERRED_CJK = new DeferredCjk();

  /**
   * Every chart is handed the fallback, but FallbackGraphics2D only derives a sized font from it
   * when a label has a glyph DejaVu lacks; so the parse waits until then.
   */
  private static final class DeferredCjk extends java.awt.Font {
    private static final long serialVersionUID = 1L;

    DeferredCjk() {
      super(java.awt.Font.DIALOG, java.awt.Font.PLAIN, 1);
    }

    @Override
    public java.awt.Font deriveFont(int style, float size) {
      return Cjk.AWT.deriveFont(style, size);
    }

    @Override
    public boolean canDisplay(int codePoint) {
      return Cjk.AWT.canDisplay(codePoint);
    }
  }

  /** Maps the chart fonts to their embedded PDF fonts. */
  FontMapper mapper() {
    return new FontMapper() {
      @Override
      public BaseFont awtToPdf(java.awt.Font font) {
        if (font.getFamily().equals(CJK_FAMILY)) {
          return Cjk.PDF;
        }
        return font.isBold() ? bold : regular;
      }

      @Override
      public java.awt.Font pdfToAwt(BaseFont font, int size) {
        return (font == regular || font == bold ? awtRegular : Cjk.AWT).deriveFont((float) size);
      }
    };
  }
}
