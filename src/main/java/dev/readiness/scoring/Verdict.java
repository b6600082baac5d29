package dev.readiness.scoring;

/** The overall verdict: the readiness index read against the role. */
public enum Verdict {
  READY("ready"),
  CLOSE("close"),
  NOT_READY("not-ready"),
  NOT_RATED("not-rated");

  private final String id;

  Verdict(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
