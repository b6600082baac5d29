package dev.readiness.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalReader;
import dev.readiness.assessment.Samples;
import dev.readiness.plan.PlanItem;
import dev.readiness.plan.StudyPlan;
import dev.readiness.plan.StudySessions;
import dev.readiness.report.CandidateReport;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.testing.Reports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The study plan's calendar, read back by a second, independent iCalendar parser (biweekly). */
class IcsCalendarTest {
  private static final StudySessions.Schedule SCHEDULE =
      new StudySessions.Schedule(
          List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY), LocalTime.of(19, 0));

  private static byte[] ics(CandidateReport r, String zone) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new IcsCalendar(SCHEDULE, ZoneId.of(zone)).render(r, out);
    return out.toByteArray();
  }

  @ParameterizedTest
  @CsvSource({"0, Europe/Berlin", "1, America/New_York", "2, UTC", "2, Asia/Tokyo"})
  void everySampleImportsWithoutAWordOfComplaint(int sample, String zone) throws IOException {
    CandidateReport r =
        Reports.of(
            RubricLoader.embedded(),
            new Samples(RubricLoader.embedded()).all().get(sample).assessment());
    byte[] bytes = ics(r, zone);
    assertThat(bytes).isEqualTo(ics(r, zone));
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text.split("\r\n"))
        .allSatisfy(
            line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    assertThat(text.split("\r\n"))
        .as("no empty continuation line")
        .allSatisfy(line -> assertThat(line.isBlank()).isFalse());
    try (ICalReader reader = new ICalReader(new StringReader(text))) {
      ICalendar cal = reader.readNext();
      assertThat(reader.getWarnings()).isEmpty();
      assertThat(cal.validate(biweekly.ICalVersion.V2_0).isEmpty())
          .as(cal.validate(biweekly.ICalVersion.V2_0).toString())
          .isTrue();
      StudyPlan plan = r.plan();
      double hours =
          plan.weeks().stream()
              .mapToDouble(
                  w ->
                      w.items().stream().mapToDouble(PlanItem::hours).sum()
                          + w.routines().stream().mapToDouble(PlanItem::hours).sum())
              .sum();
      long minutes = 0;
      List<String> uids = new ArrayList<>();
      for (VEvent e : cal.getEvents()) {
        minutes +=
            Duration.between(
                    e.getDateStart().getValue().toInstant(), e.getDateEnd().getValue().toInstant())
                .toMinutes();
        uids.add(e.getUid().getValue());
        assertThat(e.getSummary().getValue()).isNotBlank();
        assertThat(e.getDateTimeStamp().getValue().toInstant().toString())
            .isEqualTo(r.date() + "T00:00:00Z");
        java.time.ZonedDateTime start =
            e.getDateStart().getValue().toInstant().atZone(ZoneId.of(zone));
        assertThat(SCHEDULE.days()).contains(start.getDayOfWeek());
        assertThat(start.toLocalTime()).isAfterOrEqualTo(LocalTime.of(19, 0));
      }
      assertThat(minutes).isEqualTo(Math.round(hours * 60));
      assertThat(new HashSet<>(uids)).hasSameSizeAs(uids);
      String topicEvent =
          cal.getEvents().stream()
              .filter(e -> e.getSummary().getValue().matches("T\\d\\d .*"))
              .findFirst()
              .orElseThrow()
              .getDescription()
              .getValue();
      assertThat(topicEvent).contains("Practise aloud: \"");
    }
    assertThat(Biweekly.parse(text).all()).hasSize(1);
  }

  /**
   * Every event starts at the very day and time of day the plan's session has, in every sample and
   * in zones that change the clocks in spring or autumn during the plans: ical4j's own zone rules
   * once put the sessions of the week before the American spring change an hour late.
   */
  @ParameterizedTest
  @CsvSource({
    "America/New_York",
    "Europe/Berlin",
    "Australia/Sydney",
    "America/Santiago",
    "Asia/Kolkata",
    "US/Eastern",
    "Asia/Calcutta"
  })
  void eachEventStartsWhenItsSessionDoes(String zone) throws IOException {
    Samples samples = new Samples(RubricLoader.embedded());
    for (int i = 0; i < samples.all().size(); i++) {
      CandidateReport r = Reports.of(RubricLoader.embedded(), samples.all().get(i).assessment());
      List<StudySessions.Session> sessions = StudySessions.of(r.rubric(), r.plan(), SCHEDULE);
      String text = new String(ics(r, zone), StandardCharsets.UTF_8);
      // the events name the zone the file defines, even when it was given by an alias
      String defined = text.replaceAll("(?s).*?BEGIN:VTIMEZONE\r\nTZID:([^\r]*).*", "$1");
      assertThat(text.split("\r\n"))
          .filteredOn(l -> l.contains(";TZID="))
          .isNotEmpty()
          .allSatisfy(l -> assertThat(l).contains(";TZID=" + defined + ":"));
      ICalendar cal = Biweekly.parse(text).first();
      assertThat(cal.getEvents()).hasSameSizeAs(sessions);
      for (VEvent e : cal.getEvents()) {
        StudySessions.Session s =
            sessions.stream()
                .filter(x -> e.getUid().getValue().startsWith(x.id() + "-"))
                .findFirst()
                .orElseThrow();
        java.time.ZonedDateTime start =
            e.getDateStart().getValue().toInstant().atZone(ZoneId.of(zone));
        assertThat(start.toLocalDateTime())
            .as(e.getUid().getValue())
            .isEqualTo(s.date().atTime(s.start()));
        assertThat(e.getDateEnd().getValue().toInstant())
            .isEqualTo(start.plusMinutes(s.minutes()).toInstant());
      }
    }
  }

  @org.junit.jupiter.api.Test
  void foldingIsByOctetsOfTheUnfoldedTextWhateverTheLibraryFoldedBefore() {
    String seventyFour = "D".repeat(74);
    // a line the library folded by characters, ending at its fold: one line again, then folded by
    // octets
    assertThat(IcsCalendar.fold(seventyFour + "ł\r\n \r\nB:1\r\n"))
        .isEqualTo(seventyFour + "\r\n ł\r\nB:1\r\n");
    assertThat(IcsCalendar.fold("A:x\r\n y\r\n")).isEqualTo("A:xy\r\n");
  }
}
