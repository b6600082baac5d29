package dev.readiness.report;

import dev.readiness.calibration.Calibration;
import dev.readiness.rubric.CalibrationRules;
import dev.readiness.rubric.Part;
import dev.readiness.rubric.Rubric;
import dev.readiness.text.Limits;
import dev.readiness.text.Numbers;
import dev.readiness.text.Plural;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A panel's calibration as the report shows it: every reading of a figure in words, against the rubric's bands.
 *
 * @param panel the panel raters' names, in the order of the ratings tables
 * @param discussNone what stands in place of the topics to discuss when there are none
 * @param summaryLines page 1's decision inputs: the agreement, the topics to discuss, self against panel
 */
public record CalibrationView(String intro, List<RaterRow> raters, List<AlphaRow> agreement, List<String> panel,
    List<RatingsRow> discuss, String discussNone, List<SelfRow> self, String selfIntro, List<RatingsRow> every,
    List<String> summaryLines) {
  public CalibrationView {
    raters = List.copyOf(raters);
    agreement = List.copyOf(agreement);
    panel = List.copyOf(panel);
    discuss = List.copyOf(discuss);
    self = List.copyOf(self);
    every = List.copyOf(every);
    summaryLines = List.copyOf(summaryLines);
  }

  /** A rater with their leniency across the run, in words. */
  public record RaterRow(String name, String role, String source, String leniency) {}

  /** A part's alpha: the figure, its band and its meaning. */
  public record AlphaRow(String part, String heading, String alpha, Tone tone, String meaning) {}

  /** A topic's ratings; {@code outliers} are the panel raters furthest from the median where the spread is wide. */
  public record RatingsRow(String topic, String title, Map<String, Double> ratings, Double self, Double median,
      String mean, Double spread, Tone spreadTone, List<String> outliers) {
    public RatingsRow {
      ratings = Map.copyOf(ratings);
      outliers = List.copyOf(outliers);
    }
  }

  /**
   * A part's self-rating minus the panel, with its reading.
   *
   * @param lean +1 over-confident, −1 under-confident, 0 in line (or nothing to compare)
   */
  public record SelfRow(String part, String label, String heading, Double value, String valueText, String reading,
      int lean) {}

  static CalibrationView of(Rubric rubric, Calibration cal, LocalDate date) {
    CalibrationRules rules = rubric.calibration();
    List<Calibration.Rater> panel = cal.raters().stream().filter(x -> !x.isSelf()).toList();
    String intro = panel.size() + " panel raters" + (cal.hasSelf() ? " and the candidate's self-rating" : "")
        + " on " + date + ". The scores and the plan in this report use the panel's consensus: the median of the"
        + " panel's ratings on each topic (a half level where the panel splits evenly). The self-rating is shown"
        + " beside it, never mixed in.";
    List<RaterRow> raters = cal.raters().stream().map(r -> new RaterRow(r.name(), r.role().label(), r.source(),
        leniency(r, rules))).toList();
    List<AlphaRow> alphas = new ArrayList<>();
    for (Part p : rubric.parts()) {
      var a = cal.byPart().get(p.id());
      alphas.add(new AlphaRow(p.id(), p.heading(), a.defined() ? Numbers.fixed(a.value(), 3) : Numbers.NONE,
          Tone.of(cal.agreement().byPart().get(p.id())), cal.agreement().partMeanings().get(p.id())));
    }
    List<String> names = panel.stream().map(Calibration.Rater::name).toList();
    List<RatingsRow> every = cal.topics().stream().map(t -> ratings(rubric, t, rules)).toList();
    List<RatingsRow> discuss = cal.disagreements().stream().map(d -> every.stream()
        .filter(r -> r.topic().equals(d.topic())).findFirst().orElseThrow()).toList();
    List<SelfRow> self = new ArrayList<>();
    if (cal.hasSelf()) {
      for (Part p : rubric.parts()) {
        Double v = cal.selfBias().get(p.id());
        int lean = v == null || Math.abs(v) <= rules.inLineBand() ? 0 : v > 0 ? 1 : -1;
        self.add(new SelfRow(p.id(), p.title(), p.heading(), v, Numbers.signed(v, 2), selfReading(v, rules), lean));
      }
    }
    String selfIntro = "Per part, the candidate's self-rating minus the panel's consensus, averaged over the topics"
        + " both rated: above zero the candidate rates themself higher than the panel does (over-confidence),"
        + " below zero lower (under-confidence); within " + Numbers.plain(rules.inLineBand(), 2) + " levels is in"
        + " line.";
    String none = "None: on every topic the panel's ratings differ by less than " + Numbers.level(rules.discussSpread())
        + " levels.";
    return new CalibrationView(intro, raters, alphas, names, discuss, none, self, selfIntro, every,
        summaryLines(rubric, cal, discuss, none, rules));
  }

  private static RatingsRow ratings(Rubric rubric, Calibration.TopicRatings t, CalibrationRules rules) {
    List<String> outliers = new ArrayList<>();
    if (t.spread() != null && t.spread() >= rules.discussSpread() && t.median() != null) {
      double far = t.panel().values().stream().mapToDouble(v -> Math.abs(v - t.median())).max().orElse(0);
      t.panel().forEach((name, v) -> {
        if (Math.abs(v - t.median()) == far) {
          outliers.add(name);
        }
      });
    }
    Tone tone = t.spread() == null ? Tone.NONE : t.spread() >= rules.discussSpread() ? Tone.POOR
        : t.spread() >= rules.discussSpread() / 2 ? Tone.FAIR : Tone.GOOD;
    return new RatingsRow(t.topic(), rubric.topic(t.topic()).title(), t.panel(), t.self(), t.median(),
        t.mean() == null ? Numbers.NONE : Numbers.fixed(t.mean(), 1), t.spread(), tone, outliers);
  }

  /** The self-rating against the panel for one part, in words. */
  static String selfReading(Double v, CalibrationRules rules) {
    if (v == null) {
      return "No topic rated by both.";
    }
    if (Math.abs(v) <= rules.inLineBand()) {
      return "In line with the panel.";
    }
    return v > 0 ? "Rates themself higher than the panel (over-confident)."
        : "Rates themself lower than the panel (under-confident).";
  }

  private static String leniency(Calibration.Rater rater, CalibrationRules rules) {
    if (rater.isSelf()) {
      return "— (self-rating)";
    }
    if (rater.leniency() == null) {
      return "— (no topic shared with another rater)";
    }
    double v = rater.leniency().offset();
    String word = Math.abs(v) <= rules.inLineBand() ? "in line with the panel" : v > 0 ? "lenient" : "harsh";
    return Numbers.signed(v, 2) + " levels: " + word;
  }

  private static List<String> summaryLines(Rubric rubric, Calibration cal, List<RatingsRow> discuss, String none,
      CalibrationRules rules) {
    List<String> lines = new ArrayList<>();
    lines.add("Panel agreement: " + cal.agreement().meaning());
    if (discuss.isEmpty()) {
      lines.add("No topics to discuss. " + none);
    } else {
      int named = Limits.DISCUSS_NAMED;
      List<String> first = discuss.stream().limit(named).map(r -> r.topic() + " " + r.title()).toList();
      lines.add(Plural.count(discuss.size(), "topic") + " to discuss: " + String.join("; ",
          first) + (discuss.size() > named ? "; and " + (discuss.size() - named) + " more." : "."));
    }
    if (cal.hasSelf()) {
      lines.add(selfLine(cal, rules));
    }
    return lines;
  }

  /** The self-rating against the panel in one line, over every topic both rated. */
  private static String selfLine(Calibration cal, CalibrationRules rules) {
    List<Double> diffs = cal.topics().stream().filter(t -> t.self() != null && t.median() != null)
        .map(t -> t.self() - t.median()).toList();
    if (diffs.isEmpty()) {
      return "Self against panel: no topic was rated by both.";
    }
    double mean = diffs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    String by = Numbers.plain(Math.abs(mean), 2) + (Math.abs(mean) == 1 ? " level" : " levels");
    if (Math.abs(mean) <= rules.inLineBand()) {
      return "Self against panel: in line (" + Numbers.signed(mean, 2) + " levels on average over " + diffs.size()
          + " topics).";
    }
    return "Self against panel: " + (mean > 0 ? "over-confident" : "under-confident") + ", rating themself " + by
        + (mean > 0 ? " above" : " below") + " the panel on average over " + diffs.size() + " topics.";
  }
}
