package dev.readiness.plan;

import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.Topic;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan as sessions in a calendar: each week's hours spread over the study days that fall in it, in the order
 * the week lists its work, one session per piece of work on a day, back to back from the study time.
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
  public record Session(String id, LocalDate date, LocalTime start, int minutes, String summary,
      String description) {}

  /** Where and when a person studies. */
  public record Schedule(List<DayOfWeek> days, LocalTime time) {
    public Schedule {
      days = List.copyOf(days);
    }
  }

  public static List<Session> of(Rubric rubric, StudyPlan plan, Schedule schedule) {
    List<Session> out = new ArrayList<>();
    for (Week w : plan.weeks()) {
      // the plan's own study dates: the study weekdays before the interview, less the days off
      List<LocalDate> days = w.days();
      List<PlanItem> work = new ArrayList<>(w.routines());
      work.addAll(w.items());
      int total = work.stream().mapToInt(i -> (int) Math.round(i.hours() * 2)).sum();
      if (days.isEmpty() || total == 0) {
        continue;
      }
      int perDay = (total + days.size() - 1) / days.size();
      int day = 0;
      int usedToday = 0;
      int place = 0;
      for (PlanItem item : work) {
        int left = (int) Math.round(item.hours() * 2);
        while (left > 0) {
          if (usedToday == perDay && day < days.size() - 1) {
            day++;
            usedToday = 0;
            place = 0;
          }
          int piece = day == days.size() - 1 ? left : Math.min(left, perDay - usedToday);
          out.add(new Session("w" + w.week() + "-d" + (day + 1) + "-" + (++place), days.get(day),
              schedule.time().plusMinutes(30L * usedToday), 30 * piece, summary(rubric, item),
              description(rubric, item)));
          usedToday += piece;
          left -= piece;
        }
      }
    }
    return out;
  }

  private static String summary(Rubric rubric, PlanItem item) {
    return item.topic() == null ? item.activity().label() : item.topic() + " " + rubric.topic(item.topic()).title();
  }

  private static String description(Rubric rubric, PlanItem item) {
    if (item.topic() == null) {
      return item.description();
    }
    Topic t = rubric.topic(item.topic());
    return item.description() + "\n" + t.pointsHeading() + ":\n- " + String.join("\n- ", item.points())
        + "\nPractise aloud: \"" + item.question() + "\"";
  }
}
