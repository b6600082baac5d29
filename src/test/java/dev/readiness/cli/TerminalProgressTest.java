package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * One bar over files read and reports written, never wider than the terminal, only where a person
 * watches.
 */
class TerminalProgressTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void theBarCountsReadsAndReportsWithRateAndTimeLeft() {
    assertThat(TerminalProgress.line(10, 40, 4 * SECOND, 79))
        .isEqualTo("[##########..............................] 10/40, 2.5/s, 12 s left");
    assertThat(TerminalProgress.line(0, 40, 0, 79)).isEqualTo("[" + ".".repeat(40) + "] 0/40");
  }

  @Test
  void theLineFitsEveryWidthSoItNeverWraps() {
    for (int width = 0; width <= 200; width++) {
      assertThat(TerminalProgress.line(1234, 5000, 90 * SECOND, width).length())
          .as("width " + width)
          .isLessThanOrEqualTo(width);
    }
    assertThat(TerminalProgress.line(1234, 5000, 90 * SECOND, 49))
        .isEqualTo("[##..........] 1234/5000, 13.7/s, 4 min 35 s left");
    assertThat(TerminalProgress.line(1234, 5000, 90 * SECOND, 30))
        .isEqualTo("[####..............] 1234/5000");
  }

  @Test
  void theBarIsFullOnlyWhenTheLastReportIsWritten() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AtomicLong clock = new AtomicLong();
    TerminalProgress p =
        new TerminalProgress(
            new PrintStream(bytes, true, StandardCharsets.UTF_8),
            60,
            () -> clock.addAndGet(SECOND));
    p.started(2);
    p.read(Path.of("a.xlsx"));
    p.read(Path.of("b.xlsx"));
    p.planned(1); // both workbooks were the same candidate's: 3 steps in all
    String afterReads = bytes.toString(StandardCharsets.UTF_8);
    assertThat(afterReads.substring(afterReads.lastIndexOf('\r') + 1))
        .startsWith("[")
        .contains(" 2/3,");
    p.reported(null);
    String all = bytes.toString(StandardCharsets.UTF_8);
    assertThat(all.substring(all.lastIndexOf('\r') + 1)).contains(" 3/3,").doesNotContain(".]");
    p.finished();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("\r");
  }

  @Test
  void drawnOnlyWhenStderrIsATerminalAndNothingAsksForPlainOutput() {
    assertThat(TerminalProgress.allowed(Map.of("READINESS_STDERR_TTY", "1", "TERM", "xterm")))
        .isTrue();
    assertThat(TerminalProgress.allowed(Map.of("TERM", "xterm"))).isFalse();
    assertThat(TerminalProgress.allowed(Map.of("READINESS_STDERR_TTY", "1", "NO_COLOR", "")))
        .isFalse();
    assertThat(TerminalProgress.allowed(Map.of("READINESS_STDERR_TTY", "1", "TERM", "dumb")))
        .isFalse();
    assertThat(TerminalProgress.allowed(Map.of("READINESS_STDERR_TTY", "1", "CI", "true")))
        .isFalse();
    assertThat(TerminalProgress.columns(Map.of("COLUMNS", "50"))).isEqualTo(50);
    assertThat(TerminalProgress.columns(Map.of())).isEqualTo(80);
  }
}
