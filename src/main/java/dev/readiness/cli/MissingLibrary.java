package dev.readiness.cli;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A system library the JVM could not load (libfreetype for the PDF's charts, say), named in one line instead of
 * an internal error: the computer lacks a part, the tool has no bug. bin/readiness checks the bundled runtime's
 * libraries before it starts; this covers any other Java (the portable zip, {@code java -jar}).
 */
final class MissingLibrary {
  private static final Pattern NAME = Pattern.compile("lib[A-Za-z0-9_+-]+\\.(?:so(?:\\.[0-9]+)*|dylib)"
      + "|[A-Za-z0-9_+-]+\\.dll");
  /** The Debian and Ubuntu packages of the libraries Java's font and image code links. */
  private static final Map<String, String> DEBIAN = Map.of("libfreetype.so.6", "libfreetype6", "libharfbuzz.so.0",
      "libharfbuzz0b", "libpng16.so.16", "libpng16-16", "libjpeg.so.62", "libjpeg62-turbo", "liblcms2.so.2",
      "liblcms2-2", "libfontconfig.so.1", "libfontconfig1");

  private MissingLibrary() {}

  /** The sentence to print when {@code error} (or one of its causes) is a library that failed to load. */
  static Optional<String> of(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof UnsatisfiedLinkError) {
        Matcher m = NAME.matcher(String.valueOf(t.getMessage()));
        String name = "";
        while (m.find()) {
          name = m.group(); // the last one named is the one missing ("libfontmanager.so: libfreetype.so.6: …")
        }
        if (name.isEmpty()) {
          return Optional.of("a system library this Java needs is missing (" + t.getMessage() + "); install it"
              + " and run the command again");
        }
        String debian = DEBIAN.get(name);
        return Optional.of("the system library " + name + " is missing; install it ("
            + (debian == null ? "the package that provides it" : "Debian, Ubuntu: sudo apt-get install " + debian)
            + ") and run the command again");
      }
      if (t instanceof NoClassDefFoundError && String.valueOf(t.getMessage()).matches(
          "Could not initialize class (sun\\.font|sun\\.awt|java\\.awt)\\..*")) {
        // a second thread after the first failed to load the library: Java 17 no longer says why
        return Optional.of("the fonts of this Java could not start (is a system library such as libfreetype"
            + " missing?); install it and run the command again");
      }
    }
    return Optional.empty();
  }
}
