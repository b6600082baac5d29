package dev.readiness.text;

/**
 * The explicit direction controls (embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069,
 * the marks U+200E and U+200F): invisible characters that reorder the text around them. A name that
 * carries one could turn the date beside it round ("20-11-6202"), so every text a PDF shows goes
 * through {@link #plain}; the terminal shows them as escapes ({@link Visible}). Arabic or Hebrew
 * letters keep their natural direction: only the explicit controls go.
 */
public final class Bidi {
  private Bidi() {}

  /** Whether the character is an explicit direction control. */
  public static boolean isControl(int c) {
    return (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F';
  }

  /** The text without its explicit direction controls; the same string when it has none. */
  public static String plain(String text) {
    if (text == null || text.chars().noneMatch(Bidi::isControl)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.chars().filter(c -> !isControl(c)).forEach(c -> out.append((char) c));
    return out.toString();
  }
}
