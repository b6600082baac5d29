package dev.readiness.text;

import java.util.List;

/**
 * Lists in words, said one way in every output: "a, b and c", and a long list cut to its first few
 * with "and N more", so that a reader always learns how many were left unsaid.
 */
public final class Lists {
  private Lists() {}

  /** "a", "a and b", "a, b and c"; "" for no item. */
  public static String and(List<String> items) {
    return and(items, ", ");
  }

  /** As {@link #and(List)}, the items but the last parted by {@code separator}: "a; b and c". */
  public static String and(List<String> items, String separator) {
    if (items.isEmpty()) {
      return "";
    }
    return items.size() == 1
        ? items.get(0)
        : String.join(separator, items.subList(0, items.size() - 1))
            + " and "
            + items.get(items.size() - 1);
  }

  /**
   * The whole list as {@link #and(List, String)} says it when it has at most {@code limit} items,
   * else its first {@code limit} and how many more: "a, b, c and 4 more".
   *
   * @param separator what parts the items (but the last): ", ", or "; " for items that hold commas
   *     themselves
   */
  public static String firstOf(List<String> items, int limit, String separator) {
    if (items.size() <= limit) {
      return and(items, separator);
    }
    return String.join(separator, items.subList(0, limit))
        + " and "
        + (items.size() - limit)
        + " more";
  }
}
