package dev.readiness.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.Candidate;
import dev.readiness.plan.StudySessions;
import dev.readiness.report.CandidateReport;
import dev.readiness.testing.Fixtures;
import dev.readiness.testing.Reports;
import dev.readiness.text.Names;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Two people's calendars imported into one app: no event of one replaces an event of the other. */
class CalendarUidTest {
  private static final StudySessions.Schedule SCHEDULE =
      new StudySessions.Schedule(
          List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY), LocalTime.of(19, 0));

  private static Assessment as(Assessment a, String name, String id, String role) {
    return a.toBuilder().candidate(new Candidate(name, id)).targetRole(role).daysOff(null).build();
  }

  private static Set<String> uids(Assessment a) throws IOException {
    CandidateReport r = Reports.of(Fixtures.RUBRIC, a);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new IcsCalendar(SCHEDULE, ZoneId.of("Europe/Berlin")).render(r, out);
    List<String> list =
        Biweekly.parse(out.toString(StandardCharsets.UTF_8)).first().getEvents().stream()
            .map(VEvent::getUid)
            .map(u -> u.getValue())
            .toList();
    assertThat(list).isNotEmpty().doesNotHaveDuplicates();
    return new HashSet<>(list);
  }

  @Test
  void candidatesWhoseKeysShareA32BitHashShareNoUid() throws IOException {
    // "an" and "c0" have one String.hashCode (97 × 31 + 110 = 99 × 31 + 48), and so have these IDs
    // once normalised
    assertThat(Names.key("C-an").hashCode()).isEqualTo(Names.key("C-c0").hashCode());
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    Assessment base = Fixtures.random(21, 0);
    Set<String> first = uids(as(base, "Sam Lee", "C-an", "lead"));
    Set<String> second = uids(as(base, "Sam Lee", "C-c0", "lead"));
    assertThat(first).hasSameSizeAs(second).doesNotContainAnyElementsOf(second);
    // names that collide the same way, with no ID
    assertThat(uids(as(base, "Aa", null, "lead")))
        .doesNotContainAnyElementsOf(uids(as(base, "BB", null, "lead")));
  }

  @Test
  void oneCandidatesReportsForTwoRolesAreTwoCalendars() throws IOException {
    Assessment base = Fixtures.random(22, 0);
    assertThat(uids(as(base, "Sam Lee", "C-1", "lead")))
        .doesNotContainAnyElementsOf(uids(as(base, "Sam Lee", "C-1", "principal")));
  }

  @Test
  void theUidIsTheSessionAndAStrongHashOfTheReport() throws IOException {
    Set<String> uids = uids(as(Fixtures.random(23, 0), "Sam Lee", "C-1", "lead"));
    assertThat(uids)
        .allSatisfy(u -> assertThat(u).matches("w\\d+-d\\d-\\d+-[0-9a-f]{32}@readiness"));
    assertThat(uids(as(Fixtures.random(23, 0), "Sam Lee", "C-1", "lead"))).isEqualTo(uids);
  }
}
