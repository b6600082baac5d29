package dev.readiness.pdf;

import dev.readiness.testing.PdfText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a PDF that end inside a token a reader must see whole: a date ("2026-11-" / "02"),
 * an ID ("C-" / "1002"), a figure ("53." / "9") or a figure cut from its unit ("(2" / "h)").
 */
final class BrokenTokens {
  private static final Pattern ENDS_INSIDE =
      Pattern.compile("(\\d{4}-(\\d{2}-?)?|\\b\\p{Lu}{1,3}-|\\d\\.|\\(\\d{1,9})$");
  private static final Pattern STARTS_INSIDE = Pattern.compile("^(h|min)\\)");

  private BrokenTokens() {}

  /** Each offending line with the next one, as "… / …"; empty when every token is whole. */
  static List<String> in(byte[] pdf) throws IOException {
    String[] lines = PdfText.of(pdf).split("\\R");
    List<String> found = new ArrayList<>();
    for (int i = 0; i + 1 < lines.length; i++) {
      String line = lines[i].strip();
      String next = lines[i + 1].strip();
      if (ENDS_INSIDE.matcher(line).find() || STARTS_INSIDE.matcher(next).find()) {
        found.add(line + " / " + next);
      }
    }
    return found;
  }
}
