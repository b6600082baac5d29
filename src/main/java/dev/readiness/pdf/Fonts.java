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
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The embedded fonts, loaded once per process from bytes (a BaseFont made from a path re-reads its file for every
 * document). DejaVu Sans draws Latin, Greek, Cyrillic and Arabic; Droid Sans Fallback draws Chinese, Japanese and
 * Korean. Body text falls back glyph by glyph; charts, which have no such fallback, get one font per chart.
 * Droid Sans Fallback (4 MB, tens of thousands of glyphs) is parsed only once some text needs a glyph that DejaVu
 * lacks, or a chart asks for its AWT twin: most reports never need it, and parsing it was a good part of a cold run.
 */
final class Fonts {
  private static final Fonts INSTANCE = load();

  final BaseFont regular;
  final BaseFont bold;
  private final java.awt.Font awtRegular;

  private Fonts(BaseFont regular, BaseFont bold, java.awt.Font awtRegular) {
    this.regular = regular;
    this.bold = bold;
    this.awtRegular = awtRegular;
  }

  static Fonts get() {
    return INSTANCE;
  }

  private static Fonts load() {
    try {
      byte[] regular = bytes("DejaVuSans.ttf");
      byte[] bold = bytes("DejaVuSans-Bold.ttf");
      return new Fonts(base("DejaVuSans.ttf", regular), base("DejaVuSans-Bold.ttf", bold), awt(regular));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CJK fallback, parsed on first use (the JVM runs a holder's initialiser once, safely across threads). */
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
   * Whether the CJK fallback can draw the character; asked only for characters DejaVu lacks. Line breaks and other
   * controls are drawn by neither, and must not wake the fallback.
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
   * Text in the given size and style, each glyph from the first font that has it. (Not OpenPDF's FontSelector:
   * its constructor registers a font file each time, which cost seconds per report.)
   */
  Phrase phrase(String text, float size, boolean isBold, Color color) {
    text = Bidi.plain(text);
    Font primary = new Font(isBold ? bold : regular, size, Font.NORMAL, color);
    // the phrase carries the primary font too, so that nothing built on it falls back to an unembedded Helvetica
    Phrase phrase = new Phrase(size * 1.3f, "", primary);
    if (text == null || text.isEmpty()) {
      phrase.add(new Chunk("", primary));
      return phrase;
    }
    StringBuilder run = new StringBuilder();
    Font current = null;
    Font fallback = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      Font font = primary;
      if (!primary.getBaseFont().charExists(c) && cjkHas(c)) {
        // Droid Sans Fallback has no bold face: bold CJK is drawn with a stroke, to match the bold Latin beside it
        fallback = fallback == null ? new Font(Cjk.PDF, size, isBold ? Font.BOLD : Font.NORMAL, color) : fallback;
        font = fallback;
      }
      if (font != current && run.length() > 0) {
        phrase.add(new Chunk(run.toString(), current));
        run.setLength(0);
      }
      current = font;
      run.appendCodePoint(c);
      i += Character.charCount(c);
    }
    phrase.add(new Chunk(run.toString(), current));
    return phrase;
  }

  Phrase phrase(String text, float size) {
    return phrase(text, size, false, Color.BLACK);
  }

  Font font(float size, boolean isBold, Color color) {
    return new Font(isBold ? bold : regular, size, Font.NORMAL, color);
  }

  /** The characters of the text that no embedded font can draw (shown as a warning, never as a silent box). */
  Set<String> undrawable(String text) {
    Set<String> missing = new LinkedHashSet<>();
    if (text == null) {
      return missing;
    }
    text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c)
            && Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.NON_SPACING_MARK)
        .filter(c -> !regular.charExists(c) && !cjkHas(c))
        .forEach(c -> missing.add(new String(Character.toChars(c))));
    return missing;
  }

  /**
   * The AWT font for chart text. Charts draw through {@link FallbackGraphics2D}, which switches to the CJK font
   * for the characters this one lacks.
   */
  java.awt.Font chartFont(float size) {
    return awtRegular.deriveFont(size);
  }

  /** The AWT twin of the CJK fallback font. */
  java.awt.Font fallbackAwt() {
    return DEFERRED_CJK;
  }

  /** The family name inside DroidSansFallback.ttf; known without parsing it (the chart test draws with it). */
  private static final String CJK_FAMILY = "Droid Sans Fallback";

  private static final java.awt.Font DEFERRED_CJK = new DeferredCjk();

  /**
   * Every chart is handed the fallback, but FallbackGraphics2D only derives a sized font from it when a label has a
   * glyph DejaVu lacks; so the parse waits until then.
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
