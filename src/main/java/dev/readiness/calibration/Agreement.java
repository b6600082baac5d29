package dev.readiness.calibration;

import dev.readiness.rubric.CalibrationRules;
import dev.readiness.text.Numbers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a panel's alphas mean, read against the rubric's bands: the one place where alpha becomes words.
 *
 * @param meaning the overall figure in words, naming every part whose own alpha is low
 * @param byPart each part's band
 * @param partMeanings each part's alpha in words
 * @param lowParts the parts whose alpha is below the tentative threshold, in the rubric's order
 */
public record Agreement(Band overall, String meaning, Map<String, Band> byPart, Map<String, String> partMeanings,
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
      return a.value() >= rules.reliableAlpha() ? RELIABLE : a.value() >= rules.tentativeAlpha() ? TENTATIVE : LOW;
    }
  }

  /** Reads the overall alpha and each part's. */
  public static Agreement read(Alpha overall, Map<String, Alpha> byPart, CalibrationRules rules) {
    Map<String, Band> bands = new LinkedHashMap<>();
    Map<String, String> meanings = new LinkedHashMap<>();
    List<String> low = new ArrayList<>();
    byPart.forEach((part, a) -> {
      Band b = Band.of(a, rules);
      bands.put(part, b);
      meanings.put(part, sentence(a, b, rules, ""));
      if (b == Band.LOW) {
        low.add(part);
      }
    });
    Band band = Band.of(overall, rules);
    return new Agreement(band, overallMeaning(overall, band, byPart, low, rules), bands, meanings, low);
  }

  private static String overallMeaning(Alpha overall, Band band, Map<String, Alpha> byPart, List<String> low,
      CalibrationRules rules) {
    if (band == Band.UNDEFINED || low.isEmpty()) {
      return sentence(overall, band, rules, " overall");
    }
    List<String> named = low.stream().map(p -> p + " (" + Numbers.fixed(byPart.get(p).value(), 3) + ")").toList();
    String parts = named.size() == 1 ? named.get(0)
        : String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
    String those = low.size() == 1 ? "that part" : "those parts";
    return band.label() + " overall (" + Numbers.fixed(overall.value(), 3) + "), but low in " + parts
        + "; discuss " + those + " first.";
  }

  private static String sentence(Alpha a, Band b, CalibrationRules rules, String scope) {
    String reliable = Numbers.plain(rules.reliableAlpha(), 3);
    String tentative = Numbers.plain(rules.tentativeAlpha(), 3);
    return switch (b) {
      case UNDEFINED -> "Undefined: " + a.reason() + ".";
      case RELIABLE -> "Reliable" + scope + " (alpha " + Numbers.fixed(a.value(), 3) + " ≥ " + reliable
          + "): the panel agrees.";
      case TENTATIVE -> "Tentative" + scope + " (alpha " + Numbers.fixed(a.value(), 3) + ", between " + tentative
          + " and " + reliable + "): draw conclusions with care.";
      case LOW -> "Low" + scope + " (alpha " + Numbers.fixed(a.value(), 3) + ", below " + tentative
          + "): discuss the ratings before deciding.";
    };
  }
}
