package dev.readiness.problem;

import dev.readiness.text.Visible;

/**
 * Something wrong (or worth a look) in an input, printed as {@code file: Sheet!Cell: message}.
 *
 * @param where the sheet and cell ({@code Topics!E17}), a sheet alone, or empty when it concerns the whole file
 */
public record Problem(Severity severity, String file, String where, String message) {
  /** How bad a problem is: an error stops the file from being used; a warning does not. */
  public enum Severity {
    ERROR,
    WARNING
  }

  public static Problem error(String file, String where, String message) {
    return new Problem(Severity.ERROR, file, where, message);
  }

  public static Problem warning(String file, String where, String message) {
    return new Problem(Severity.WARNING, file, where, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** As printed: control characters from a file's content or name made visible, so the line is the tool's own. */
  @Override
  public String toString() {
    String prefix = where == null || where.isEmpty() ? file + ": " : file + ": " + where + ": ";
    return Visible.of(prefix + (isError() ? "" : "warning: ") + message);
  }
}
