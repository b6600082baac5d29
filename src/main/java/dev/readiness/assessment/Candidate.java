package dev.readiness.assessment;

import dev.readiness.text.Names;

/**
 * The person assessed. Two workbooks are of the same person when their IDs match, or, where there
 * is no ID, their names match once case, spacing and Unicode forms are normalised.
 */
public record Candidate(String name, String id) {
  public Candidate {
    name = name == null ? "" : name.strip();
    id = id == null || id.isBlank() ? null : id.strip();
  }

  /** The key that groups workbooks of one person. */
  public String key() {
    return id != null ? "id:" + normalise(id) : "name:" + normalise(name);
  }

  static String normalise(String s) {
    return Names.key(s);
  }
}
