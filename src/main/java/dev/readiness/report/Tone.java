package dev.readiness.report;

/**
 * How a cell reads against its target, decided here so that every renderer colours alike: at or above target,
 * one level below, two or more below, or nothing to judge.
 */
public enum Tone {
  GOOD("good"),
  FAIR("fair"),
  POOR("poor"),
  NONE("none");

  private final String id;

  Tone(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** A gap to target: none is good, up to one level fair, more poor; not rated is none. */
  public static Tone ofGap(Double gap) {
    if (gap == null) {
      return NONE;
    }
    return gap <= 0 ? GOOD : gap <= 1 ? FAIR : POOR;
  }
}
