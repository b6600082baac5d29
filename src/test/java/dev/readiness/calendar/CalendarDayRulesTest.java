package dev.readiness.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.io.text.ICalReader;
import dev.readiness.assessment.Assessment;
import dev.readiness.plan.StudyDays;
import dev.readiness.plan.StudySessions;
import dev.readiness.plan.Week;
import dev.readiness.report.CandidateReport;
import dev.readiness.report.ReportOptions;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.testing.Fixtures;
import dev.readiness.testing.Reports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The calendar's day rules, checked on the file as a calendar app reads it: parsed back by ical4j's
 * own parser and by a second, independent one (biweekly), for the cases that once went wrong: a
 * mid-week interview, Saturday-only study with 8 h a week, a 22:30 study time, days off over the
 * holidays, a fixed-offset zone and a rubric whose texts hold control characters. No session passes
 * midnight, none is on or after the interview date, none on a day off or a day not studied, and the
 * hours not booked are exactly the ones the warning names.
 */
class CalendarDayRulesTest {
  private static final Rubric RUBRIC = Fixtures.RUBRIC;
  private static final LocalDate MONDAY = Fixtures.DATE;
  private static final List<DayOfWeek> MON_WED_SAT =
      List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY);
  private static final SortedSet<LocalDate> HOLIDAYS =
      range(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 1));

  /**
   * A persona's assessment with these dates and hours (the Profile sheet's days off among them).
   */
  private static Assessment persona(
      long seed, LocalDate interview, double hours, SortedSet<LocalDate> daysOff) {
    Assessment a = Fixtures.random(seed, 0.1);
    return a.toBuilder().interviewDate(interview).hoursPerWeek(hours).daysOff(daysOff).build();
  }

  private static CandidateReport report(Rubric rubric, Assessment a, StudyDays days) {
    ReportOptions options =
        new ReportOptions(
            List.of(),
            Path.of("."),
            Set.of(ReportOptions.Format.ICS),
            null,
            null,
            null,
            "a4",
            1,
            days);
    Reports.Built built = Reports.build(rubric, List.of(a), options);
    assertThat(built.problems()).isEmpty();
    return built.reports().get(0);
  }

  /** What rendering gave: the file's text and the warnings. */
  private record Rendered(String text, List<String> warnings) {}

  private static Rendered render(CandidateReport r, StudySessions.Schedule schedule, ZoneId zone)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> warnings = new IcsCalendar(schedule, zone).render(r, out);
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    new IcsCalendar(schedule, zone).render(r, again);
    assertThat(again.toByteArray())
        .as("the same plan gives the same bytes")
        .isEqualTo(out.toByteArray());
    return new Rendered(out.toString(StandardCharsets.UTF_8), warnings);
  }

  /** One event as read back: its start and end in the calendar's zone, its UID. */
  private record Event(ZonedDateTime start, ZonedDateTime end, String uid) {}

  /** The events as ical4j reads them, after a strict parse. */
  private static List<Event> ical4j(String text, ZoneId zone) throws IOException, ParserException {
    Calendar cal = new CalendarBuilder().build(new StringReader(text));
    List<Event> out = new ArrayList<>();
    for (Component c : cal.getComponents(Component.VEVENT)) {
      VEvent e = (VEvent) c;
      // only the properties the tool writes: a control character in a text must not have added one
      assertThat(e.getProperties().stream().map(Property::getName).toList())
          .containsExactlyInAnyOrder(
              "DTSTART", "DTEND", "SUMMARY", "UID", "DTSTAMP", "DESCRIPTION");
      out.add(
          new Event(
              at(e.getStartDate().orElseThrow().getDate(), zone),
              at(e.getEndDate().orElseThrow().getDate(), zone),
              e.getUid().orElseThrow().getValue()));
    }
    return out;
  }

  private static ZonedDateTime at(Temporal t, ZoneId zone) {
    if (t instanceof ZonedDateTime z) {
      return z.withZoneSameInstant(zone);
    }
    if (t instanceof OffsetDateTime o) {
      return o.atZoneSameInstant(zone);
    }
    if (t instanceof Instant i) {
      return i.atZone(zone);
    }
    throw new AssertionError("a floating or all-day time: " + t);
  }

  /** The events as biweekly reads them, with no warning. */
  private static List<Event> biweekly(String text, ZoneId zone) throws IOException {
    try (ICalReader reader = new ICalReader(new StringReader(text))) {
      ICalendar cal = reader.readNext();
      assertThat(reader.getWarnings()).isEmpty();
      assertThat(cal.validate(biweekly.ICalVersion.V2_0).isEmpty())
          .as(cal.validate(biweekly.ICalVersion.V2_0).toString())
          .isTrue();
      assertThat(cal.getEvents()).allSatisfy(e -> assertThat(e.getAttendees()).isEmpty());
      return cal.getEvents().stream()
          .map(
              e ->
                  new Event(
                      e.getDateStart().getValue().toInstant().atZone(zone),
                      e.getDateEnd().getValue().toInstant().atZone(zone),
                      e.getUid().getValue()))
          .toList();
    }
  }

  /**
   * Every rule of the calendar's days, on both parsers' reading; returns the events.
   *
   * @param off the days off the plan was given
   */
  private static List<Event> checkDays(
      CandidateReport r, StudySessions.Schedule schedule, ZoneId zone, SortedSet<LocalDate> off)
      throws IOException, ParserException {
    Rendered rendered = render(r, schedule, zone);
    String text = rendered.text();
    assertThat(text.split("\r\n"))
        .allSatisfy(
            line -> {
              assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
              assertThat(
                      line.codePoints()
                          .filter(c -> c != '\t' && Character.isISOControl(c))
                          .toArray())
                  .as("control characters in %s", line)
                  .isEmpty();
            });
    List<Event> events = ical4j(text, zone);
    assertThat(biweekly(text, zone)).isEqualTo(events);
    LocalDate interview = r.plan().inputs().end();
    List<String> uids = new ArrayList<>();
    for (Event e : events) {
      LocalDate day = e.start().toLocalDate();
      assertThat(e.start().toLocalTime()).as(e.uid()).isAfterOrEqualTo(schedule.time());
      // ends the same day, or at the very midnight that closes it
      assertThat(
              e.end().toLocalDate().equals(day)
                  || e.end().equals(day.plusDays(1).atStartOfDay(zone)))
          .as("%s passes midnight: %s to %s", e.uid(), e.start(), e.end())
          .isTrue();
      assertThat(day).as(e.uid()).isBefore(interview);
      assertThat(off).as(e.uid()).doesNotContain(day);
      assertThat(schedule.days()).as(e.uid()).contains(day.getDayOfWeek());
      uids.add(e.uid());
    }
    assertThat(new HashSet<>(uids)).hasSameSizeAs(uids);
    checkHoursNotBooked(r, events, rendered.warnings());
    return events;
  }

  private static final Pattern NOT_BOOKED =
      Pattern.compile("(\\d+(?:\\.5)?) h of the plan, in (\\d+) weeks?,");

  /**
   * The plan's hours less the booked ones are the hours the one warning names; none missing, no
   * warning.
   */
  private static void checkHoursNotBooked(
      CandidateReport r, List<Event> events, List<String> warnings) {
    long planned = 0;
    for (Week w : r.plan().weeks()) {
      planned +=
          w.routines().stream().mapToLong(i -> Math.round(i.hours() * 60)).sum()
              + w.items().stream().mapToLong(i -> Math.round(i.hours() * 60)).sum();
    }
    long booked =
        events.stream()
            .mapToLong(e -> java.time.Duration.between(e.start(), e.end()).toMinutes())
            .sum();
    if (booked == planned) {
      assertThat(warnings).isEmpty();
      return;
    }
    assertThat(warnings).hasSize(1);
    Matcher m = NOT_BOOKED.matcher(warnings.get(0));
    assertThat(m.find()).as(warnings.get(0)).isTrue();
    assertThat(Math.round(Double.parseDouble(m.group(1)) * 60)).isEqualTo(planned - booked);
  }

  private static SortedSet<LocalDate> range(LocalDate first, LocalDate last) {
    SortedSet<LocalDate> out = new TreeSet<>();
    first.datesUntil(last.plusDays(1)).forEach(out::add);
    return out;
  }

  @Test
  void aMidWeekInterviewHasNoSessionOnOrAfterItsDay() throws Exception {
    LocalDate wednesday = MONDAY.plusWeeks(10).plusDays(2);
    CandidateReport r =
        report(RUBRIC, persona(11, wednesday, 6, new TreeSet<>()), StudyDays.DEFAULT);
    assertThat(r.plan().inputs().end()).isEqualTo(wednesday);
    List<Event> events =
        checkDays(
            r,
            new StudySessions.Schedule(MON_WED_SAT, LocalTime.of(19, 0)),
            ZoneId.of("Europe/Berlin"),
            new TreeSet<>());
    // the last week keeps its Monday: the interview week is studied up to the day before
    assertThat(
            events.stream()
                .map(e -> e.start().toLocalDate())
                .max(LocalDate::compareTo)
                .orElseThrow())
        .isEqualTo(wednesday.minusDays(2));
  }

  @Test
  void saturdayOnlyWithEightHoursBooksNoSessionOnTheSaturdayMorning() throws Exception {
    StudyDays saturday = new StudyDays(List.of(DayOfWeek.SATURDAY), new TreeSet<>());
    CandidateReport r =
        report(RUBRIC, persona(12, MONDAY.plusWeeks(12), 8, new TreeSet<>()), saturday);
    StudySessions.Schedule schedule =
        new StudySessions.Schedule(List.of(DayOfWeek.SATURDAY), LocalTime.of(19, 0));
    List<Event> events = checkDays(r, schedule, ZoneId.of("Europe/Berlin"), new TreeSet<>());
    assertThat(events)
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.start().getHour()).isGreaterThanOrEqualTo(19));
    assertThat(render(r, schedule, ZoneId.of("Europe/Berlin")).warnings())
        .singleElement()
        .asString()
        .startsWith(
            "from 19:00 a study day holds 5 h before midnight, and the plan needs up to 8 h on one: ")
        .endsWith(
            " are not in the calendar; add study days to --study-days (now sat) or give an earlier"
                + " --study-time");
  }

  @Test
  void halfPastTenBooksAnHourAndAHalfADay() throws Exception {
    StudyDays saturday = new StudyDays(List.of(DayOfWeek.SATURDAY), new TreeSet<>());
    CandidateReport r =
        report(RUBRIC, persona(13, MONDAY.plusWeeks(12), 8, new TreeSet<>()), saturday);
    StudySessions.Schedule late =
        new StudySessions.Schedule(List.of(DayOfWeek.SATURDAY), LocalTime.of(22, 30));
    List<Event> events = checkDays(r, late, ZoneId.of("Asia/Kolkata"), new TreeSet<>());
    assertThat(events)
        .isNotEmpty()
        .allSatisfy(
            e ->
                assertThat(e.end().toLocalTime())
                    .isIn(LocalTime.of(23, 0), LocalTime.of(23, 30), LocalTime.MIDNIGHT));
  }

  @Test
  void daysOffOverTheHolidaysFromTheCommandLineAndFromTheWorkbook() throws Exception {
    StudySessions.Schedule schedule = new StudySessions.Schedule(MON_WED_SAT, LocalTime.of(19, 0));
    LocalDate interview = LocalDate.of(2027, 1, 20);
    CandidateReport fromOption =
        report(
            RUBRIC,
            persona(14, interview, 6, new TreeSet<>()),
            StudyDays.DEFAULT.withDaysOff(HOLIDAYS));
    List<Event> events = checkDays(fromOption, schedule, ZoneId.of("Europe/Berlin"), HOLIDAYS);
    // the weeks round the holidays are studied, on the days left
    assertThat(events)
        .anyMatch(e -> e.start().toLocalDate().equals(LocalDate.of(2026, 12, 23)))
        .anyMatch(e -> e.start().toLocalDate().equals(LocalDate.of(2027, 1, 2)));
    assertThat(fromOption.plan().weeks())
        .allSatisfy(w -> assertThat(w.days()).doesNotContainAnyElementsOf(HOLIDAYS));
    CandidateReport fromWorkbook =
        report(RUBRIC, persona(14, interview, 6, HOLIDAYS), StudyDays.DEFAULT);
    assertThat(checkDays(fromWorkbook, schedule, ZoneId.of("Europe/Berlin"), HOLIDAYS))
        .isEqualTo(events);
    // the command line's days off replace the workbook's, as --hours replaces its hours
    SortedSet<LocalDate> other = range(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15));
    CandidateReport replaced =
        report(RUBRIC, persona(14, interview, 6, HOLIDAYS), StudyDays.DEFAULT.withDaysOff(other));
    assertThat(replaced.plan().inputs().days().daysOff()).isEqualTo(other);
    List<Event> moved = checkDays(replaced, schedule, ZoneId.of("Europe/Berlin"), other);
    assertThat(moved).anyMatch(e -> HOLIDAYS.contains(e.start().toLocalDate()));
  }

  @Test
  void aPanelsConsensusKeepsTheDaysOffARaterGave() throws Exception {
    Assessment r1 = persona(17, LocalDate.of(2027, 1, 20), 6, new TreeSet<>());
    Assessment r2 = persona(18, LocalDate.of(2027, 1, 20), 6, HOLIDAYS);
    List<Assessment> panel =
        List.of(
            withRater(r1, "Ann", dev.readiness.assessment.RaterRole.PANEL, r1.daysOff()),
            withRater(
                r1.withTopicRatings(r2.topicRatings()),
                "Bo",
                dev.readiness.assessment.RaterRole.PANEL,
                HOLIDAYS));
    ReportOptions options =
        new ReportOptions(
            List.of(),
            Path.of("."),
            Set.of(ReportOptions.Format.ICS),
            null,
            null,
            null,
            "a4",
            1,
            StudyDays.DEFAULT);
    CandidateReport r = Reports.build(RUBRIC, panel, options).reports().get(0);
    assertThat(r.calibration()).isNotNull();
    assertThat(r.plan().inputs().days().daysOff()).isEqualTo(HOLIDAYS);
    checkDays(
        r,
        new StudySessions.Schedule(MON_WED_SAT, LocalTime.of(19, 0)),
        ZoneId.of("Europe/Berlin"),
        HOLIDAYS);
  }

  private static Assessment withRater(
      Assessment a,
      String rater,
      dev.readiness.assessment.RaterRole role,
      SortedSet<LocalDate> off) {
    return a.toBuilder()
        .source(a.source() + "-" + rater)
        .rater(rater)
        .raterRole(role)
        .daysOff(off)
        .build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"+05:00", "UTC+1", "GMT-03:30", "Etc/GMT-5", "SystemV/EST5EDT"})
  void aFixedOffsetIsWrittenInUtcAtTheRightInstant(String zoneText) throws Exception {
    ZoneId zone = ZoneId.of(zoneText);
    CandidateReport r =
        report(
            RUBRIC, persona(15, MONDAY.plusWeeks(8).plusDays(4), 6, HOLIDAYS), StudyDays.DEFAULT);
    StudySessions.Schedule schedule = new StudySessions.Schedule(MON_WED_SAT, LocalTime.of(19, 0));
    String text = render(r, schedule, zone).text();
    assertThat(text).doesNotContain("TZID");
    assertThat(text.split("\r\n"))
        .filteredOn(l -> l.startsWith("DTSTART") || l.startsWith("DTEND"))
        .allSatisfy(l -> assertThat(l).endsWith("Z"));
    List<Event> events = checkDays(r, schedule, zone, HOLIDAYS);
    // the first session is on the assessment day at the study time in that zone
    assertThat(events.get(0).start().toLocalDateTime()).isEqualTo(r.date().atTime(19, 0));
    List<StudySessions.Session> sessions = StudySessions.of(r.rubric(), r.plan(), schedule);
    assertThat(events).hasSameSizeAs(sessions);
    for (int i = 0; i < events.size(); i++) {
      assertThat(events.get(i).start().toLocalDateTime())
          .isEqualTo(sessions.get(i).date().atTime(sessions.get(i).start()));
    }
  }

  /**
   * The default rubric with every topic's title and question opened by control characters and a
   * fake property.
   */
  static Rubric hostileRubric() throws Exception {
    String json;
    try (InputStream in =
        CalendarDayRulesTest.class.getResourceAsStream("/rubric/python-architect-2026.json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String injected =
        json.replace(
                "\"question\": \"",
                "\"question\": \"\\rATTENDEE:mailto:evil@example.com\\r\\n"
                    + "\\u0000\\u000b\\u001b[2J\\u0085\\u007f")
            .replace(
                "\"points\": [\"", "\"points\": [\"\\rATTENDEE:mailto:evil@example.com\\u000c");
    assertThat(injected).isNotEqualTo(json);
    return RubricLoader.parse("hostile.json", injected.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aRubricWithControlCharactersAddsNoPropertyAndNoControlCharacter() throws Exception {
    Rubric hostile = hostileRubric();
    assertThat(hostile.topics().get(0).question()).contains("\r", "\u0000");
    CandidateReport r =
        report(hostile, persona(16, MONDAY.plusWeeks(6), 8, new TreeSet<>()), StudyDays.DEFAULT);
    StudySessions.Schedule schedule = new StudySessions.Schedule(MON_WED_SAT, LocalTime.of(19, 0));
    checkDays(r, schedule, ZoneId.of("Europe/Berlin"), new TreeSet<>());
    String text = render(r, schedule, ZoneId.of("Europe/Berlin")).text();
    assertThat(text).doesNotContain("\r\nATTENDEE").contains("\\nATTENDEE:mailto:evil@example.com");
    ICalendar cal = Biweekly.parse(text).first();
    String described =
        cal.getEvents().stream()
            .map(e -> e.getDescription().getValue())
            .filter(d -> d.contains("Practise aloud"))
            .findFirst()
            .orElseThrow();
    // the line breaks stay line breaks; the other control characters are gone
    assertThat(described)
        .contains("\"\nATTENDEE:mailto:evil@example.com\n[2J\n")
        .doesNotContain("\u0000", "\u000b", "\u001b", "\u007f", "\r");
  }

  @Test
  void textValuesKeepLineBreaksAndTabsOnly() {
    assertThat(
            IcsCalendar.text(
                "a\r\nb\rc\nd\u0085e\u2028f\u2029g\th\u0000i\u000bj\u001bk\u007fl\u009fm"))
        .isEqualTo("a\nb\nc\nd\ne\nf\ng\thijklm");
  }
}
