package dev.readiness.text;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

/** People's names and file names as the tool compares and shows them. */
public final class Names {
  private Names() {}

  /**
   * A person as every output names them: "Priya Raman (C-1001)", or the name alone without an ID.
   */
  public static String withId(String name, String id) {
    return id == null ? name : name + " (" + id + ")";
  }

  /**
   * The form two spellings of one name share: Unicode compatibility forms folded (NFKC), spaces
   * trimmed and collapsed, lower case. "Zoë Nowak" and "zoë nowak" match; "Zoe Nowak" does not,
   * since it is another name.
   */
  public static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC)
        .strip()
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }

  /**
   * Trimmed of every kind of space at both ends, the no-break and narrow ones too, which strip()
   * keeps.
   */
  public static String trimSpaces(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  /**
   * A workbook's file name without its folder, so that a report does not depend on where it was
   * run.
   */
  public static String fileName(String source) {
    Path name = Path.of(source).getFileName();
    return name == null ? source : name.toString();
  }
}
