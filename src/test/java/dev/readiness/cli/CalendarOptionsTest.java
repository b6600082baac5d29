package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `report --format ics` and its options, as a user types them. */
class CalendarOptionsTest {
  @TempDir Path dir;

  @Test
  void allThreeFormatsAtOnce() throws IOException {
    CliRun run =
        CliRun.of(
            "report",
            "samples/priya-raman.xlsx",
            "--format",
            "json,pdf,ics",
            "--time-zone",
            "Europe/London",
            "--study-days",
            "tue,thu",
            "--study-time",
            "07:30",
            "-o",
            dir.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "priya-raman-c-1001-2026-11-02.json",
              "priya-raman-c-1001-2026-11-02.pdf",
              "priya-raman-c-1001-2026-11-02.ics");
    }
    String ics = Files.readString(dir.resolve("priya-raman-c-1001-2026-11-02.ics"));
    assertThat(ics).contains("TZID:Europe/London", "DTSTART;TZID=Europe/London:20261103T073000");
  }

  @Test
  void badValuesAreUsageErrorsThatListTheChoices() {
    CliRun day =
        CliRun.of(
            "report",
            "samples/priya-raman.xlsx",
            "--format",
            "ics",
            "--study-days",
            "mon,funday",
            "-o",
            dir.toString());
    assertThat(day.exitCode()).isEqualTo(2);
    assertThat(day.err())
        .contains(
            "--study-days \"funday\" is not a day; expected mon, tue, wed, thu, fri, sat or"
                + " sun, comma-separated");
    CliRun time =
        CliRun.of(
            "report", "samples/priya-raman.xlsx", "--study-time", "7pm", "-o", dir.toString());
    assertThat(time.exitCode()).isEqualTo(2);
    assertThat(time.err())
        .contains(
            "--study-time \"7pm\" is not a time; give hours and minutes, such as 19:00 or"
                + " 07:30");
    CliRun zone =
        CliRun.of(
            "report",
            "samples/priya-raman.xlsx",
            "--time-zone",
            "Mars/Olympus",
            "-o",
            dir.toString());
    assertThat(zone.exitCode()).isEqualTo(2);
    assertThat(zone.err()).contains("--time-zone \"Mars/Olympus\" is not a time zone");
    CliRun format =
        CliRun.of(
            "report", "samples/priya-raman.xlsx", "--format", "pdf,docx", "-o", dir.toString());
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err())
        .contains(
            "--format \"docx\" is not known; expected json, pdf or ics, or several of them"
                + " with commas (json,pdf,ics)");
  }
}
