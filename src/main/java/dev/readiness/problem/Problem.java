package dev.readiness.problem;

import dev.readiness.text.Visible;

/**
 * Something wrong (or worth a look) in an input, printed as {@code file: Sheet!Cell: message}.
 *
 * @param location the sheet and cell, a sheet alone, a line, or {@link Location#FILE} when it
 *     concerns the whole file
 */
public record Problem(Severity severity, String file, Location location, String message) {
  /** How bad a problem is: an error stops the file from being used; a warning does not. */
  public enum Severity {
    ERROR,
    WARNING
  }

  public Problem {
    location = location == null ? Location.FILE : location;
  }

  public static Problem error(String file, Location location, String message) {
    return new Problem(Severity.ERROR, file, location, message);
  }

  public static Problem warning(String file, Location location, String message) {
    return new Problem(Severity.WARNING, file, location, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * The location as printed: {@code Topics!E17}, a sheet alone, a line, or empty for the whole
   * file.
   */
  public String where() {
    return location.text();
  }

  /**
   * The place and the message without the file, for a line that already names it: {@code
   * Topics!E17: message}.
   */
  public String placedMessage() {
    return where().isEmpty() ? message : where() + ": " + message;
  }

  /**
   * As printed: control characters from a file's content or name made visible, so the line is the
   * tool's own.
   */
  @Override
  public String toString() {
    String prefix = where().isEmpty() ? file + ": " : file + ": " + where() + ": ";
    return Visible.of(prefix + (isError() ? "" : "warning: ") + message);
  }
}
