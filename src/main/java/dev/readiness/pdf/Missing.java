package dev.readiness.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The characters no embedded font draws (an emoji, a script the fonts lack): each is drawn as a
 * visible marker, so that its place and the spaces around it stay, and is warned of once, by its
 * Unicode number and name, with the text and the part of the document it was first met in.
 */
final class Missing {
  /** What stands in for a character no font draws: a white square, which DejaVu Sans has. */
  static final String MARKER = "\u25A1";

  /** How much of a long text a warning quotes around the first missing character. */
  private static final int QUOTED = 60;

  private final IntPredicate drawable;
  private final Set<Integer> reported = new LinkedHashSet<>();
  private final List<String> warnings = new ArrayList<>();
  private String place = "";

  Missing(IntPredicate drawable) {
    this.drawable = drawable;
  }

  void at(String place) {
    this.place = place == null ? "" : place;
  }

  List<String> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * The text with each cluster no font draws (an emoji with its modifiers and joiners) replaced by
   * the marker.
   */
  String mark(String text) {
    return mark(text, true);
  }

  /**
   * The text as {@link #mark} draws it, with nothing warned of: a name is isolated as it is drawn,
   * so its marked form is the one to look for.
   */
  String masked(String text) {
    return mark(text, false);
  }

  private String mark(String text, boolean warn) {
    StringBuilder out = null;
    List<Integer> first = new ArrayList<>();
    int firstAt = -1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!missing(c)) {
        if (out != null) {
          out.appendCodePoint(c);
        }
        i += Character.charCount(c);
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
        firstAt = i;
      }
      if (warn && reported.add(c)) {
        first.add(c);
      }
      out.append(MARKER);
      i = clusterEnd(text, i + Character.charCount(c));
    }
    if (!first.isEmpty()) {
      warn(text, firstAt, first);
    }
    return out == null ? text : out.toString();
  }

  /**
   * Whether the character is one that shows (not a space, control or joiner) and no font has it.
   */
  private boolean missing(int c) {
    int type = Character.getType(c);
    return !Character.isWhitespace(c)
        && !Character.isISOControl(c)
        && type != Character.FORMAT
        && type != Character.SPACE_SEPARATOR
        && !drawable.test(c);
  }

  /**
   * Where the cluster that started before {@code i} ends: the marks, variation selectors, skin
   * tones and tags that belong to the missing character, and any character joined to it by a
   * zero-width joiner, go under one marker.
   */
  private int clusterEnd(String text, int i) {
    while (i < text.length()) {
      int c = text.codePointAt(i);
      int type = Character.getType(c);
      boolean attached =
          type == Character.NON_SPACING_MARK
              || type == Character.COMBINING_SPACING_MARK
              || type == Character.ENCLOSING_MARK
              || (c >= 0x1F3FB && c <= 0x1F3FF)
              || (c >= 0xE0020 && c <= 0xE007F)
              || (c >= 0x1F1E6 && c <= 0x1F1FF);
      if (c == 0x200D && i + 1 < text.length()) {
        i += 1 + Character.charCount(text.codePointAt(i + 1));
      } else if (attached) {
        i += Character.charCount(c);
      } else {
        break;
      }
    }
    return i;
  }

  private void warn(String text, int at, List<Integer> chars) {
    List<String> named = new ArrayList<>();
    for (int c : chars) {
      String name = Character.getName(c);
      named.add(
          new String(Character.toChars(c))
              + " (U+"
              + String.format(Locale.ROOT, "%04X", c)
              + (name == null ? "" : " " + name)
              + ")");
    }
    String where = place.isEmpty() ? "" : " (" + place + ")";
    warnings.add(
        "the PDF cannot draw "
            + String.join(", ", named)
            + " in \""
            + quote(text, at)
            + "\""
            + where
            + "; "
            + (chars.size() == 1 ? "it is" : "each is")
            + " shown as "
            + MARKER);
  }

  /**
   * The line of the text the character is on, or a window of it around the character when it is
   * long.
   */
  private static String quote(String text, int at) {
    int from = text.lastIndexOf('\n', at) + 1;
    int to = text.indexOf('\n', at);
    String line = text.substring(from, to < 0 ? text.length() : to);
    at -= from;
    if (line.length() <= QUOTED) {
      return line;
    }
    int start = Math.max(0, Math.min(at - QUOTED / 3, line.length() - QUOTED));
    int end = Math.min(line.length(), start + QUOTED);
    // never half of a surrogate pair at either end
    start += start > 0 && Character.isLowSurrogate(line.charAt(start)) ? 1 : 0;
    end -= end < line.length() && Character.isLowSurrogate(line.charAt(end)) ? 1 : 0;
    return (start > 0 ? "…" : "")
        + line.substring(start, end).strip()
        + (end < line.length() ? "…" : "");
  }
}
