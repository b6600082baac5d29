package dev.readiness.cli;

import java.util.Arrays;
import java.util.List;

/**
 * The one reading of an option that takes several values with commas (--format json,pdf): each
 * value stripped, empty ones (a stray or trailing comma) dropped; and the one way several values
 * are written back in a message.
 */
final class CommaList {
  private CommaList() {}

  static List<String> items(String text) {
    // -1 keeps trailing empties, so every empty piece is dropped by the same filter
    return Arrays.stream(text.split(",", -1)).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Several values (paths, names) in a message: "a, b, c", never a Java list's "[a, b, c]". */
  static String join(List<?> values) {
    return String.join(", ", values.stream().map(String::valueOf).toList());
  }
}
