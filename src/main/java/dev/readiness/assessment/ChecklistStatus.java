package dev.readiness.assessment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where a checklist item stands. */
public enum ChecklistStatus {
  DONE("done"),
  PARTLY("partly"),
  NOT_YET("not yet");

  private final String label;

  ChecklistStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<ChecklistStatus> parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    return Arrays.stream(values()).filter(s -> s.label.equals(t)).findFirst();
  }

  /** "done, partly, not yet". */
  public static String choices() {
    return Arrays.stream(values()).map(ChecklistStatus::label).collect(Collectors.joining(", "));
  }
}
