package dev.readiness.rubric;

import java.util.List;

/** A list of things to tick off, e.g. the Python-Specific Optimization Checklist. */
public record Checklist(String id, String title, List<Item> items) {
  public Checklist {
    items = items == null ? null : List.copyOf(items);
  }

  /** One item; {@code text} is the optional explanation after the title. */
  public record Item(String id, String title, String text) {
    /** The title with its explanation, as a reader sees it. */
    public String fullText() {
      return text == null || text.isBlank() ? title : title + ": " + text;
    }
  }
}
