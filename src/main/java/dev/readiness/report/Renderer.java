package dev.readiness.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes a candidate's report in one format; the CLI hands the runner one per format. */
@FunctionalInterface
public interface Renderer {
  /**
   * Writes the report; returns warnings about it (e.g. characters no font can draw), usually none.
   */
  List<String> render(CandidateReport report, OutputStream out) throws IOException;
}
