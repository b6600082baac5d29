package dev.readiness.report;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a candidate's report in one format; the CLI hands the runner one per format. */
@FunctionalInterface
public interface Renderer {
  void render(CandidateReport report, OutputStream out) throws IOException;
}
