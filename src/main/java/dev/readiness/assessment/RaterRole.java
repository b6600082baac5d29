package dev.readiness.assessment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Who filled the workbook in: the candidate themself, a member of a hiring panel, or a mentor. */
public enum RaterRole {
  SELF("self"),
  PANEL("panel"),
  MENTOR("mentor");

  private final String label;

  RaterRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<RaterRole> parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(r -> r.label.equals(t)).findFirst();
  }

  /** "self, panel, mentor". */
  public static String choices() {
    return Arrays.stream(values()).map(RaterRole::label).collect(Collectors.joining(", "));
  }
}
