package dev.readiness.cli;

import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.RubricException;
import dev.readiness.rubric.RubricLoader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/** Loads the rubric named by --rubric, or the embedded one; prints the problems of a bad one. */
final class RubricOption {
  private RubricOption() {}

  static Optional<Rubric> load(Path file, PrintStream err) {
    if (file == null) {
      return Optional.of(RubricLoader.embedded());
    }
    try {
      return Optional.of(RubricLoader.load(file));
    } catch (RubricException e) {
      e.messages().forEach(err::println);
      err.println(
          dev.readiness.text.Visible.of(
              "readiness: the rubric " + file + " cannot be used; fix the problems" + " above"));
      return Optional.empty();
    }
  }
}
