package dev.readiness.report;

import dev.readiness.problem.Problem;
import java.nio.file.Path;
import java.util.List;

/** Hears how a run is going, to draw a progress bar; calls may come from several threads. */
public interface ProgressListener {
  ProgressListener NONE = new ProgressListener() {};

  default void started(int files) {}

  /** How many reports the run will write, once the workbooks are read and grouped by candidate. */
  default void planned(int reports) {}

  default void read(Path file) {}

  /**
   * A workbook was read, with what it had wrong (warnings included); by default just {@link
   * #read(Path)}.
   */
  default void read(Path file, List<Problem> problems) {
    read(file);
  }

  default void reported(ReportBuilder.History candidate) {}

  default void finished() {}
}
