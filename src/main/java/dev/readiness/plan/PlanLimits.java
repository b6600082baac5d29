package dev.readiness.plan;

import dev.readiness.text.Numbers;

/**
 * The one home of the limits on study time: the command line, the workbook reader and the plan all
 * check hours and weeks against these, with the same words.
 */
public final class PlanLimits {
  /** More than this many study hours a week is taken for a typing mistake. */
  public static final double MAX_HOURS_PER_WEEK = 80;

  /** A plan runs at most this many weeks (five years). */
  public static final int MAX_WEEKS = 260;

  /**
   * A range of days off longer than a year is taken for a typing mistake in a year
   * (2026-12-24..2027-12-31).
   */
  public static final int MAX_DAYS_OFF_RANGE = 366;

  /**
   * Days off beyond the longest plan's days change nothing; the bound keeps a hostile cell from
   * costing memory.
   */
  public static final int MAX_DAYS_OFF = MAX_WEEKS * 7;

  private PlanLimits() {}

  /** A plan counts whole half-hours: fewer hours than half of one would plan nothing. */
  public static final double MIN_HOURS_PER_WEEK = 0.5;

  /**
   * Whether the hours can be planned: a number (not NaN or infinite), at least half an hour, at
   * most the maximum.
   */
  public static boolean hoursOk(double hours) {
    return Double.isFinite(hours)
        && Math.floor(hours * 2 + 1e-9) >= 1
        && hours <= MAX_HOURS_PER_WEEK;
  }

  public static boolean weeksOk(int weeks) {
    return weeks >= 1 && weeks <= MAX_WEEKS;
  }

  /** "at least 0.5 and at most 80". */
  public static String hoursRange() {
    return "at least "
        + Numbers.plain(MIN_HOURS_PER_WEEK, 1)
        + " and at most "
        + Numbers.plain(MAX_HOURS_PER_WEEK, 1);
  }

  /** "from 1 to 260". */
  public static String weeksRange() {
    return "from 1 to " + MAX_WEEKS;
  }
}
