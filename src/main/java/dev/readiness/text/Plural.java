package dev.readiness.text;

/**
 * The one plural rule of the tool's English: a noun is plural unless its count is exactly one ("0
 * topics", "1 topic", "2 topics"). Every noun counted in a message is regular, so adding "s" is the
 * whole rule.
 */
public final class Plural {
  private Plural() {}

  /** The count and its noun: "1 topic", "3 topics". */
  public static String count(long n, String noun) {
    return n + " " + noun(n, noun);
  }

  /** The noun for that count, without the count: "week", "weeks". */
  public static String noun(long n, String noun) {
    return n == 1 ? noun : noun + "s";
  }

  /** The pronoun for that many things: "it" for one, "them" for any other count. */
  public static String them(long n) {
    return n == 1 ? "it" : "them";
  }

  /** The count, its noun and the verb "to be" agreeing with it: "1 topic is", "2 topics are". */
  public static String countIs(long n, String noun) {
    return count(n, noun) + (n == 1 ? " is" : " are");
  }
}
