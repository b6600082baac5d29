package dev.readiness.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as a reader sees them: rounded half up, no trailing zeros, a real minus sign, "—" for
 * none.
 */
public final class Numbers {
  /** What stands where there is no number. */
  public static final String NONE = "—";

  private Numbers() {}

  /** Rounded to at most {@code decimals} places without trailing zeros: 3 → "3", 1.50 → "1.5". */
  public static String plain(double value, int decimals) {
    if (!Double.isFinite(value)) {
      // only a typing mistake gets here ("--hours NaN"), and is shown as typed
      return Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "−Infinity";
    }
    String s = decimal(value, decimals).toPlainString();
    return s.startsWith("-") ? "−" + s.substring(1) : s;
  }

  /**
   * The value a JSON report holds for a figure: rounded half up to at most {@code decimals} places,
   * without trailing zeros (80.0 → 80, 0.12345 → 0.1235 with 4); null (no data) stays null. {@link
   * #plain} prints the same number, so a figure reads alike wherever it is shown.
   */
  public static BigDecimal decimal(Double value, int decimals) {
    if (value == null) {
      return null;
    }
    BigDecimal d =
        BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /**
   * The readiness index, always with one decimal: "72.5", "80.0", "100.0"; "—" when nothing is
   * rated.
   */
  public static String index(Double value) {
    return value == null ? NONE : fixed(value, 1);
  }

  /**
   * The readiness index as the JSON and the CSV hold it: one decimal always (80.0, never 80), the
   * same figure the PDF prints; null when nothing is rated.
   */
  public static BigDecimal indexValue(Double value) {
    return fixedValue(value, 1);
  }

  /**
   * A figure as the JSON holds it when the pages print it with exactly {@code decimals} places (an
   * index with one, an alpha with three: 0.880, never 0.88 or 0.8799), so the JSON and the PDF read
   * alike; null stays null.
   */
  public static BigDecimal fixedValue(Double value, int decimals) {
    return value == null
        ? null
        : BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
  }

  /** A rating or level: whole levels bare, half levels with one decimal ("3", "3.5"). */
  public static String level(Double value) {
    return value == null ? NONE : plain(value, 1);
  }

  /** Hours: "6", "1.5". */
  public static String hours(double value) {
    return plain(value, 1);
  }

  /** Minutes from the start of an interview as a running clock: 0 → "0:00", 65 → "1:05". */
  public static String clock(int minutes) {
    return minutes / 60 + ":" + (minutes % 60 < 10 ? "0" : "") + minutes % 60;
  }

  /** A share as a whole percentage: 0.783 → "78%". */
  public static String percent(Double share) {
    return share == null ? NONE : Math.round(share * 100) + "%";
  }

  /** Exactly {@code decimals} places: 0.88 → "0.880" with 3. */
  public static String fixed(double value, int decimals) {
    String s = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    return s.startsWith("-") ? "−" + s.substring(1) : s;
  }

  /** With its sign and exactly {@code decimals} places: "+1.6", "−0.25", "0.0" for zero. */
  public static String signed(Double value, int decimals) {
    if (value == null) {
      return NONE;
    }
    String s = fixed(Math.abs(value), decimals);
    if (printsAsZero(value, decimals)) {
      return s;
    }
    return (value > 0 ? "+" : "−") + s;
  }

  /**
   * Whether a change prints as 0 with {@code decimals} places: the outputs call it "unchanged"
   * rather than show "0.0", by the same rounding that prints it.
   */
  public static boolean printsAsZero(double value, int decimals) {
    return BigDecimal.valueOf(Math.abs(value)).setScale(decimals, RoundingMode.HALF_UP).signum()
        == 0;
  }
}
