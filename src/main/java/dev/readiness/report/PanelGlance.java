package dev.readiness.report;

import dev.readiness.calibration.Agreement;
import dev.readiness.calibration.Alpha;
import dev.readiness.calibration.Calibration;
import dev.readiness.rubric.CalibrationRules;
import dev.readiness.rubric.Part;
import dev.readiness.rubric.Rubric;
import dev.readiness.text.Limits;
import dev.readiness.text.Lists;
import dev.readiness.text.Numbers;
import dev.readiness.text.Plural;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Page 1's sentences for a hiring panel: the agreement overall and part by part, grouped by band
 * and named; the parts to discuss first with their intervals; the topics to discuss; the
 * self-rating against the panel, part by part where it departs.
 */
final class PanelGlance {
  private PanelGlance() {}

  /** Each low part by name with its figures, and what {@code more} adds of it. */
  private static String lowParts(
      Calibration cal,
      List<Part> parts,
      CalibrationRules rules,
      java.util.function.Function<Part, String> more) {
    return String.join(
        "; ",
        parts.stream()
            .map(
                p ->
                    name(p)
                        + ": "
                        + Agreement.reading(cal.byPart().get(p.id()), Agreement.Band.LOW, rules)
                        + more.apply(p))
            .toList());
  }

  /**
   * Why a part's alpha is low when most of its topics were rated alike by every rater, or "": alpha
   * measures agreement against the variety of the ratings, so a part where nearly everyone gives
   * the same top rating reads as low although the raters agree. A panel must not spend its
   * discussion there.
   */
  private static String alike(Rubric rubric, Calibration cal, Part p) {
    List<Calibration.TopicRatings> rated =
        cal.topics().stream()
            .filter(t -> rubric.topic(t.topic()).part().equals(p.id()) && t.panel().size() > 1)
            .toList();
    long alike = rated.stream().filter(t -> t.spread() != null && t.spread() == 0).count();
    if (rated.isEmpty() || alike * 2 < rated.size()) {
      return "";
    }
    return " ("
        + alike
        + " of "
        + Plural.count(rated.size(), "topic")
        + " rated alike by every rater: the ratings barely vary, which alpha reads as low)";
  }

