package dev.readiness.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import java.util.regex.Pattern;

/**
 * Where a line may break: at spaces, and at a hyphen or slash only between two letters
 * ("Cloud-/Native"), so that dates, IDs and figures ("2028-06-30", "C-1002", "1/2") stay whole; a
 * figure and its unit ("2 h"), and a change's two figures ("5 → 4"), are joined by no-break spaces.
 * A word wider than its column is still cut, as it must be; the columns are sized to avoid it.
 */
final class Unbroken implements SplitCharacter {
  static final Unbroken INSTANCE = new Unbroken();

  /**
   * The space after a figure before its unit of time ("(2 h)", "45 min"), after a bracketed figure
   * before its word ("(55 topics"), and around the arrow of a change ("5 → 4", "10% → 23%"): a line
   * must not end on "(2", "(55" or "5 →".
   */
  private static final Pattern FIGURE_UNIT =
      Pattern.compile(
          "(?<=\\d) (?=(?:h|min)(?![\\p{L}\\p{N}]))|(?<=\\(\\d{1,9}) (?=\\p{L})"
              + "|(?<=[\\d%]) (?=→ [\\d−-])|(?<=[\\d%] →) (?=[\\d−-])");

  private Unbroken() {}

  static Chunk chunk(String text, Font font) {
    Chunk c = new Chunk(text, font);
    c.setSplitCharacter(INSTANCE);
    return c;
  }

  /** The text with a no-break space between a figure and its unit. */
  static String keep(String text) {
    return text.indexOf(' ') < 0 ? text : FIGURE_UNIT.matcher(text).replaceAll("\u00A0");
  }

  @Override
  public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
    char c = at(current, cc, ck);
    if (c == '-' || c == '/' || c == '\u2010' || c == '\u2013') {
      return current > start
          && current + 1 < end
          && Character.isLetter(at(current - 1, cc, ck))
          && Character.isLetter(at(current + 1, cc, ck))
          && !inFileName(current, end, cc, ck);
    }
    return DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck);
  }

  /**
   * Whether the character is inside a file name ("priya-raman-tom.xlsx"): a word that ends in a dot
   * and a short extension. A reader copies a file name from the page, so it is never split.
   */
  private static boolean inFileName(int current, int end, char[] cc, PdfChunk[] ck) {
    int last = current;
    while (last + 1 < end && !Character.isWhitespace(at(last + 1, cc, ck))) {
      last++;
    }
    // the word's trailing punctuation ("….xlsx," or "….xlsx).") is not part of the name
    while (last > current && !Character.isLetterOrDigit(at(last, cc, ck))) {
      last--;
    }
    int letters = 0;
    while (last - letters > current && Character.isLetterOrDigit(at(last - letters, cc, ck))) {
      letters++;
    }
    return letters >= 2 && letters <= 5 && at(last - letters, cc, ck) == '.';
  }

  private static char at(int i, char[] cc, PdfChunk[] ck) {
    if (ck == null) {
      return cc[i];
    }
    return (char) ck[Math.min(i, ck.length - 1)].getUnicodeEquivalent(cc[i]);
  }
}
