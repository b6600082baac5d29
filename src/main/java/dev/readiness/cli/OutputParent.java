package dev.readiness.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * -o may name a file or folder that does not exist yet, but not inside a folder that does not: a
 * typo in a path ("/hmoe/alex/reports") would otherwise make a tree of folders nobody asked for.
 */
final class OutputParent {
  private OutputParent() {}

  static void require(Path output) {
    Path parent = output.toAbsolutePath().normalize().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new UsageException(
          "the folder "
              + parent
              + " does not exist; create it first, or give -o a path in a"
              + " folder that exists");
    }
  }
}
