package dev.readiness.problem;

/**
 * Where in a file a problem is: a workbook's sheet and cell, a sheet alone, a line of a rubric file
 * (with the JSON path on it, when known), or nowhere in particular (the whole file). {@link
 * #text()} is the one place it is worded.
 *
 * @param sheet the sheet's name as the workbook spells it, or null
 * @param cell the cell in A1 form ({@code E17}), or null; only with a sheet
 * @param line the line of a text file, from 1, or null
 * @param path the JSON path on that line ({@code $.roles[2].targets}), or null; only with a line
 */
public record Location(String sheet, String cell, Integer line, String path) {
  /** The whole file. */
  public static final Location FILE = new Location(null, null, null, null);

  public Location {
    if (cell != null && sheet == null) {
      throw new IllegalArgumentException("a cell needs its sheet");
    }
    if (path != null && line == null) {
      throw new IllegalArgumentException("a JSON path needs its line");
    }
  }

  public static Location sheet(String sheet) {
    return new Location(sheet, null, null, null);
  }

  /** A cell already in A1 form; the workbook reader turns row and column numbers into it. */
  public static Location cell(String sheet, String cell) {
    return new Location(sheet, cell, null, null);
  }

  public static Location line(int line) {
    return new Location(null, null, line, null);
  }

  public static Location line(int line, String path) {
    return new Location(null, null, line, path);
  }

  /**
   * As printed: {@code Topics!E17}, {@code Topics}, {@code line 12: $.roles[2]}, {@code line 12},
   * or empty.
   */
  public String text() {
    if (sheet != null) {
      return cell == null ? sheet : sheet + "!" + cell;
    }
    if (line != null) {
      return path == null ? "line " + line : "line " + line + ": " + path;
    }
    return "";
  }

  public boolean isWholeFile() {
    return sheet == null && line == null;
  }
}
