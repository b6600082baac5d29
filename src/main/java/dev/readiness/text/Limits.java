package dev.readiness.text;

/**
 * How much of a list each output shows: one table, so that a list is cut alike wherever it is cut
 * and a different length is a decision made here, with its reason, not in a renderer.
 */
public final class Limits {
  /** Page 1 names at most this many parts to start with. */
  public static final int NAMED_PARTS = 2;

  /** Page 1 shows this many strengths and largest gaps. */
  public static final int PAGE_ONE_TOPICS = 3;

  /**
   * The JSON's lists of strengths and largest gaps go further than page 1 (format version 1 has
   * always held five), so a program reading them has a longer list to choose from.
   */
  public static final int JSON_TOPICS = 5;

  /** Page 1 names this many topics to discuss, then says how many more there are. */
  public static final int DISCUSS_NAMED = 3;

  /**
   * A message names at most this many of a workbook's sheets, then says how many more: a crafted
   * file of thousands of sheets would otherwise make one message of a hundred kilobytes.
   */
  public static final int NAMED_SHEETS = 10;

  private Limits() {}
}
