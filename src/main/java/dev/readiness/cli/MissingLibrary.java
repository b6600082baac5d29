package dev.readiness.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A system library the JVM could not load (libfreetype for the PDF's charts, say), named in one
 * line instead of an internal error: the computer lacks a part, the tool has no bug. bin/readiness
 * checks the bundled runtime's libraries before it starts; this covers any other Java (the portable
 * zip, {@code java -jar}).
 */
final class MissingLibrary {
  private static final Pattern NAME =
      Pattern.compile("lib[A-Za-z0-9_+-]+\\.(?:so(?:\\.[0-9]+)*|dylib)" + "|[A-Za-z0-9_+-]+\\.dll");

  /** The Debian and Ubuntu packages of the libraries Java's font and image code links. */
  private static final Map<String, String> DEBIAN =
      Map.of(
          "libfreetype.so.6",
          "libfreetype6",
          "libharfbuzz.so.0",
          "libharfbuzz0b",
          "libpng16.so.16",
          "libpng16-16",
          "libjpeg.so.62",
          "libjpeg62-turbo",
          "liblcms2.so.2",
          "liblcms2-2",
          "libfontconfig.so.1",
          "libfontconfig1");

  private MissingLibrary() {}

  /**
   * The sentence to print when {@code error} (or one of its causes) is a library that failed to
   * load.
   */
  static Optional<String> of(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof UnsatisfiedLinkError) {
        return Optional.of(named(String.valueOf(t.getMessage())));
      }
      boolean fonts =
          t instanceof NoClassDefFoundError
              && String.valueOf(t.getMessage())
                  .matches("Could not initialize class (sun\\.font|sun\\.awt|java\\.awt)\\..*");
      // Font.createFont turns the library's load failure into this IOException, dropping its name
      fonts |= t instanceof IOException && "Problem reading font data.".equals(t.getMessage());
      if (fonts) {
        return fontLibrary();
      }
    }
    return Optional.empty();
  }

  /**
   * Loads the JDK's own font library again to hear which library it lacks; empty when it loads
   * (then the failure was something else, and stays an internal error).
   */
  private static Optional<String> fontLibrary() {
    boolean windows =
        System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    Path lib =
        Path.of(
            System.getProperty("java.home"),
            windows ? "bin" : "lib",
            System.mapLibraryName("fontmanager"));
    try {
      System.load(lib.toString());
      return Optional.empty();
    } catch (UnsatisfiedLinkError e) {
      String message = String.valueOf(e.getMessage());
      return message.contains("already loaded") ? Optional.empty() : Optional.of(named(message));
    }
  }

  private static String named(String message) {
    Matcher m = NAME.matcher(message);
    String name = "";
    while (m.find()) {
      name = m.group(); // the last one named is the one missing ("libfontmanager.so:
      // libfreetype.so.6: …")
    }
    if (name.isEmpty()) {
      return "a system library this Java needs is missing ("
          + message
          + "); install it and run the command again";
    }
    String debian = DEBIAN.get(name);
    return "the system library "
        + name
        + " is missing; install it ("
        + (debian == null
            ? "the package that provides it"
            : "Debian, Ubuntu: sudo apt-get install " + debian)
        + ") and run the command again";
  }
}
