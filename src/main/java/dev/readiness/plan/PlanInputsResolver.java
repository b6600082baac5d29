package dev.readiness.plan;

import dev.readiness.assessment.Assessment;
import dev.readiness.problem.Location;
import dev.readiness.problem.Problem;
import dev.readiness.text.Numbers;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Works out the weeks and hours from the workbook, unless the command line gives them, and says
 * plainly what is missing or impossible and where it came from.
 */
public final class PlanInputsResolver {
  /** The inputs, or the reasons there are none (errors naming the workbook). */
  public record Result(PlanInputs inputs, List<Problem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private PlanInputsResolver() {}

  /**
   * The plan's inputs from the workbook and the command line, on the default study days.
   *
   * @param weeks from --weeks, or null
   * @param hours from --hours, or null
   */
  /**
   * The weeks from one date to the interview, a part week counted whole (as the plan counts its
   * weeks); 0 when the interview is not after the date.
   */
  public static long weeksTo(LocalDate from, LocalDate interview) {
    long days = ChronoUnit.DAYS.between(from, interview);
    return days <= 0 ? 0 : (days + 6) / 7;
  }

  public static Result resolve(Assessment a, Integer weeks, Double hours) {
    return resolve(a, weeks, hours, StudyDays.DEFAULT);
  }

  /**
   * The plan's inputs from the workbook and the command line, or the problems that stop the plan.
   *
   * @param weeks from --weeks, or null
   * @param hours from --hours, or null
   * @param days the study weekdays, and the days off from --days-off: these replace the workbook's
   *     "Days off", as --hours replaces its hours; none (--days-off is never empty) leaves the
   *     workbook's
   */
  public static Result resolve(Assessment a, Integer weeks, Double hours, StudyDays days) {
    List<String> problems = new ArrayList<>();
    String file = a.source();
    Double h = hours != null ? hours : a.hoursPerWeek();
    if (hours != null && !PlanLimits.hoursOk(hours)) {
      problems.add(
          "--hours "
              + Numbers.hours(hours)
              + " is impossible; give the study hours per week, "
              + PlanLimits.hoursRange());
    } else if (h == null) {
      problems.add(
          "\"Hours per week\" on the Profile sheet is empty; fill it in or pass --hours H");
    }
    Integer w = weeks;
    if (weeks != null) {
      if (!PlanLimits.weeksOk(weeks)) {
        problems.add(
            "--weeks "
                + weeks
                + " is impossible; give a number of weeks "
                + PlanLimits.weeksRange());
      }
    } else if (a.date() == null) {
      problems.add(
          "the \"Assessment date\" on the Profile sheet is empty; fill it in or pass --weeks N");
    } else if (a.interviewDate() == null) {
      problems.add(
          "\"Interview date\" on the Profile sheet is empty, so the weeks available are unknown; fill it in"
              + " or pass --weeks N");
    } else if (!a.interviewDate().isAfter(a.date())) {
      problems.add(
          "the \"Interview date\" "
              + a.interviewDate()
              + " is not after the \"Assessment date\" "
              + a.date()
              + " on the Profile sheet; correct one of them or pass --weeks N");
    } else {
      w = (int) Math.min(PlanLimits.MAX_WEEKS, weeksTo(a.date(), a.interviewDate()));
    }
    if (!problems.isEmpty()) {
      return new Result(
          null, problems.stream().map(m -> Problem.error(file, Location.FILE, m)).toList());
    }
    // with the weeks given, they are whole weeks; else the last ends the day before the interview
    LocalDate end = weeks != null ? a.date().plusWeeks(w) : a.interviewDate();
    StudyDays studied = days.daysOff().isEmpty() ? days.withDaysOff(a.daysOff()) : days;
    return new Result(new PlanInputs(a.date(), w, h, end, studied), List.of());
  }
}
