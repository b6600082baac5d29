package dev.readiness.cli;

import dev.readiness.report.ProgressListener;
import dev.readiness.report.ReportBuilder;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** A one-line progress bar on stderr, redrawn at most ten times a second, erased when the run ends. */
final class TerminalProgress implements ProgressListener {
  private static final int WIDTH = 30;

  private final PrintStream err;
  private final AtomicInteger read = new AtomicInteger();
  private final AtomicInteger reported = new AtomicInteger();
  private volatile int total;
  private volatile long lastDraw;

  TerminalProgress(PrintStream err) {
    this.err = err;
  }

  @Override
  public void started(int files) {
    total = files;
  }

  @Override
  public void read(Path file) {
    read.incrementAndGet();
    draw(false);
  }

  @Override
  public void reported(ReportBuilder.History candidate) {
    reported.incrementAndGet();
    draw(false);
  }

  @Override
  public void finished() {
    synchronized (this) {
      err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
      err.flush();
    }
  }

  private void draw(boolean force) {
    long now = System.nanoTime();
    if (!force && now - lastDraw < 100_000_000L) {
      return;
    }
    synchronized (this) {
      lastDraw = now;
      int n = total == 0 ? 0 : read.get() * WIDTH / total;
      err.print("\r[" + "#".repeat(n) + ".".repeat(WIDTH - n) + "] " + read.get() + "/" + total + " read, "
          + reported.get() + " reports");
      err.flush();
    }
  }
}
