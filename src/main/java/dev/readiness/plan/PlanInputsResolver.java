package dev.readiness.plan;

import dev.readiness.assessment.Assessment;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Works out the weeks and hours from the workbook, unless the command line gives them, and says plainly what is
 * missing or impossible and where it came from.
 */
public final class PlanInputsResolver {
  /** The inputs, or the reasons there are none. */
  public record Result(PlanInputs inputs, List<String> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private PlanInputsResolver() {}

  /**
   * @param weeks from --weeks, or null
   * @param hours from --hours, or null
   */
  public static Result resolve(Assessment a, Integer weeks, Double hours) {
    List<String> problems = new ArrayList<>();
    Double h = hours != null ? hours : a.hoursPerWeek();
    if (hours != null && !(hours > 0 && hours <= 80)) {
      problems.add("--hours " + fmt(hours) + " is impossible; give the study hours per week, above 0 and at most 80");
    } else if (h == null) {
      problems.add("\"Hours per week\" on the Profile sheet is empty; fill it in or pass --hours H");
    }
    Integer w = weeks;
    if (weeks != null) {
      if (weeks < 1 || weeks > 260) {
        problems.add("--weeks " + weeks + " is impossible; give a number of weeks from 1 to 260");
      }
    } else if (a.date() == null) {
      problems.add("the \"Assessment date\" on the Profile sheet is empty; fill it in or pass --weeks N");
    } else if (a.interviewDate() == null) {
      problems.add("\"Interview date\" on the Profile sheet is empty, so the weeks available are unknown; fill it in"
          + " or pass --weeks N");
    } else if (!a.interviewDate().isAfter(a.date())) {
      problems.add("the \"Interview date\" " + a.interviewDate() + " is not after the \"Assessment date\" "
          + a.date() + " on the Profile sheet; correct one of them or pass --weeks N");
    } else {
      long days = ChronoUnit.DAYS.between(a.date(), a.interviewDate());
      w = (int) Math.min(260, (days + 6) / 7);
    }
    if (!problems.isEmpty()) {
      return new Result(null, List.copyOf(problems));
    }
    return new Result(new PlanInputs(a.date(), w, h), List.of());
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
