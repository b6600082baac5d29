package dev.readiness.rubric;

import java.util.List;

/** The rating scale, e.g. 0 to 5, with a label and a one-line descriptor per level. */
public record Scale(int min, int max, List<Level> levels) {
  public Scale {
    levels = levels == null ? null : List.copyOf(levels);
  }

  /** One level of the scale. */
  public record Level(int level, String label, String descriptor) {}

  public boolean contains(double rating) {
    return rating >= min && rating <= max;
  }

  /** "0–5", as messages show the range. */
  public String range() {
    return min + "–" + max;
  }

  public Level level(int level) {
    return levels.get(level - min);
  }
}
