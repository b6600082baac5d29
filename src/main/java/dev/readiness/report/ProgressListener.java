package dev.readiness.report;

import java.nio.file.Path;

/** Hears how a run is going, to draw a progress bar; calls may come from several threads. */
public interface ProgressListener {
  ProgressListener NONE = new ProgressListener() {};

  default void started(int files) {}

  default void read(Path file) {}

  default void reported(ReportBuilder.History candidate) {}

  default void finished() {}
}
