package dev.readiness.plan;

/** The kinds of work a week holds. */
public enum Activity {
  /** Close a topic's gap to the role's target. */
  STUDY("study", "Study"),
  /** Take a focus topic beyond the target, to the depth the guide asks for. */
  DEPTH("depth", "Depth work"),
  /** System design practice on a whiteboard, following the System Design Interview Structure. */
  WHITEBOARD("whiteboard", "Whiteboard practice"),
  /** Write case studies from the candidate's experience. */
  CASE_STUDIES("case-studies", "Case studies"),
  /** Write architecture decision records, following the Architecture Decision Framework. */
  ADRS("adrs", "Decision records"),
  /** Architecture-focused mock interviews. */
  MOCK_INTERVIEW("mock-interview", "Mock interview"),
  /** The monthly architecture kata of the continuous-learning cadence. */
  KATA("kata", "Architecture kata"),
  /** The weekly PEP reading of the continuous-learning cadence. */
  PEP_READING("pep-reading", "PEP reading");

  private final String id;
  private final String label;

  Activity(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** As written in the JSON. */
  public String id() {
    return id;
  }

  /** As a plan line names the practice. */
  public String label() {
    return label;
  }
}
