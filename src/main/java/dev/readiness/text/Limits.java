package dev.readiness.text;

/**
 * How much of a list each output shows: one table, so that a list is cut alike wherever it is cut
 * and a different length is a decision made here, with its reason, not in a renderer.
 */
public final class Limits {
  /**
   * Page 1 names at most this many parts to start with: the plan's first weeks hold about two, and
   * a longer list would no longer say where to start.
   */
  public static final int NAMED_PARTS = 2;

  /**
   * Page 1 shows this many strengths and largest gaps: two short columns that fit beside each
   * other.
   */
  public static final int PAGE_ONE_TOPICS = 3;

  /**
   * The JSON's lists of strengths and largest gaps go further than page 1 (format version 1 has
   * always held five), so a program reading them has a longer list to choose from.
   */
  public static final int JSON_TOPICS = 5;

  /**
   * Page 1 names this many topics to discuss, then says how many more there are: the panel's first
   * agenda items; the calibration chapter lists them all.
   */
  public static final int DISCUSS_NAMED = 3;

  /**
   * A message names at most this many of a workbook's sheets, then says how many more: a crafted
   * file of thousands of sheets would otherwise make one message of a hundred kilobytes.
   */
  public static final int NAMED_SHEETS = 10;

  /**
   * Under a progress bar, more files written than this are counted instead of listed: a batch's
   * thousand lines would push the summary line off the screen.
   */
  public static final int LISTED_FILES = 20;

  /**
   * How many topics a line of the mentor's page 1 names (up, down, unchanged) before "and N more":
   * enough for one check-in's work, short enough to stay one line or two.
   */
  public static final int MENTOR_TOPICS_NAMED = 6;

  /**
   * How many focus topics of one movement page 1 names before "and N more": four of each kind keep
   * the line to two, and the progress chapter lists every one.
   */
  public static final int FOCUS_TOPICS_NAMED = 4;

  /**
   * How many panels the leniency note names before "and N more": enough to judge how wide the pool
   * is; a folder of past panels can hold hundreds.
   */
  public static final int NAMED_PANELS = 4;

  /**
   * How many left-out topics the plan's summary names before "and N more": the summary is a
   * paragraph; the topic table and the JSON name every one.
   */
  public static final int LEFT_OUT_TOPICS_NAMED = 5;

  /**
   * How many unrated topics and skills page 1 names before "and N more": enough to start rating,
   * short enough for one line; the topic table marks every one.
   */
  public static final int UNRATED_NAMED = 3;

  /**
   * How many topic or skill IDs a message lists before "and N more": a line of a terminal; the
   * sheet itself shows the rest.
   */
  public static final int LISTED_IDS = 8;

  /**
   * How many of a sheet's column headers a message names before "and N more": a crafted header row
   * of 16,384 columns would otherwise make one message of a hundred kilobytes.
   */
  public static final int NAMED_COLUMNS = 10;

  private Limits() {}
}
