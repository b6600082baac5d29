package dev.readiness.calendar;

import dev.readiness.plan.StudySessions;
import dev.readiness.report.CandidateReport;
import dev.readiness.text.Names;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
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
 * Writes the plan's study sessions as an iCalendar file: one event per session, in the person's
 * time zone (the file carries its definition; a fixed offset is written as UTC times), with UIDs
 * unique to the report and the assessment date as DTSTAMP, so the same plan gives the same bytes.
 */
public final class IcsCalendar {
  private final StudySessions.Schedule schedule;
  private final ZoneId zone;

  public IcsCalendar(StudySessions.Schedule schedule, ZoneId zone) {
    this.schedule = schedule;
    this.zone = zone;
  }

  /**
   * Writes the calendar; warns, in one line, when some of the plan's hours do not fit the study
   * days.
   */
  public List<String> render(CandidateReport r, OutputStream out) throws IOException {
    StudySessions.Booking booking = StudySessions.book(r.rubric(), r.plan(), schedule);
    Calendar cal = new Calendar();
    cal.add(new ProdId("-//readiness//study plan//EN"));
    cal.add(ImmutableVersion.VERSION_2_0);
    cal.add(ImmutableCalScale.GREGORIAN);
    VTimeZone definition = definition(zone);
    ParameterList zoned = null;
    if (definition != null) {
      cal.add(definition);
      // the events name the zone as the definition does: an alias (US/Eastern) is defined as
      // America/New_York
      net.fortuna.ical4j.model.property.TzId named = definition.getTimeZoneId();
      zoned = new ParameterList(List.of(new TzId(named == null ? zone.getId() : named.getValue())));
    }
    Instant stamp = r.date().atStartOfDay(ZoneOffset.UTC).toInstant();
    String uidBase = uidBase(r);
    for (StudySessions.Session s : booking.sessions()) {
      ZonedDateTime start = ZonedDateTime.of(s.date(), s.start(), zone);
      ZonedDateTime end = start.plusMinutes(s.minutes());
      // the clock time is worked out by java.time and written with the zone's name: ical4j's own
      // zone rules, built from its calendar definitions, put the sessions of the week before the
      // American spring change an hour late; a zone with no definition (a fixed offset such as
      // +05:00) gets UTC times, the same instants
      VEvent e = new VEvent(false);
      e.add(
          zoned == null
              ? new DtStart<>(start.toInstant())
              : new DtStart<>(zoned, start.toLocalDateTime()));
      e.add(
          zoned == null ? new DtEnd<>(end.toInstant()) : new DtEnd<>(zoned, end.toLocalDateTime()));
      e.add(new Summary(text(s.summary())));
      e.add(new Uid(s.id() + "-" + uidBase + "@readiness"));
      // the event's own stamp is the clock's; the assessment date keeps the file the same from run
      // to run
      e.replace(new DtStamp(stamp));
      e.add(new Description(text(s.description())));
      cal.add(e);
    }
    // the outputter closes the writer it is given, so it writes to a string, and the caller keeps
    // its stream; ical4j folds by characters, RFC 5545 by octets, so the lines are folded here
    // instead
    StringWriter w = new StringWriter();
    new CalendarOutputter(false).output(cal, w);
    out.write(fold(w.toString()).getBytes(StandardCharsets.UTF_8));
    return booking.warning() == null ? List.of() : List.of(booking.warning());
  }

  /**
   * The zone's iCalendar definition, or null when its times are written in UTC: UTC itself, every
   * zone of a fixed offset (+05:00, UTC+1, GMT-03:30, Etc/GMT-5), whose clock times are the UTC
   * time moved by the offset, and the few zones ical4j has no definition of (SystemV/EST5EDT): UTC
   * times are the same instants in any calendar app.
   */
  private static VTimeZone definition(ZoneId zone) {
    if (zone.getRules().isFixedOffset()) {
      return null;
    }
    TimeZone tz;
    try {
      tz = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone.getId());
    } catch (RuntimeException e) {
      // ical4j throws a NullPointerException for a zone it has no definition of (SystemV/EST5EDT)
      tz = null;
    }
    return tz == null ? null : tz.getVTimeZone();
  }

  /**
   * What the events' UIDs share: a SHA-256 of everything that tells one report apart (the
   * candidate's name and ID, the role and the date), so two candidates' calendars never replace
   * each other's events when both are imported.
   */
  static String uidBase(CandidateReport r) {
    String key =
        String.join(
            "\n",
            r.candidate().key(),
            Names.key(r.candidate().name()),
            r.candidate().id() == null ? "" : r.candidate().id(),
            r.score().role().id(),
            r.date().toString());
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /**
   * A TEXT value with no control character (RFC 5545 allows none but the line breaks it escapes): a
   * line break of any kind (CR LF, a bare CR, NEL, the Unicode separators) becomes a newline, which
   * is written escaped, a tab stays, every other control character (NUL, VT, ESC, DEL, …) goes, so
   * a rubric text cannot add a property.
   */
  static String text(String value) {
    String lines =
        value
            .replace("\r\n", "\n")
            .replace('\r', '\n')
            .replace('\u0085', '\n')
            .replace('\u2028', '\n')
            .replace('\u2029', '\n');
    StringBuilder out = new StringBuilder(lines.length());
    lines
        .codePoints()
        .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /**
   * Each line at most 75 octets of UTF-8, continued on lines that start with a space, never inside
   * a character. Whatever folding ical4j did is undone first (its versions differ: 4.0 left an
   * empty continuation line where a line ended at its fold), so the file's lines depend on the text
   * alone.
   */
  static String fold(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.replace("\r\n ", "").split("\r\n", -1)) {
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
