package dev.readiness.plan;

import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.Topic;
import dev.readiness.text.Numbers;
import dev.readiness.text.Plural;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plan as sessions in a calendar: each week's hours spread over the study days that fall in it,
 * in the order the week lists its work, one session per piece of work on a day, back to back from
 * the study time and ending by midnight.
 */
public final class StudySessions {
  private StudySessions() {}

  /**
   * One study session.
   *
   * @param id stable within the plan: week, day and place in the day, e.g. "w3-d2-1"
   * @param summary what the session is: the topic or the practice
   * @param description what to do: the deep-dive points and the question to practise aloud
   */
  public record Session(
      String id,
      LocalDate date,
      LocalTime start,
      int minutes,
      String summary,
      String description) {}

  /** Where and when a person studies. */
  public record Schedule(List<DayOfWeek> days, LocalTime time) {
    public Schedule {
      days = List.copyOf(days);
    }
  }

  /**
   * The sessions the calendar holds, and, when some of the plan's hours do not fit the study days
   * before midnight, the one line that says so (else null).
   */
  public record Booking(List<Session> sessions, String warning) {
    public Booking {
      sessions = List.copyOf(sessions);
    }
  }

  public static List<Session> of(Rubric rubric, StudyPlan plan, Schedule schedule) {
    return book(rubric, plan, schedule).sessions();
  }

  /**
   * Each week's work on its study dates, a day's sessions back to back from the study time and
   * ending by midnight: the work that does not fit is left out and said, never moved to another
   * day.
   */
  public static Booking book(Rubric rubric, StudyPlan plan, Schedule schedule) {
    int cap = halvesBeforeMidnight(schedule.time());
    List<Session> out = new ArrayList<>();
    int neededPerDay = 0;
    int unbooked = 0;
    int weeksShort = 0;
    for (Week w : plan.weeks()) {
      // the plan's own study dates: the study weekdays before the interview, less the days off
      List<LocalDate> days = w.days();
      checkBefore(w, plan.inputs().end());
      List<PlanItem> work = new ArrayList<>(w.routines());
      work.addAll(w.items());
      int total = work.stream().mapToInt(i -> (int) Math.round(i.hours() * 2)).sum();
      if (total == 0) {
        continue;
      }
      if (days.isEmpty()) {
        // hours in a week with no study date (all days off) have no day to go to
        unbooked += total;
        weeksShort++;
        continue;
      }
      int wanted = (total + days.size() - 1) / days.size();
      neededPerDay = Math.max(neededPerDay, wanted);
      int perDay = Math.min(wanted, cap);
      int booked = bookWeek(rubric, w, work, perDay, schedule.time(), out);
      if (booked < total) {
        unbooked += total - booked;
        weeksShort++;
      }
    }
    return new Booking(
        out, unbooked == 0 ? null : warning(schedule, cap, neededPerDay, unbooked, weeksShort));
  }

  /**
   * One week's work on its study dates, at most {@code perDay} half-hours a day, in the order the
   * week lists it; returns the half-hours booked.
   */
  private static int bookWeek(
      Rubric rubric, Week w, List<PlanItem> work, int perDay, LocalTime time, List<Session> out) {
    List<LocalDate> days = w.days();
    int booked = 0;
    int day = 0;
    int usedToday = 0;
    int place = 0;
    int[] left = work.stream().mapToInt(item -> (int) Math.round(item.hours() * 2)).toArray();
    int next = 0;
    // a mock interview is one sitting: one that does not fit what is left of a day waits, while
    // the work after it fills the day, and starts the next day
    int waiting = -1;
    while (day < days.size()) {
      if (usedToday == perDay) {
        day++;
        usedToday = 0;
        place = 0;
        continue;
      }
      int i;
      if (waiting >= 0 && (usedToday == 0 || next >= work.size())) {
        i = waiting;
        waiting = -1;
      } else if (next < work.size()) {
        i = next;
        if (left[i] == 0) {
          next++;
          continue;
        }
        if (waiting < 0 && waits(work.get(i), left[i], usedToday, perDay)) {
          waiting = i;
          next++;
          continue;
        }
      } else {
        break;
      }
      PlanItem item = work.get(i);
      int piece = Math.min(left[i], perDay - usedToday);
      String id = "w" + w.week() + "-d" + (day + 1) + "-" + ++place;
      out.add(
          new Session(
              id,
              days.get(day),
              time.plusMinutes(30L * usedToday),
              30 * piece,
              summary(rubric, item),
              description(rubric, item)));
      usedToday += piece;
      left[i] -= piece;
      booked += piece;
      if (left[i] > 0 && i != next) {
        // a waiting mock split at the week's end: what is left of it goes on the next day
        waiting = i;
      }
    }
    return booked;
  }

  /** Whether a mock interview waits for the next day: it fits a whole day, not what is left. */
  private static boolean waits(PlanItem item, int left, int usedToday, int perDay) {
    return item.activity() == Activity.MOCK_INTERVIEW
        && usedToday > 0
        && left <= perDay
        && perDay - usedToday < left;
  }

  /** The one line that says which hours are not booked, why, and what to change. */
  private static String warning(
      Schedule schedule, int cap, int neededPerDay, int unbooked, int weeks) {
    String left =
        Numbers.hours(unbooked / 2.0)
            + " h of the plan, in "
            + Plural.count(weeks, "week")
            + ", are not in the calendar";
    if (neededPerDay <= cap) {
      return left
          + ": they fall in weeks with no study day left (days off); move days off, or study on other days";
    }
    return "from "
        + schedule.time()
        + " a study day holds "
        + Numbers.hours(cap / 2.0)
        + " h before midnight, and"
        + " the plan needs up to "
        + Numbers.hours(neededPerDay / 2.0)
        + " h on one: "
        + left
        + "; add study days"
        + " to --study-days (now "
        + dayIds(schedule.days())
        + ") or give an earlier --study-time";
  }

  /**
   * Whole half-hours from the study time to midnight: a day's sessions never run into the next day.
   */
  static int halvesBeforeMidnight(LocalTime time) {
    long half = java.time.Duration.ofMinutes(30).toNanos();
    return (int) ((java.time.Duration.ofDays(1).toNanos() - time.toNanoOfDay()) / half);
  }

  /**
   * The plan's weeks stop before the interview; a date on or after it would be booked on the day
   * itself.
   */
  private static void checkBefore(Week w, LocalDate end) {
    for (LocalDate d : w.days()) {
      if (!d.isBefore(end)) {
        throw new IllegalStateException(
            "week " + w.week() + " of the plan has a study date, " + d + ", on or after " + end);
      }
    }
  }

  /** "mon,wed,sat", as --study-days takes them. */
  private static String dayIds(List<DayOfWeek> days) {
    return String.join(
        ",", days.stream().map(d -> d.name().substring(0, 3).toLowerCase(Locale.ROOT)).toList());
  }

  private static String summary(Rubric rubric, PlanItem item) {
    return item.topic() == null
        ? item.activity().label()
        : item.topic() + " " + rubric.topic(item.topic()).title();
  }

  private static String description(Rubric rubric, PlanItem item) {
    if (item.topic() == null) {
      return item.description();
    }
    Topic t = rubric.topic(item.topic());
    return item.description()
        + "\n"
        + t.pointsHeading()
        + ":\n- "
        + String.join("\n- ", item.points())
        + "\nPractise aloud: \""
        + item.question()
        + "\"";
  }
}
