package dev.readiness.workbook;

import dev.readiness.problem.Location;
import java.io.IOException;

/**
 * A well-formed workbook the reader cannot take: its message, for the cell it names, says what to
 * do.
 */
final class Unsupported extends IOException {
  private static final long serialVersionUID = 1L;
  final Location cell;

  Unsupported(Location cell, String message) {
    super(message);
    this.cell = cell;
  }
}
