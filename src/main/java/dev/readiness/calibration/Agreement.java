package dev.readiness.calibration;

import dev.readiness.rubric.CalibrationRules;
import dev.readiness.text.Lists;
import dev.readiness.text.Numbers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a panel's alphas mean, read against the rubric's bands: the one place where alpha becomes
 * words.
 *
 * @param meaning the overall figure in words, naming every part whose own alpha is low
 * @param byPart each part's band
 * @param partMeanings each part's alpha in words
 * @param lowParts the parts whose alpha is below the tentative threshold, in the rubric's order
 */
public record Agreement(
    Band overall,
    String meaning,
    Map<String, Band> byPart,
    Map<String, String> partMeanings,
    List<String> lowParts) {
  public Agreement {
    byPart = Collections.unmodifiableMap(new LinkedHashMap<>(byPart));
    partMeanings = Collections.unmodifiableMap(new LinkedHashMap<>(partMeanings));
    lowParts = List.copyOf(lowParts);
  }

  /** The bands of Krippendorff's reading, with the thresholds the rubric gives. */
  public enum Band {
    RELIABLE("reliable", "Reliable"),
    TENTATIVE("tentative", "Tentative"),
    LOW("low", "Low"),
    UNDEFINED("undefined", "Undefined");

    private final String id;
    private final String label;

    Band(String id, String label) {
      this.id = id;
      this.label = label;
    }

    public String id() {
      return id;
    }

    public String label() {
      return label;
    }

    static Band of(Alpha a, CalibrationRules rules) {
      if (!a.defined()) {
        return UNDEFINED;
      }
      return a.value() >= rules.reliableAlpha()
          ? RELIABLE
          : a.value() >= rules.tentativeAlpha() ? TENTATIVE : LOW;
    }
  }

  /** Reads the overall alpha and each part's, naming parts by their IDs. */
  public static Agreement read(Alpha overall, Map<String, Alpha> byPart, CalibrationRules rules) {
    return read(overall, byPart, rules, Function.identity());
  }

  /**
   * Reads the overall alpha and each part's.
   *
   * @param partName a part's name as a sentence says it, by part ID
   */
  public static Agreement read(
      Alpha overall,
      Map<String, Alpha> byPart,
      CalibrationRules rules,
      Function<String, String> partName) {
    Map<String, Band> bands = new LinkedHashMap<>();
    Map<String, String> meanings = new LinkedHashMap<>();
    List<String> low = new ArrayList<>();
    byPart.forEach(
        (part, a) -> {
          Band b = Band.of(a, rules);
          bands.put(part, b);
          meanings.put(part, sentence(a, b, rules, ""));
          if (b == Band.LOW) {
            low.add(part);
          }
        });
    Band band = Band.of(overall, rules);
    return new Agreement(
        band, overallMeaning(overall, band, byPart, low, rules, partName), bands, meanings, low);
  }

  /**
   * The overall figure in words, naming the low parts given ({@code low}) as the ones to discuss
   * first; the report passes those where the raters differ, not those low only for want of variety.
   */
  public static String overallMeaning(
      Alpha overall,
      Band band,
      Map<String, Alpha> byPart,
      List<String> low,
      CalibrationRules rules,
      Function<String, String> partName) {
    if (band == Band.UNDEFINED || low.isEmpty()) {
      return sentence(overall, band, rules, " overall");
    }
    List<String> named =
        low.stream().map(p -> partName.apply(p) + " (" + figures(byPart.get(p)) + ")").toList();
    String those = low.size() == 1 ? "that part" : "those parts";
    return band.label()
        + " overall"
        + (uncertain(overall, band, rules) ? ", and uncertain" : "")
        + " ("
        + figures(overall)
        + chance(overall)
        + "), but low in "
        + Lists.and(named)
        + "; discuss "
        + those
        + " first.";
  }

  /** The places an alpha is printed with, in the PDF and the JSON alike. */
  public static final int ALPHA_DECIMALS = 3;

  /**
   * The places an interval's ends are printed with: a bootstrap's ends are not sure to the third
   * place.
   */
  public static final int INTERVAL_DECIMALS = 2;

  /**
   * Alpha with three decimals (as many as the rubric's bounds, so a figure never reads as past a
   * bound it is not), and its interval when it has one, with two: "0.453, 95% interval 0.15–0.73".
   */
  public static String figures(Alpha a) {
    if (!a.defined()) {
      return "undefined";
    }
    Interval i = a.interval();
    return Numbers.fixed(a.value(), ALPHA_DECIMALS)
        + (i == null
            ? ""
            : ", "
                + Numbers.percent(i.level())
                + " interval "
                + Numbers.fixed(i.low(), INTERVAL_DECIMALS)
                + "–"
                + Numbers.fixed(i.high(), INTERVAL_DECIMALS));
  }

  /**
   * Whether the interval reaches past the band the figure is in: the panel's agreement could as
   * well be read in the next band up or down.
   */
  public static boolean uncertain(Alpha a, Band b, CalibrationRules rules) {
    Interval i = a.interval();
    if (i == null || b == Band.UNDEFINED) {
      return false;
    }
    double floor =
        b == Band.RELIABLE
            ? rules.reliableAlpha()
            : b == Band.TENTATIVE ? rules.tentativeAlpha() : Double.NEGATIVE_INFINITY;
    double ceiling =
        b == Band.LOW
            ? rules.tentativeAlpha()
            : b == Band.TENTATIVE ? rules.reliableAlpha() : Double.POSITIVE_INFINITY;
    return i.low() < floor || i.high() >= ceiling;
  }

  /** "; 89% chance below 0.667", or "" without an interval. */
  private static String chance(Alpha a) {
    return a.interval() == null ? "" : "; " + chanceBelow(a.interval());
  }

  /**
   * "89% chance below 0.667"; a share that rounds to 0 or 100 but is not says "under 1%", "over
   * 99%".
   */
  public static String chanceBelow(Interval i) {
    long pct = Math.round(i.belowBound() * 100);
    String p =
        pct == 0 && i.belowBound() > 0
            ? "under 1%"
            : pct == 100 && i.belowBound() < 1 ? "over 99%" : pct + "%";
    return p + " chance below " + Numbers.plain(i.bound(), 3);
  }

  /**
   * A part's reading in a sentence of page 1: "low, and uncertain: 0.453, 95% interval 0.14–0.73,
   * 93% chance below 0.667".
   */
  public static String reading(Alpha a, Band b, CalibrationRules rules) {
    if (b == Band.UNDEFINED) {
      return "undefined: " + a.reason();
    }
    return b.id()
        + (uncertain(a, b, rules) ? ", and uncertain" : "")
        + ": "
        + figures(a)
        + (a.interval() == null ? "" : ", " + chanceBelow(a.interval()));
  }

  /**
   * The band and what to do, without the figures a table shows beside it: "Low, and uncertain:
   * discuss …".
   */
  public static String verdict(Alpha a, Band b, CalibrationRules rules) {
    return b == Band.UNDEFINED
        ? "Undefined: " + a.reason() + "."
        : b.label() + (uncertain(a, b, rules) ? ", and uncertain" : "") + ": " + advice(b);
  }

  private static String advice(Band b) {
    return switch (b) {
      case RELIABLE -> "the panel agrees.";
      case TENTATIVE -> "draw conclusions with care.";
      default -> "discuss the ratings before deciding.";
    };
  }

  private static String sentence(Alpha a, Band b, CalibrationRules rules, String scope) {
    String reliable = Numbers.plain(rules.reliableAlpha(), 3);
    String tentative = Numbers.plain(rules.tentativeAlpha(), 3);
    if (b == Band.UNDEFINED) {
      return "Undefined: " + a.reason() + ".";
    }
    String advice = advice(b);
    if (a.interval() != null) {
      return b.label()
          + scope
          + (uncertain(a, b, rules) ? ", and uncertain" : "")
          + " (alpha "
          + figures(a)
          + chance(a)
          + "): "
          + advice;
    }
    String where =
        switch (b) {
          case RELIABLE -> " ≥ " + reliable;
          case TENTATIVE -> ", between " + tentative + " and " + reliable;
          default -> ", below " + tentative;
        };
    return b.label()
        + scope
        + " (alpha "
        + Numbers.fixed(a.value(), ALPHA_DECIMALS)
        + where
        + "): "
        + advice;
  }
}
