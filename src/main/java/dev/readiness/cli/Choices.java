package dev.readiness.cli;

import dev.readiness.report.ReportOptions;
import dev.readiness.rubric.Role;
import dev.readiness.rubric.RubricLoader;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The values of the options with fixed choices, told to picocli so that tab completion offers them
 * (and --help can list them). Each iterator is made only when asked for: picocli builds these
 * classes with every command line, and the roles need the built-in rubric, which a run that never
 * completes anything must not load for them.
 */
final class Choices {
  private Choices() {}

  /** --format of report: json, pdf, ics. */
  static final class Formats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(ReportOptions.Format.values())
          .map(ReportOptions.Format::extension)
          .iterator();
    }
  }

  /** --study-days: mon to sun, in the week's order; the option takes several, comma-separated. */
  static final class Days implements Iterable<String> {
    static final List<String> ALL =
        Arrays.stream(DayOfWeek.values())
            .map(d -> d.name().substring(0, 3).toLowerCase(Locale.ROOT))
            .toList();

    /** The day a key names (in any case), or null. */
    static DayOfWeek of(String key) {
      int i = ALL.indexOf(key.strip().toLowerCase(Locale.ROOT));
      return i < 0 ? null : DayOfWeek.values()[i];
    }

    @Override
    public Iterator<String> iterator() {
      return ALL.iterator();
    }
  }

  /** --for of report: candidate, panel. */
  static final class Audiences implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(ReportOptions.Audience.values())
          .map(ReportOptions.Audience::id)
          .iterator();
    }
  }

  /** --paper: a4, letter. */
  static final class Papers implements Iterable<String> {
    static final List<String> ALL = List.of("a4", "letter");

    @Override
    public Iterator<String> iterator() {
      return ALL.iterator();
    }
  }

  /**
   * --role: the roles of the built-in rubric (senior, lead, principal); a --rubric of one's own may
   * have others.
   */
  static final class Roles implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return RubricLoader.embedded().roles().stream().map(Role::id).iterator();
    }
  }
}
