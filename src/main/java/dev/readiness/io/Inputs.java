package dev.readiness.io;

import dev.readiness.problem.Location;
import dev.readiness.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Turns the paths on a command line into workbook files: folders are searched recursively. */
public final class Inputs {
  private Inputs() {}

  /**
   * The files named, and the .xlsx and .xls files inside the folders named, in a stable order. A
   * named file is kept whatever its extension (the reader judges its content); lock files ({@code
   * ~$…}) and hidden files inside folders are skipped.
   */
  public static List<Path> expand(List<Path> paths) {
    return expandNoting(paths, note -> {});
  }

  /**
   * As {@link #expand}, and a file named twice (a folder and a file in it, or {@code ./x.xlsx} and
   * {@code x.xlsx}) is read once: {@code note} hears of each one dropped. Hidden folders ({@code
   * .git}) are not searched.
   */
  public static List<Path> expandNoting(
      List<Path> paths, java.util.function.Consumer<Problem> note) {
    List<Path> out = new ArrayList<>();
    java.util.Map<Path, Path> seen = new java.util.HashMap<>();
    for (Path p : paths) {
      List<Path> found = new ArrayList<>();
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !hidden(p.relativize(f)))
              .filter(Inputs::isWorkbookName)
              .sorted()
              .forEach(found::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        found.add(p);
      }
      for (Path f : found) {
        Path first = seen.putIfAbsent(real(f), f);
        if (first == null) {
          out.add(f);
        } else {
          note.accept(
              Problem.warning(
                  f.toString(),
                  Location.FILE,
                  "this is " + first + " named again; it is read once"));
        }
      }
    }
    return out;
  }

  /**
   * The file as the file system knows it (links followed), or its absolute form when it does not
   * exist.
   */
  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  /** Whether a path inside a searched folder is in a hidden folder or is a hidden file. */
  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  static boolean isWorkbookName(Path p) {
    String name = p.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    return !name.startsWith("~$")
        && !name.startsWith(".")
        && (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".ods"));
  }
}
