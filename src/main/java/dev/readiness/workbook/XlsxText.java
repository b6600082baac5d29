package dev.readiness.workbook;

import org.xml.sax.Attributes;

/**
 * Text as an .xlsx saves it: Excel's escapes of characters XML cannot hold, the runs of a rich
 * string, and the value of one cell, bounded so that a crafted cell of millions of characters is
 * never held.
 */
final class XlsxText {
  private XlsxText() {}

  /**
   * Appends to a cell's text as saved no further than is needed to hold one character past the most
   * a cell holds (each may be saved as an escape such as "_x000D_"), so that the grid still sees it
   * is too long, and says so, but a crafted cell of millions of characters is never held.
   */
  /**
   * A non-negative index as a part saves it (a shared string's, a style's), or -1 when it is none.
   */
  static int index(String saved) {
    if (saved == null) {
      return -1;
    }
    try {
      int i = Integer.parseInt(saved.strip());
      return i < 0 ? -1 : i;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  static void appendUpTo(StringBuilder text, char[] ch, int start, int length) {
    int room = ESCAPE_CHARS * (Grid.MAX_CELL_CHARS + 1) - text.length();
    if (room > 0) {
      text.append(ch, start, Math.min(length, room));
    }
  }

  /** The length of Excel's escape of one character ("_x000D_"). */
  private static final int ESCAPE_CHARS = 7;

  /** Excel's escape of characters XML cannot hold: "_x000D_" is a carriage return. */
  static String unescape(String text) {
    if (text.indexOf("_x") < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      if (i + ESCAPE_CHARS <= text.length()
          && text.startsWith("_x", i)
          && text.charAt(i + ESCAPE_CHARS - 1) == '_'
          && text.substring(i + 2, i + ESCAPE_CHARS - 1)
              .chars()
              .allMatch(ch -> Character.digit(ch, 16) >= 0)) {
        out.append((char) Integer.parseInt(text.substring(i + 2, i + ESCAPE_CHARS - 1), 16));
        i += ESCAPE_CHARS;
      } else {
        out.append(text.charAt(i++));
      }
    }
    return out.toString();
  }

  /**
   * The text of a rich string (an {@code si} or {@code is} element): its runs, without phonetic
   * guides.
   */
  static final class RichText {
    private final StringBuilder text = new StringBuilder();
    private boolean inT;
    private int phonetic;

    void start(String local) {
      if (local.equals("rPh")) {
        phonetic++;
      } else if (local.equals("t") && phonetic == 0) {
        inT = true;
      }
    }

    void end(String local) {
      if (local.equals("rPh")) {
        phonetic--;
      } else if (local.equals("t")) {
        inT = false;
      }
    }

    void characters(char[] ch, int start, int length) {
      if (inT) {
        appendUpTo(text, ch, start, length);
      }
    }

    String take() {
      String s = unescape(text.toString());
      text.setLength(0);
      return s;
    }
  }

  /**
   * What one cell ({@code c} element) saves: its type, whether it holds a formula, and its value as
   * text, from its {@code v} elements or its inline string. The one reading of a cell's value, for
   * the sheet and for the shared strings it uses alike.
   */
  static final class CellContent {
    private final StringBuilder value = new StringBuilder();
    private final RichText inline = new RichText();
    String type;
    boolean formula;
    boolean hasValue;
    private boolean inValue;
    private boolean inInline;

    void start(String local, Attributes atts) {
      switch (local) {
        case "c" -> {
          type = atts.getValue("t");
          formula = false;
          hasValue = false;
          value.setLength(0);
        }
        case "f" -> formula = true;
        case "v" -> {
          inValue = true;
          hasValue = true;
        }
        case "is" -> inInline = true;
        default -> {
          if (inInline) {
            inline.start(local);
          }
        }
      }
    }

    void end(String local) {
      switch (local) {
        case "v" -> inValue = false;
        case "is" -> {
          inInline = false;
          hasValue = true;
          value.setLength(0);
          value.append(inline.take());
        }
        default -> {
          if (inInline) {
            inline.end(local);
          }
        }
      }
    }

    void characters(char[] ch, int start, int length) {
      if (inValue) {
        appendUpTo(value, ch, start, length);
      } else if (inInline) {
        inline.characters(ch, start, length);
      }
    }

    String value() {
      return value.toString();
    }
  }
}
