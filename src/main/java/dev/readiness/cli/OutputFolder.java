package dev.readiness.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checks of an {@code -o DIR} before any work, the same for every command that writes into a
 * folder: a folder inside one that does not exist ({@link OutputParent}), a file where the folder
 * should be, a link to nowhere, or a folder this user cannot write is a command-line mistake (exit
 * 2), said with its reason.
 */
final class OutputFolder {
  private OutputFolder() {}

  static void check(Path dir, String what) {
    if (Files.isSymbolicLink(dir) && !Files.exists(dir)) {
      throw new UsageException(
          dir
              + " is a link to "
              + linkTarget(dir)
              + ", which does not exist; create that"
              + " folder, or give -o a folder for "
              + what);
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UsageException(dir + " is a file, not a folder; give -o a folder for " + what);
    }
    Path existing = dir.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing != null && !Files.isDirectory(existing)) {
      throw new UsageException(
          existing
              + " is a file, so "
              + dir
              + " cannot be made in it; give -o a folder for "
              + what);
    }
    OutputParent.require(dir);
    if (existing != null && !Files.isWritable(existing)) {
      throw new UsageException(
          existing
              + ": "
              + (readOnly(existing) ? "the disk is read-only" : "permission denied")
              + "; give -o a folder you can write to");
    }
  }

  private static boolean readOnly(Path folder) {
    try {
      return Files.getFileStore(folder).isReadOnly();
    } catch (IOException e) {
      return false;
    }
  }

  private static String linkTarget(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "a place that cannot be read";
    }
  }
}
