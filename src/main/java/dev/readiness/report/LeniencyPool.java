package dev.readiness.report;

import dev.readiness.calibration.Calibration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What rater leniency is measured over: every panel (a candidate on a date with several raters)
 * found in the run and in the panel history, so a rater's reading does not hang on which files
 * happened to share a batch.
 *
 * @param byRater each panel rater's leniency, by rater key
 * @param panels the panels of the pool as a reader names them ("Priya Raman (C-1001) on
 *     2026-11-02"), in order
 * @param topics how many topic ratings by two or more panel raters the pool holds
 * @param from where the pool was found, in words ("this run's workbooks", "this run and history/")
 * @param history whether a panel history was searched as well as the run
 */
public record LeniencyPool(
    Map<String, Calibration.Leniency> byRater,
    List<String> panels,
    int topics,
    String from,
    boolean history) {
  public LeniencyPool {
    byRater = Collections.unmodifiableMap(new LinkedHashMap<>(byRater));
    panels = List.copyOf(panels);
  }

  /** A pool with nothing in it. */
  public static final LeniencyPool EMPTY =
      new LeniencyPool(Map.of(), List.of(), 0, "no workbooks", false);
}
