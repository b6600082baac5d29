package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * `report --days-off` and `--time-zone` as a user types them, and the calendar's one warning line.
 */
class DaysOffAndZoneOptionsTest {
  private static final String SAMPLE = "samples/priya-raman.xlsx";
  private static final String ICS = "priya-raman-c-1001-2026-11-02.ics";
  private static final String SYNTAX =
      "give dates as YYYY-MM-DD and ranges as YYYY-MM-DD..YYYY-MM-DD,"
          + " comma-separated, e.g. 2026-12-24..2027-01-01,2027-02-14";

  @TempDir Path dir;

  private static List<String> lines(Path ics, String prefix) throws IOException {
    return Arrays.stream(Files.readString(ics).split("\r\n"))
        .filter(l -> l.startsWith(prefix))
        .toList();
  }

  @Test
  void daysOffLeaveTheHolidaysOutOfTheCalendar() throws IOException {
    CliRun run =
        CliRun.of(
            "report",
            SAMPLE,
            "--format",
            "ics",
            "--time-zone",
            "UTC",
            "--days-off",
            "2026-12-24..2027-01-01, 2026-11-04",
            "-o",
            dir.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
    List<String> starts = lines(dir.resolve(ICS), "DTSTART:");
    assertThat(starts)
        .isNotEmpty()
        .noneMatch(l -> l.matches("DTSTART:(202612(2[4-9]|3[01])|20270101|20261104)T.*"))
        .anyMatch(l -> l.startsWith("DTSTART:20261223T19"))
        .anyMatch(l -> l.startsWith("DTSTART:20261102T19"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-13-01|\"2026-13-01\" is not a date; " + SYNTAX,
        "christmas|\"christmas\" is not a date; " + SYNTAX,
        "2027-01-01..2026-12-24|\"2027-01-01..2026-12-24\" ends before it starts; give the first day off, two dots,"
            + " then the last, e.g. 2026-12-24..2027-01-01",
        "2026-01-01..2027-12-31|\"2026-01-01..2027-12-31\" is longer than the 366 days a range of days off may span;"
            + " check the years, or split it",
        "','|no date given; " + SYNTAX
      })
  void aWrongValueIsAUsageErrorThatShowsTheSyntax(String value, String message) {
    CliRun run =
        CliRun.of("report", SAMPLE, "--format", "ics", "--days-off", value, "-o", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("readiness: --days-off \"" + value + "\": " + message + "\n");
    assertThat(dir.resolve(ICS)).doesNotExist();
  }

  @ParameterizedTest
  @CsvSource({
    "+05:00, 20261102T140000Z",
    "UTC+1, 20261102T180000Z",
    "GMT-03:30, 20261102T223000Z",
    "-03:30, 20261102T223000Z"
  })
  void aFixedOffsetWorksInUtcTimes(String zone, String firstStart) throws IOException {
    CliRun run =
        CliRun.of("report", SAMPLE, "--format", "ics", "--time-zone", zone, "-o", dir.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.all()).doesNotContain("null");
    assertThat(lines(dir.resolve(ICS), "DTSTART")).first().isEqualTo("DTSTART:" + firstStart);
    assertThat(lines(dir.resolve(ICS), "DTSTART")).allMatch(l -> l.endsWith("Z"));
    assertThat(Files.readString(dir.resolve(ICS))).doesNotContain("TZID");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTC+25", "+5:00:00:00", "GMT+x", "Mars/Olympus"})
  void aZoneThatIsNoneIsAUsageErrorNamingIt(String zone) {
    CliRun run =
        CliRun.of("report", SAMPLE, "--format", "ics", "--time-zone", zone, "-o", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "readiness: --time-zone \""
                + zone
                + "\" is not a time zone; give a region name"
                + " such as Europe/Berlin, America/New_York or UTC, or an offset from UTC such as +05:00 or UTC+1\n");
  }

  @Test
  void hoursThatDoNotFitBeforeMidnightAreSaidInOneLine() throws IOException {
    CliRun run =
        CliRun.of(
            "report",
            SAMPLE,
            "--format",
            "ics",
            "--study-days",
            "sat",
            "--hours",
            "8",
            "--study-time",
            "22:30",
            "--time-zone",
            "Europe/Berlin",
            "-o",
            dir.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
    List<String> said = run.err().lines().filter(l -> l.contains("calendar")).toList();
    assertThat(said)
        .singleElement()
        .asString()
        .matches(
            java.util.regex.Pattern.quote(
                    dir.resolve(ICS)
                        + ": warning: from 22:30 a study day holds 1.5 h before midnight, and the plan needs up to 8 h on one: ")
                + "\\d+(\\.5)? h of the plan, in \\d+ weeks, are not in the calendar; add study days to --study-days \\(now"
                + " sat\\) or give an earlier --study-time");
    assertThat(lines(dir.resolve(ICS), "DTSTART;TZID=Europe/Berlin:"))
        .isNotEmpty()
        .allMatch(l -> l.matches(".*T(2230|2300|2330)00"));
    assertThat(lines(dir.resolve(ICS), "DTEND;TZID=Europe/Berlin:"))
        .isNotEmpty()
        .allMatch(l -> l.matches(".*T(2300|2330)00") || l.matches(".*T000000"));
  }
}
