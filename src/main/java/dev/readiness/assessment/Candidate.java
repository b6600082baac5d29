package dev.readiness.assessment;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The person assessed. Two workbooks are of the same person when their IDs match, or, where there is no ID, their
 * names match once case, spacing and Unicode forms are normalised.
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
    return Normalizer.normalize(s, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
