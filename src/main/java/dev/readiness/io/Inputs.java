package dev.readiness.io;

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
   * The files named, and the .xlsx and .xls files inside the folders named, in a stable order. A named file is
   * kept whatever its extension (the reader judges its content); lock files ({@code ~$…}) and hidden files inside
   * folders are skipped.
   */
  public static List<Path> expand(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(Inputs::isWorkbookName).sorted().forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  static boolean isWorkbookName(Path p) {
    String name = p.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    return !name.startsWith("~$") && !name.startsWith(".") && (lower.endsWith(".xlsx") || lower.endsWith(".xls"));
  }
}
