package dev.readiness.scoring;

/** Where a part, a skill group or the whole assessment (the verdict) stands against the target. */
public enum Status {
  READY("ready", "Ready"),
  CLOSE("close", "Close"),
  NOT_READY("not-ready", "Not ready"),
  NOT_RATED("not-rated", "Not rated");

  private final String id;
  private final String label;

  Status(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** As written in the JSON: "ready", "close", "not-ready", "not-rated". */
  public String id() {
    return id;
  }

  /** As a reader sees it. */
  public String label() {
    return label;
  }
}
