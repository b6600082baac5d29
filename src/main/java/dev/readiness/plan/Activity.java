package dev.readiness.plan;

/** The kinds of work a week holds. */
public enum Activity {
  /** Close a topic's gap to the role's target. */
  STUDY("study"),
  /** Take a focus topic beyond the target, to the depth the guide asks for. */
  DEPTH("depth"),
  /** System design practice on a whiteboard, following the System Design Interview Structure. */
  WHITEBOARD("whiteboard"),
  /** Write case studies from the candidate's experience. */
  CASE_STUDIES("case-studies"),
  /** Write architecture decision records, following the Architecture Decision Framework. */
  ADRS("adrs"),
  /** Architecture-focused mock interviews. */
  MOCK_INTERVIEW("mock-interview"),
  /** The monthly architecture kata of the continuous-learning cadence. */
  KATA("kata"),
  /** The weekly PEP reading of the continuous-learning cadence. */
  PEP_READING("pep-reading");

  private final String id;

  Activity(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public boolean isTopicWork() {
    return this == STUDY || this == DEPTH;
  }
}
