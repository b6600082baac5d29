package dev.readiness.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.RubricLoader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The calendar's day rules on plans built by hand, so that the figures are the rule's and not the
 * planner's: a day's sessions end by midnight, the hours that do not fit are said in one line and
 * booked on no other day.
 */
class StudySessionsTest {
  private static final Rubric RUBRIC = RubricLoader.embedded();

  /** A Monday. */
  private static final LocalDate START = LocalDate.of(2026, 11, 2);

  /**
   * Weeks of the given hours each (whole half-hours), each hour a practice item, on the inputs' own
   * dates.
   */
  private static StudyPlan plan(PlanInputs inputs, double... hours) {
    List<Week> weeks = new ArrayList<>();
    for (int w = 1; w <= hours.length; w++) {
      List<PlanItem> items =
          List.of(
              new PlanItem(
                  null,
                  Activity.WHITEBOARD,
                  "Whiteboard",
                  List.of(),
                  null,
                  hours[w - 1] / 2,
                  null,
                  null,
                  null),
              new PlanItem(
                  null,
                  Activity.CASE_STUDIES,
                  "Case studies",
                  List.of(),
                  null,
                  hours[w - 1] / 2,
                  null,
                  null,
                  null));
      weeks.add(
          new Week(
              w,
              inputs.weekStart(w),
              inputs.studyDates(w),
              inputs.halvesIn(w) / 2.0,
              hours[w - 1],
              List.of(),
              items,
              null,
              List.of()));
    }
    return planOf(inputs, weeks);
  }

  /** A plan of these weeks and nothing else: only its weeks and inputs matter to the calendar. */
  private static StudyPlan planOf(PlanInputs inputs, List<Week> weeks) {
    return new StudyPlan(
        inputs, 0, 0, 0, 0, Map.of(), List.of(), 0, List.of(), 0, List.of(), 0, "", false, weeks,
        Map.of(), null, null, Map.of(), "");
  }

  private static PlanInputs inputs(int weeks, double hours, LocalDate end, StudyDays days) {
    return new PlanInputs(START, weeks, hours, end, days);
  }

  private static StudyDays days(DayOfWeek... weekdays) {
    return new StudyDays(List.of(weekdays), new TreeSet<>());
  }

  @Test
  void saturdayOnlyEightHoursFromHalfPastTenBooksOneAndAHalfHoursAndSaysTheRest() {
    PlanInputs in = inputs(2, 8, START.plusWeeks(2), days(DayOfWeek.SATURDAY));
    StudySessions.Booking b =
        StudySessions.book(
            RUBRIC,
            plan(in, 8, 8),
            new StudySessions.Schedule(List.of(DayOfWeek.SATURDAY), LocalTime.of(22, 30)));
    assertThat(b.sessions())
        .extracting(StudySessions.Session::date)
        .containsOnly(START.plusDays(5), START.plusDays(12));
    for (StudySessions.Session s : b.sessions()) {
      assertThat(s.start()).isAfterOrEqualTo(LocalTime.of(22, 30));
      assertThat(s.start().toSecondOfDay() + s.minutes() * 60).isLessThanOrEqualTo(24 * 3600);
    }
    assertThat(b.sessions().stream().mapToInt(StudySessions.Session::minutes).sum())
        .isEqualTo(2 * 90);
    assertThat(b.warning())
        .isEqualTo(
            "from 22:30 a study day holds 1.5 h before midnight, and the plan needs up to"
                + " 8 h on one: 13 h of the plan, in 2 weeks, are not in the calendar; add study days to --study-days (now"
                + " sat) or give an earlier --study-time");
  }

