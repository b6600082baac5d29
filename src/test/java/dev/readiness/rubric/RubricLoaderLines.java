package dev.readiness.rubric;

import java.nio.charset.StandardCharsets;

/** Test access to the loader's own index of lines, so that tests need not count lines by hand. */
final class RubricLoaderLines {
  private RubricLoaderLines() {}

  static int lineOf(String json, String path) {
    return JsonLines.of(json.getBytes(StandardCharsets.UTF_8)).lineOf(path);
  }
}
