package dev.readiness.bench;

/** Filled in with the calibration issue. */
final class AlphaBench {
  private AlphaBench() {}

  static void run() {
    throw new IllegalStateException("no alpha yet");
  }
}