  @Test
  void aDayThatHoldsTheWeekNeedsNoWarningAndEndsByMidnight() {
    PlanInputs in = inputs(1, 5, START.plusWeeks(1), days(DayOfWeek.SATURDAY));
    StudySessions.Booking b =
        StudySessions.book(
            RUBRIC,
            plan(in, 5),
            new StudySessions.Schedule(List.of(DayOfWeek.SATURDAY), LocalTime.of(19, 0)));
    assertThat(b.warning()).isNull();
    assertThat(b.sessions())
        .extracting(StudySessions.Session::start, StudySessions.Session::minutes)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalTime.of(19, 0), 150),
            org.assertj.core.groups.Tuple.tuple(LocalTime.of(21, 30), 150));
  }

  @Test
  void aStudyTimeWithSecondsNeverRunsPastMidnight() {
    assertThat(StudySessions.halvesBeforeMidnight(LocalTime.of(22, 30))).isEqualTo(3);
    assertThat(StudySessions.halvesBeforeMidnight(LocalTime.of(22, 30, 1))).isEqualTo(2);
    assertThat(StudySessions.halvesBeforeMidnight(LocalTime.of(23, 45))).isZero();
    assertThat(StudySessions.halvesBeforeMidnight(LocalTime.MIDNIGHT)).isEqualTo(48);
  }

  @Test
  void aWeekWhoseStudyDaysAreAllOffBooksNothingAndSaysSo() {
    TreeSet<LocalDate> off = new TreeSet<>();
    for (int d = 7; d < 14; d++) {
      off.add(START.plusDays(d));
    }
    PlanInputs in =
        inputs(
            2, 6, START.plusWeeks(2), days(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY).withDaysOff(off));
    StudySessions.Booking b =
        StudySessions.book(
            RUBRIC,
            plan(in, 6, 6),
            new StudySessions.Schedule(
                List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), LocalTime.of(19, 0)));
    assertThat(b.sessions())
        .extracting(StudySessions.Session::date)
        .containsOnly(START, START.plusDays(2));
    assertThat(b.warning())
        .isEqualTo(
            "6 h of the plan, in 1 week, are not in the calendar: they fall in weeks with"
                + " no study day left (days off); move days off, or study on other days");
  }

  @Test
  void aMidWeekInterviewEndsTheLastWeekTheDayBefore() {
    LocalDate interview = START.plusWeeks(1).plusDays(2);
    PlanInputs in =
        inputs(2, 6, interview, days(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY));
    assertThat(in.studyDates(2)).containsExactly(START.plusWeeks(1));
    StudySessions.Booking b =
        StudySessions.book(
            RUBRIC,
            plan(in, 6, 2),
            new StudySessions.Schedule(
                List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY),
                LocalTime.of(19, 0)));
    assertThat(b.sessions()).allSatisfy(s -> assertThat(s.date()).isBefore(interview));
    assertThat(b.warning()).isNull();
  }

  @Test
  void aPlanWithAStudyDateOnTheInterviewDayIsABug() {
    PlanInputs in = inputs(1, 6, START.plusDays(2), days(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY));
    Week onTheDay =
        new Week(
            1,
            START,
            List.of(START, START.plusDays(2)),
            6,
            6,
            List.of(),
            List.of(
                new PlanItem(
                    null, Activity.MOCK_INTERVIEW, "Mock", List.of(), null, 6, null, null, null)),
            null,
            List.of());
    StudyPlan p = planOf(in, List.of(onTheDay));
    assertThatThrownBy(
            () ->
                StudySessions.book(
                    RUBRIC,
                    p,
                    new StudySessions.Schedule(List.of(DayOfWeek.MONDAY), LocalTime.of(19, 0))))
        .hasMessage("week 1 of the plan has a study date, 2026-11-04, on or after 2026-11-04");
  }

  private static PlanItem practice(Activity a, double hours) {
    return new PlanItem(null, a, a.label(), List.of(), null, hours, null, null, null);
  }

  /**
   * A mock interview is one sitting: with 2 h a day, a day that has room for half an hour of it no
   * longer starts it there (it ran Saturday 22:00–22:30 and went on on Monday); the work after it
   * fills the day, and the mock starts the next.
   */
  @Test
  void aMockInterviewIsNeverSplitAcrossDays() {
    List<DayOfWeek> weekdays = List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY);
    PlanInputs in = inputs(1, 6, START.plusWeeks(1), new StudyDays(weekdays, new TreeSet<>()));
    Week week =
        new Week(
            1,
            in.weekStart(1),
            in.studyDates(1),
            in.halvesIn(1) / 2.0,
            6,
            List.of(),
            List.of(
                practice(Activity.CASE_STUDIES, 1.5),
                practice(Activity.MOCK_INTERVIEW, 1.5),
                practice(Activity.WHITEBOARD, 3)),
            null,
            List.of());
    StudyPlan plan = planOf(in, List.of(week));
    StudySessions.Booking b =
        StudySessions.book(RUBRIC, plan, new StudySessions.Schedule(weekdays, LocalTime.of(19, 0)));
    assertThat(b.warning()).isNull();
    assertThat(b.sessions())
        .extracting(
            StudySessions.Session::date,
            StudySessions.Session::start,
            StudySessions.Session::minutes,
            StudySessions.Session::summary)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(START, LocalTime.of(19, 0), 90, "Case studies"),
            org.assertj.core.groups.Tuple.tuple(
                START, LocalTime.of(20, 30), 30, "Whiteboard practice"),
            org.assertj.core.groups.Tuple.tuple(
                START.plusDays(2), LocalTime.of(19, 0), 90, "Mock interview"),
            org.assertj.core.groups.Tuple.tuple(
                START.plusDays(2), LocalTime.of(20, 30), 30, "Whiteboard practice"),
            org.assertj.core.groups.Tuple.tuple(
                START.plusDays(5), LocalTime.of(19, 0), 120, "Whiteboard practice"));
  }
}
