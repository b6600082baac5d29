package dev.readiness.cli;

import java.util.Locale;

/** The --paper option of the commands that write PDFs: a4 or letter, in any case. */
final class PaperOption {
  private PaperOption() {}

  static String key(String paper) {
    String key = paper.strip().toLowerCase(Locale.ROOT);
    if (!key.equals("a4") && !key.equals("letter")) {
      throw new UsageException("--paper \"" + paper + "\" is not known; expected one of a4, letter");
    }
    return key;
  }
}
