package dev.readiness.scoring;

/** The overall verdict: the readiness index read against the role. */
public enum Verdict {
  READY("ready", "Ready"),
  CLOSE("close", "Close"),
  NOT_READY("not-ready", "Not ready"),
  NOT_RATED("not-rated", "Not rated");

  private final String id;
  private final String label;

  Verdict(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** As written in the JSON. */
  public String id() {
    return id;
  }

  /** As a reader sees it. */
  public String label() {
    return label;
  }
}
