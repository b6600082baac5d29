package dev.readiness.text;

/**
 * Text from a file, made safe to print on a terminal: control characters (ESC, CR, LF, …) and the
 * invisible characters that reorder text (bidi overrides) are written as {@code \u001b}, so a
 * hostile cell can neither clear the screen nor print a fake line.
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
      boolean hide = Character.isISOControl(c) || Bidi.isControl(c);
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
}