  /**
   * The low parts whose alpha is low only for want of variety, each with why ({@link #alike}):
   * decided once, for page 1, the agreement table and its sentence alike.
   */
  static Map<String, String> lowWithoutDisagreement(Rubric rubric, Calibration cal) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String id : cal.agreement().lowParts()) {
      String why = alike(rubric, cal, rubric.part(id));
      if (!why.isEmpty()) {
        out.put(id, why);
      }
    }
    return out;
  }

  /** A part as page 1 names it: "Data Engineering & ML Systems (Part 4)". */
  static String name(Part p) {
    return p.title() + " (Part " + p.number() + ")";
  }

  /**
   * @param alike the low parts with little disagreement ({@link #lowWithoutDisagreement}), said
   *     apart from those to discuss first
   */
  static List<String> lines(
      Rubric rubric,
      Calibration cal,
      List<CalibrationView.RatingsRow> discuss,
      String none,
      Map<String, String> alike) {
    CalibrationRules rules = rubric.calibration();
    List<String> lines = new ArrayList<>();
    lines.add(agreement(rubric, cal, rules));
    List<Part> low =
        rubric.parts().stream()
            .filter(p -> cal.agreement().byPart().get(p.id()) == Agreement.Band.LOW)
            .sorted(Comparator.comparingDouble(p -> cal.byPart().get(p.id()).value()))
            .toList();
    // a low alpha where nearly every rater gave the same rating is no disagreement: said apart
    List<Part> disagree = low.stream().filter(p -> !alike.containsKey(p.id())).toList();
    List<Part> agree = low.stream().filter(p -> alike.containsKey(p.id())).toList();
    if (!disagree.isEmpty()) {
      lines.add("Discuss first: " + lowParts(cal, disagree, rules, p -> "") + ".");
    }
    if (!agree.isEmpty()) {
      lines.add(
          "Low alpha, yet little disagreement: "
              + lowParts(cal, agree, rules, p -> alike.get(p.id()))
              + ".");
    }
    if (discuss.isEmpty()) {
      lines.add("No topics to discuss. " + none);
    } else {
      List<String> named = discuss.stream().map(r -> r.topic() + " " + r.title()).toList();
      lines.add(
          Plural.count(discuss.size(), "topic")
              + " to discuss: "
              + Lists.firstOf(named, Limits.DISCUSS_NAMED, "; ")
              + ".");
    }
    if (cal.hasSelf()) {
      lines.add(self(rubric, cal, rules));
    }
    return lines;
  }

  /**
   * The overall figure, then every part by band: "reliable only in …; tentative in …; low in …".
   */
  private static String agreement(Rubric rubric, Calibration cal, CalibrationRules rules) {
    Alpha overall = cal.overall();
    Agreement.Band band = cal.agreement().overall();
    if (band == Agreement.Band.UNDEFINED) {
      return "Panel agreement: undefined: " + overall.reason() + ".";
    }
    String head =
        "Panel agreement: "
            + band.id()
            + " overall"
            + (Agreement.uncertain(overall, band, rules) ? ", and uncertain" : "")
            + " ("
            + Agreement.figures(overall)
            + ")";
    List<String> groups = new ArrayList<>();
    int parts = rubric.parts().size();
    for (Agreement.Band b : Agreement.Band.values()) {
      List<String> names =
          rubric.parts().stream()
              .filter(p -> cal.agreement().byPart().get(p.id()) == b)
              .map(PanelGlance::name)
              .toList();
      if (names.size() == parts) {
        return head
            + (b == band ? ", and " : ", but ")
            + (b == Agreement.Band.UNDEFINED
                ? "not measurable in any part on its own"
                : b.id() + " in every part")
            + ".";
      }
      if (b == Agreement.Band.LOW && !names.isEmpty()) {
        // named with their figures on the next line, the parts to discuss first
        groups.add("low in " + Plural.count(names.size(), "part"));
      } else if (!names.isEmpty()) {
        String word = b == Agreement.Band.UNDEFINED ? "not measurable" : b.id();
        groups.add(
            word + (b == Agreement.Band.RELIABLE ? " only" : "") + " in " + Lists.and(names));
      }
    }
    return head + "; " + String.join("; ", groups) + ".";
  }

  /**
   * Per part where the self-rating departs from the panel by more than the rubric's band; in line
   * elsewhere.
   */
  private static String self(Rubric rubric, Calibration cal, CalibrationRules rules) {
    List<Double> diffs =
        cal.topics().stream()
            .filter(t -> t.self() != null && t.median() != null)
            .map(t -> t.self() - t.median())
            .toList();
    if (diffs.isEmpty()) {
      return "Self against panel: no topic was rated by both.";
    }
    double mean = diffs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    List<String> over = new ArrayList<>();
    List<String> under = new ArrayList<>();
    int inLine = 0;
    for (Part p : rubric.parts()) {
      Double v = cal.selfBias().get(p.id());
      if (v != null && Math.abs(v) > rules.inLineBand()) {
        (v > 0 ? over : under).add(name(p) + " " + Numbers.signed(v, 2));
      } else if (v != null) {
        inLine++;
      }
    }
    String within = "within " + Numbers.plain(rules.inLineBand(), 2);
    String average =
        "average "
            + Numbers.signed(mean, 2)
            + " over "
            + diffs.size()
            + (diffs.size() == 1 ? " topic" : " topics");
    if (over.isEmpty() && under.isEmpty()) {
      return "Self against panel, in levels: in line in every part ("
          + within
          + "; "
          + average
          + ").";
    }
    List<String> clauses = new ArrayList<>();
    if (!over.isEmpty()) {
      clauses.add("over-confident in " + Lists.and(over));
    }
    if (!under.isEmpty()) {
      clauses.add("under-confident in " + Lists.and(under));
    }
    // no average here: an average in line is what hid a part that departs
    return "Self against panel, in levels: "
        + String.join("; ", clauses)
        + (inLine == 0 ? "" : "; in line elsewhere (" + within + ")")
        + ".";
  }
}
