package dev.readiness.text;

/**
 * Text from a file, made safe to print on a terminal: control characters (ESC, CR, LF, …) and the
 * invisible characters that reorder text (bidi overrides) are written as {@code \u001b}, so a
 * hostile cell can neither clear the screen nor print a fake line; so are the characters that take
 * no room at all (zero-width space, word joiner, byte-order mark, soft hyphen), or a sheet named
 * "Topics" and a zero-width space would be listed as "Topics" beside a message that it is missing.
 * The joiners that shape a script or an emoji (U+200C, U+200D) are kept.
 */
public final class Visible {
  private Visible() {}

  public static String of(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean hide = Character.isISOControl(c) || Bidi.isControl(c) || takesNoRoom(c);
      if (hide && out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (out != null) {
        if (hide) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean takesNoRoom(char c) {
    return c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
  }
}
