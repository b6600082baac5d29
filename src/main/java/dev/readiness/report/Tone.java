package dev.readiness.report;

import dev.readiness.calibration.Agreement;
import dev.readiness.scoring.Status;

/**
 * How a cell reads against its target, decided here so that every renderer colours alike: at or
 * above target, one level below, two or more below, or nothing to judge.
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

  /** A status: ready good, close fair, not ready poor, not rated none (the renderers grey it). */
  public static Tone of(Status s) {
    return switch (s) {
      case READY -> GOOD;
      case CLOSE -> FAIR;
      case NOT_READY -> POOR;
      case NOT_RATED -> NONE;
    };
  }

  /** A panel's agreement: reliable good, tentative fair, low poor, undefined none. */
  public static Tone of(Agreement.Band b) {
    return switch (b) {
      case RELIABLE -> GOOD;
      case TENTATIVE -> FAIR;
      case LOW -> POOR;
      case UNDEFINED -> NONE;
    };
  }

  /** A gap to target: none is good, up to one level fair, more poor; not rated is none. */
  public static Tone ofGap(Double gap) {
    if (gap == null) {
      return NONE;
    }
    return gap <= 0 ? GOOD : gap <= 1 ? FAIR : POOR;
  }
}
