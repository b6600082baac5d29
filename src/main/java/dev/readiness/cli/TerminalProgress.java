package dev.readiness.cli;

import dev.readiness.report.ProgressListener;
import dev.readiness.report.ReportBuilder;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * One progress bar on stderr for the whole job: each workbook read and each report written is a
 * step, so the bar reaches the end when the last report is in place. Drawn at most ten times a
 * second, fitted to the terminal's width (no line ever wraps), with the rate and the time left, and
 * erased when the run ends.
 */
final class TerminalProgress implements ProgressListener {
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintStream err;
  private final int columns;
  private final LongSupplier clock;
  private final AtomicInteger done = new AtomicInteger();
  private volatile int files;
  private volatile int reports;
  private volatile long start;
  private volatile long lastDraw;
  private int drawnWidth;

  TerminalProgress(PrintStream err, int columns, LongSupplier clock) {
    this.err = err;
    this.columns = columns;
    this.clock = clock;
  }

  /**
   * Whether a bar may be drawn: only when stderr (where it goes) is a terminal, and neither
   * NO_COLOR, TERM=dumb nor a CI log asks for plain lines. Java sees whether stdin and stdout are
   * terminals (System.console()), not stderr: so the launcher, which can ask, says so in
   * READINESS_STDERR_TTY; without it no bar is drawn.
   */
  static boolean allowed(Map<String, String> env) {
    return "1".equals(env.get("READINESS_STDERR_TTY"))
        && env.get("NO_COLOR") == null
        && env.get("CI") == null
        && !"dumb".equals(env.get("TERM"));
  }

  /** The terminal's width from COLUMNS (the launcher passes the terminal's), else 80. */
  static int columns(Map<String, String> env) {
    try {
      int c = Integer.parseInt(env.getOrDefault("COLUMNS", "80").strip());
      return c >= 20 && c <= 1000 ? c : 80;
    } catch (NumberFormatException e) {
      return 80;
    }
  }

  @Override
  public void started(int files) {
    this.files = files;
    this.reports = files; // about one report per workbook, until the candidates are known
    this.start = clock.getAsLong();
  }

  @Override
  public void planned(int reports) {
    this.reports = reports;
    draw();
  }

  @Override
  public void read(Path file) {
    done.incrementAndGet();
    draw();
  }

  @Override
  public void reported(ReportBuilder.History candidate) {
    done.incrementAndGet();
    draw();
  }

  @Override
  public synchronized void finished() {
    if (drawnWidth > 0) {
      err.print("\r" + " ".repeat(drawnWidth) + "\r");
      err.flush();
    }
  }

  private void draw() {
    long now = clock.getAsLong();
    if (now - lastDraw < REDRAW_NANOS) {
      return;
    }
    synchronized (this) {
      lastDraw = now;
      String line = line(done.get(), files + reports, now - start, columns - 1);
      err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())) + "\r" + line);
      drawnWidth = Math.max(drawnWidth, line.length());
      err.flush();
    }
  }

  /**
   * The bar for {@code done} of {@code total} steps after {@code elapsed} nanoseconds, at most
   * {@code width} characters: "[#####.....] 12/40 steps, 3.1/s, 9 s left"; the bar narrows first,
   * then the words go.
   */
  static String line(int done, int total, long elapsedNanos, int width) {
    int d = Math.min(done, total);
    double seconds = elapsedNanos / 1e9;
    String counts = " " + d + "/" + total;
    String rate = "";
    String left = "";
    if (d > 0 && seconds >= 0.5) {
      double perSecond = d / seconds;
      rate = String.format(java.util.Locale.ROOT, ", %.1f/s", perSecond);
      long remaining = Math.round((total - d) / perSecond);
      left =
          ", "
              + (remaining >= 60
                  ? remaining / 60 + " min " + remaining % 60 + " s"
                  : remaining + " s")
              + " left";
    }
    String words = counts + rate + left;
    if (words.length() + 12 > width) {
      words = counts;
    }
    int bar = Math.max(0, Math.min(40, width - words.length() - 2));
    if (bar < 5) {
      return words.strip().length() <= width ? words.strip() : "";
    }
    int filled = total == 0 ? 0 : (int) ((long) d * bar / total);
    return "[" + "#".repeat(filled) + ".".repeat(bar - filled) + "]" + words;
  }
}
