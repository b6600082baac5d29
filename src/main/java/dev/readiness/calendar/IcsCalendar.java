package dev.readiness.calendar;

import dev.readiness.plan.StudySessions;
import dev.readiness.report.CandidateReport;
import dev.readiness.text.Names;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes the plan's study sessions as an iCalendar file: one event per session, in the person's time zone (the
 * file carries its definition), with stable UIDs and the assessment date as DTSTAMP, so the same plan gives the
 * same bytes.
 */
public final class IcsCalendar {
  private final StudySessions.Schedule schedule;
  private final ZoneId zone;

  public IcsCalendar(StudySessions.Schedule schedule, ZoneId zone) {
    this.schedule = schedule;
    this.zone = zone;
  }

  /** Writes the calendar; it has nothing to warn about. */
  public List<String> render(CandidateReport r, OutputStream out) throws IOException {
    List<StudySessions.Session> sessions = StudySessions.of(r.rubric(), r.plan(), schedule);
    Calendar cal = new Calendar();
    cal.add(new ProdId("-//readiness//study plan//EN"));
    cal.add(ImmutableVersion.VERSION_2_0);
    cal.add(ImmutableCalScale.GREGORIAN);
    boolean utc = zone.getRules().isFixedOffset() && zone.getRules().getOffset(Instant.EPOCH).equals(ZoneOffset.UTC);
    ParameterList zoned = null;
    if (!utc) {
      TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
      TimeZone tz = registry.getTimeZone(zone.getId());
      if (tz == null) {
        throw new IOException("the time zone " + zone.getId() + " has no iCalendar definition; pass --time-zone"
            + " with a region name such as Europe/Berlin");
      }
      cal.add(tz.getVTimeZone());
      // the events name the zone as the definition does: an alias (US/Eastern) is defined as America/New_York
      zoned = new ParameterList(List.of(new TzId(tz.getVTimeZone().getTimeZoneId()
          .map(id -> id.getValue()).orElse(zone.getId()))));
    }
    Instant stamp = r.date().atStartOfDay(ZoneOffset.UTC).toInstant();
    String who = r.candidate().id() != null ? r.candidate().id() : r.candidate().name();
    String uidBase = Integer.toHexString(Names.key(who).hashCode()) + "-" + r.date();
    for (StudySessions.Session s : sessions) {
      ZonedDateTime start = ZonedDateTime.of(s.date(), s.start(), zone);
      ZonedDateTime end = start.plusMinutes(s.minutes());
      // the clock time is worked out by java.time and written with the zone's name: ical4j's own zone rules, built
      // from its calendar definitions, put the sessions of the week before the American spring change an hour late
      VEvent e = new VEvent(false);
      e.add(utc ? new DtStart<>(start.toInstant()) : new DtStart<>(zoned, start.toLocalDateTime()));
      e.add(utc ? new DtEnd<>(end.toInstant()) : new DtEnd<>(zoned, end.toLocalDateTime()));
      e.add(new Summary(s.summary()));
      e.add(new Uid(s.id() + "-" + uidBase + "@readiness"));
      // the event's own stamp is the clock's; the assessment date keeps the file the same from run to run
      e.replace(new DtStamp(stamp));
      e.add(new Description(s.description()));
      cal.add(e);
    }
    // the outputter closes the writer it is given, so it writes to a string, and the caller keeps its stream;
    // ical4j folds by characters, RFC 5545 by octets, so the lines are folded here instead
    StringWriter w = new StringWriter();
    new CalendarOutputter(false).output(cal, w);
    out.write(fold(w.toString()).getBytes(StandardCharsets.UTF_8));
    return List.of();
  }

  /** Each line at most 75 octets of UTF-8, continued on lines that start with a space, never inside a character. */
  static String fold(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\r\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      int octets = 0;
      for (int i = 0; i < line.length(); ) {
        int cp = line.codePointAt(i);
        int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
        if (octets + size > 75) {
          out.append("\r\n ");
          octets = 1;
        }
        out.appendCodePoint(cp);
        octets += size;
        i += Character.charCount(cp);
      }
      out.append("\r\n");
    }
    return out.toString();
  }
}
