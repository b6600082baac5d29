package dev.readiness.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Days off as typed on the command line and in the Profile sheet: the one parser both use. */
class DaysOffTest {
  private static final String SYNTAX =
      "give dates as YYYY-MM-DD and ranges as YYYY-MM-DD..YYYY-MM-DD,"
          + " comma-separated, e.g. 2026-12-24..2027-01-01,2027-02-14";

  @Test
  void datesAndInclusiveRangesCommaSeparated() {
    DaysOff.Parsed p = DaysOff.parse(" 2026-12-24..2027-01-01 , 2027-02-14,\u00a02026-12-25 ,");
    assertThat(p.ok()).isTrue();
    assertThat(p.dates()).hasSize(10).first().isEqualTo(LocalDate.of(2026, 12, 24));
    assertThat(p.dates())
        .contains(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 14))
        .doesNotContain(LocalDate.of(2027, 1, 2));
    assertThat(DaysOff.format(p.dates())).isEqualTo("2026-12-24..2027-01-01, 2027-02-14");
    assertThat(DaysOff.parse(DaysOff.format(p.dates())).dates()).isEqualTo(p.dates());
    assertThat(DaysOff.parse("2027-03-01..2027-03-01").dates())
        .containsExactly(LocalDate.of(2027, 3, 1));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-12-32|\"2026-12-32\" is not a date; " + SYNTAX,
        "2027-02-29|\"2027-02-29\" is not a date; " + SYNTAX,
        "24/12/2026|\"24/12/2026\" is not a date; " + SYNTAX,
        "2026-12-24 - 2027-01-01|\"2026-12-24 - 2027-01-01\" is not a date; " + SYNTAX,
        "2026-12-24..|\"2026-12-24..\" is not a date; " + SYNTAX,
        "2026-12-24..2026-12-26..2026-12-28|\"2026-12-24..2026-12-26..2026-12-28\" is not a date or a range; "
            + SYNTAX,
        "2027-01-01..2026-12-24|\"2027-01-01..2026-12-24\" ends before it starts; give the first day off, two dots,"
            + " then the last, e.g. 2026-12-24..2027-01-01",
        "2026-12-24..2027-12-25|\"2026-12-24..2027-12-25\" is longer than the 366 days a range of days off may span;"
            + " check the years, or split it",
        "' , ,'|no date given; " + SYNTAX
      })
  void mistakesAreSaidWithTheSyntax(String text, String message) {
    DaysOff.Parsed p = DaysOff.parse(text);
    assertThat(p.ok()).isFalse();
    assertThat(p.problem()).isEqualTo(message);
    assertThat(p.dates()).isEmpty();
  }

  @Test
  void aRangeOfAYearIsTheLongest() {
    assertThat(DaysOff.parse("2027-01-01..2027-12-31").dates()).hasSize(365);
    assertThat(DaysOff.parse("2028-01-01..2028-12-31").dates())
        .hasSize(PlanLimits.MAX_DAYS_OFF_RANGE);
  }

  @Test
  void daysOffBeyondTheLongestPlanAreRefusedBeforeTheyCostMemory() {
    StringBuilder text = new StringBuilder();
    for (int year = 2030; year < 2040; year++) {
      text.append(year).append("-01-01..").append(year).append("-12-31,");
    }
    assertThat(DaysOff.parse(text.toString()).problem())
        .isEqualTo(
            "more than 1,820 days off, the days of the"
                + " longest plan; give only the days off before the interview");
  }

  @Test
  void formatWritesSingleDaysAndRuns() {
    TreeSet<LocalDate> d = new TreeSet<>();
    assertThat(DaysOff.format(d)).isEmpty();
    d.add(LocalDate.of(2027, 2, 14));
    d.add(LocalDate.of(2027, 2, 16));
    d.add(LocalDate.of(2027, 2, 17));
    assertThat(DaysOff.format(d)).isEqualTo("2027-02-14, 2027-02-16..2027-02-17");
  }
}
