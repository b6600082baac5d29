package dev.readiness.plan;

import dev.readiness.text.Names;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Days off as a person types them, on the command line ({@code --days-off}) and in the Profile
 * sheet's "Days off" row alike: dates and inclusive ranges, comma-separated ({@code
 * 2026-12-24..2027-01-01, 2027-02-14}). The one parser and the one way of writing them back.
 */
public final class DaysOff {
  /** How days off are written, for every message about them. */
  public static final String SYNTAX =
      "give dates as YYYY-MM-DD and ranges as YYYY-MM-DD..YYYY-MM-DD,"
          + " comma-separated, e.g. 2026-12-24..2027-01-01,2027-02-14";

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private DaysOff() {}

  /**
   * The days off, or what is wrong with the text (said without the option or cell, which the caller
   * names).
   *
   * @param dates in order, empty when there is a problem
   * @param problem null when the text is right
   */
  public record Parsed(SortedSet<LocalDate> dates, String problem) {
    public Parsed {
      dates = Collections.unmodifiableSortedSet(new TreeSet<>(dates));
    }

    public boolean ok() {
      return problem == null;
    }

    static Parsed wrong(String problem) {
      return new Parsed(new TreeSet<>(), problem);
    }
  }

  /** Reads the text; empty entries between commas are passed over, but some date must be given. */
  public static Parsed parse(String text) {
    TreeSet<LocalDate> out = new TreeSet<>();
    for (String entry : text.split(",", -1)) {
      String e = Names.trimSpaces(entry);
      if (e.isEmpty()) {
        continue;
      }
      String[] ends = e.split("\\.\\.", -1);
      if (ends.length > 2) {
        return Parsed.wrong("\"" + e + "\" is not a date or a range; " + SYNTAX);
      }
      LocalDate first = date(Names.trimSpaces(ends[0]));
      LocalDate last = ends.length == 1 ? first : date(Names.trimSpaces(ends[1]));
      if (first == null || last == null) {
        String end = Names.trimSpaces(first == null ? ends[0] : ends[1]);
        String bad = end.isEmpty() ? e : end;
        return Parsed.wrong("\"" + bad + "\" is not a date; " + SYNTAX);
      }
      if (last.isBefore(first)) {
        return Parsed.wrong(
            "\""
                + e
                + "\" ends before it starts; give the first day off, two dots, then the last, e.g."
                + " 2026-12-24..2027-01-01");
      }
      if (ChronoUnit.DAYS.between(first, last) + 1 > PlanLimits.MAX_DAYS_OFF_RANGE) {
        return Parsed.wrong(
            "\""
                + e
                + "\" is longer than the "
                + PlanLimits.MAX_DAYS_OFF_RANGE
                + " days a range of"
                + " days off may span; check the years, or split it");
      }
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
        out.add(d);
      }
      if (out.size() > PlanLimits.MAX_DAYS_OFF) {
        return Parsed.wrong(
            String.format(
                Locale.ROOT,
                "more than %,d days off, the days of the longest plan; give"
                    + " only the days off before the interview",
                PlanLimits.MAX_DAYS_OFF));
      }
    }
    if (out.isEmpty()) {
      return Parsed.wrong("no date given; " + SYNTAX);
    }
    return new Parsed(out, null);
  }

  private static LocalDate date(String text) {
    if (!DATE.matcher(text).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The days as they are typed: runs of consecutive days as ranges, e.g. "2026-12-24..2027-01-01,
   * 2027-02-14".
   */
  public static String format(SortedSet<LocalDate> dates) {
    List<String> out = new ArrayList<>();
    LocalDate first = null;
    LocalDate last = null;
    for (LocalDate d : dates) {
      if (last != null && d.equals(last.plusDays(1))) {
        last = d;
        continue;
      }
      if (first != null) {
        out.add(range(first, last));
      }
      first = d;
      last = d;
    }
    if (first != null) {
      out.add(range(first, last));
    }
    return String.join(", ", out);
  }

  private static String range(LocalDate first, LocalDate last) {
    return first.equals(last) ? first.toString() : first + ".." + last;
  }
}
