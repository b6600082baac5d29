package dev.readiness.report;

import dev.readiness.calibration.Agreement;
import dev.readiness.calibration.Alpha;
import dev.readiness.calibration.Bootstrap;
import dev.readiness.calibration.Calibration;
import dev.readiness.calibration.Interval;
import dev.readiness.rubric.CalibrationRules;
import dev.readiness.rubric.Part;
import dev.readiness.rubric.Rubric;
import dev.readiness.text.Limits;
import dev.readiness.text.Lists;
import dev.readiness.text.Numbers;
import dev.readiness.text.Plural;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A panel's calibration as the report shows it: every reading of a figure in words, against the
 * rubric's bands.
 *
 * @param panel the panel raters' names, in the order of the ratings tables
 * @param discussNone what stands in place of the topics to discuss when there are none
 * @param summaryLines page 1's decision inputs: the agreement, the topics to discuss, self against
 *     panel
 * @param overall the agreement over every part, read as each part's is
 * @param leniencyNote what the raters' leniency is measured over, naming the pool
 * @param chanceHeading the heading of the chance that alpha is below the tentative bound ("Chance
 *     below 0.667")
 * @param intervalNote how the intervals are made, in one sentence
 * @param agreementMeaning the overall agreement in words, naming the low parts where the raters
 *     differ (the JSON's meaning too)
 * @param agreementNote above the agreement table: what alpha means, and the rubric's bands
 * @param discussNote under the topics to discuss: what the bold rating marks
 */
public record CalibrationView(
    String intro,
    List<RaterRow> raters,
    List<AlphaRow> agreement,
    List<String> panel,
    List<RatingsRow> discuss,
    String discussNone,
    List<SelfRow> self,
    String selfIntro,
    List<RatingsRow> every,
    List<String> summaryLines,
    AlphaRow overall,
    String leniencyNote,
    String chanceHeading,
    String intervalNote,
    String agreementMeaning,
    String agreementNote,
    String discussNote) {
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

  /**
   * A part's alpha: the figure, its band's tone and its meaning.
   *
   * @param interval the bootstrap interval's ends ("0.14–0.73"), or "—" without one
   * @param chanceBelow the chance that alpha is below the tentative bound ("93%"), or "—"
   * @param verdict the band and what to do, for a table that shows the figures beside it
   */
  public record AlphaRow(
      String part,
      String heading,
      String alpha,
      Tone tone,
      String meaning,
      String interval,
      String chanceBelow,
      String verdict) {
    static AlphaRow of(
        String part,
        String heading,
        Alpha a,
        Agreement.Band band,
        String meaning,
        CalibrationRules rules) {
      Interval i = a.interval();
      return new AlphaRow(
          part,
          heading,
          a.defined() ? Numbers.fixed(a.value(), Agreement.ALPHA_DECIMALS) : Numbers.NONE,
          Tone.of(band),
          meaning,
          i == null
              ? Numbers.NONE
              : Numbers.fixed(i.low(), Agreement.INTERVAL_DECIMALS)
                  + "–"
                  + Numbers.fixed(i.high(), Agreement.INTERVAL_DECIMALS),
          i == null ? Numbers.NONE : Numbers.percent(i.belowBound()),
          Agreement.verdict(a, band, rules));
    }

    /**
     * This low row read as a caution about the figure (amber), not a disagreement to settle (red):
     * {@code why} the ratings barely vary.
     */
    AlphaRow withoutDisagreement(String why) {
      return new AlphaRow(
          part,
          heading,
          alpha,
          Tone.FAIR,
          meaning,
          interval,
          chanceBelow,
          "Low, yet little disagreement" + why + ".");
    }
  }

  /**
   * A topic's ratings; {@code outliers} are the panel raters furthest from the median where the
   * spread is wide.
   */
  public record RatingsRow(
      String topic,
      String title,
      Map<String, Double> ratings,
      Double self,
      Double median,
      String mean,
      Double spread,
      Tone spreadTone,
      List<String> outliers) {
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
  public record SelfRow(
      String part,
      String label,
      String heading,
      Double value,
      String valueText,
      String reading,
      int lean) {}

  /**
   * @param withPlan the document has a study plan (a panel's packet has none, and does not speak of
   *     one)
   */
  static CalibrationView of(
      Rubric rubric, Calibration cal, LocalDate date, LeniencyPool pool, boolean withPlan) {
    CalibrationRules rules = rubric.calibration();
    List<Calibration.Rater> panel = cal.raters().stream().filter(x -> !x.isSelf()).toList();
    List<RaterRow> raters =
        cal.raters().stream()
            .map(r -> new RaterRow(r.name(), r.role().label(), r.source(), leniency(r, rules)))
            .toList();
    AlphaRow overall =
        AlphaRow.of(
            "",
            "All parts",
            cal.overall(),
            cal.agreement().overall(),
            cal.agreement().meaning(),
            rules);
    List<RatingsRow> every = cal.topics().stream().map(t -> ratings(rubric, t, rules)).toList();
    List<RatingsRow> discuss = discuss(cal, every);
    String none =
        "None: on every topic the panel's ratings differ by less than "
            + Numbers.level(rules.discussSpread())
            + " levels.";
    Map<String, String> alike = PanelGlance.lowWithoutDisagreement(rubric, cal);
    String meaning = agreementMeaning(rubric, cal, alike.keySet());
    return new CalibrationView(
        intro(cal, panel.size(), date, withPlan),
        raters,
        agreement(rubric, cal, alike),
        panel.stream().map(Calibration.Rater::name).toList(),
        discuss,
        none,
        cal.hasSelf() ? self(rubric, cal) : List.of(),
        selfIntro(rules),
        every,
        PanelGlance.lines(rubric, cal, discuss, none, alike),
        overall,
        leniencyNote(pool),
        "Chance below " + Numbers.plain(rules.tentativeAlpha(), 3),
        INTERVAL_NOTE,
        meaning,
        meaning
            + " Reliable at "
            + Numbers.plain(rules.reliableAlpha(), 3)
            + " or more; tentative from "
            + Numbers.plain(rules.tentativeAlpha(), 3)
            + "; below that, discuss before deciding.",
        "Bold: the rater furthest from the panel's median on that topic (each of them, on a tie).");
  }

  /**
   * Who rated, on which date, and that the scores use the panel's consensus, not the self-rating.
   */
  private static String intro(Calibration cal, int panelSize, LocalDate date, boolean withPlan) {
    return panelSize
        + " panel raters"
        + (cal.hasSelf() ? " and the candidate's self-rating" : "")
        + " on "
        + date
        + ". The scores"
        + (withPlan ? " and the plan" : "")
        + " in this report use the panel's"
        + " consensus: the median of the"
        + " panel's ratings on each topic (a half level where the panel splits evenly)."
        + (cal.hasSelf() ? " The self-rating is shown beside it, never mixed in." : "");
  }

  /**
   * The overall agreement in words, sending the panel first to the low parts where its raters
   * differ: a part low only because nearly every rating is the same is said so in its row instead.
   */
  private static String agreementMeaning(
      Rubric rubric, Calibration cal, java.util.Set<String> alike) {
    List<String> differ =
        cal.agreement().lowParts().stream().filter(id -> !alike.contains(id)).toList();
    return Agreement.overallMeaning(
        cal.overall(),
        cal.agreement().overall(),
        cal.byPart(),
        differ,
        rubric.calibration(),
        id -> rubric.part(id).heading());
  }

  /** Each part's alpha, in the rubric's order. */
  private static List<AlphaRow> agreement(
      Rubric rubric, Calibration cal, Map<String, String> alike) {
    List<AlphaRow> alphas = new ArrayList<>();
    for (Part p : rubric.parts()) {
      AlphaRow row =
          AlphaRow.of(
              p.id(),
              p.heading(),
              cal.byPart().get(p.id()),
              cal.agreement().byPart().get(p.id()),
              cal.agreement().partMeanings().get(p.id()),
              rubric.calibration());
      // the reading page 1 gives: a low alpha where the raters gave the same ratings is said so
      alphas.add(alike.containsKey(p.id()) ? row.withoutDisagreement(alike.get(p.id())) : row);
    }
    return alphas;
  }

  /** The topics to discuss, in the calibrator's order, as their rows of the ratings table. */
  private static List<RatingsRow> discuss(Calibration cal, List<RatingsRow> every) {
    return cal.disagreements().stream()
        .map(d -> every.stream().filter(r -> r.topic().equals(d.topic())).findFirst().orElseThrow())
        .toList();
  }

  /** Each part's self-rating against the panel, in the rubric's order. */
  private static List<SelfRow> self(Rubric rubric, Calibration cal) {
    CalibrationRules rules = rubric.calibration();
    List<SelfRow> self = new ArrayList<>();
    for (Part p : rubric.parts()) {
      Double v = cal.selfBias().get(p.id());
      int lean = v == null || Math.abs(v) <= rules.inLineBand() ? 0 : v > 0 ? 1 : -1;
      self.add(
          new SelfRow(
              p.id(),
              p.title(),
              p.heading(),
              v,
              Numbers.signed(v, 2),
              selfReading(v, rules),
              lean));
    }
    return self;
  }

  /** What the self-rating table shows and where "in line" ends. */
  private static String selfIntro(CalibrationRules rules) {
    return "Per part, the candidate's self-rating minus the panel's consensus, averaged over the topics"
        + " both rated: above zero the candidate rates themself higher than the panel does (over-confidence),"
        + " below zero lower (under-confidence); within "
        + Numbers.plain(rules.inLineBand(), 2)
        + " levels is in"
        + " line.";
  }

  private static RatingsRow ratings(
      Rubric rubric, Calibration.TopicRatings t, CalibrationRules rules) {
    List<String> outliers = new ArrayList<>();
    if (t.spread() != null && t.spread() >= rules.discussSpread() && t.median() != null) {
      double far =
          t.panel().values().stream().mapToDouble(v -> Math.abs(v - t.median())).max().orElse(0);
      t.panel()
          .forEach(
              (name, v) -> {
                if (Math.abs(v - t.median()) == far) {
                  outliers.add(name);
                }
              });
    }
    Tone tone =
        t.spread() == null
            ? Tone.NONE
            : t.spread() >= rules.discussSpread()
                ? Tone.POOR
                : t.spread() >= rules.discussSpread() / 2 ? Tone.FAIR : Tone.GOOD;
    return new RatingsRow(
        t.topic(),
        rubric.topic(t.topic()).title(),
        t.panel(),
        t.self(),
        t.median(),
        t.mean() == null ? Numbers.NONE : Numbers.fixed(t.mean(), 1),
        t.spread(),
        tone,
        outliers);
  }

  /** The self-rating against the panel for one part, in words. */
  static String selfReading(Double v, CalibrationRules rules) {
    if (v == null) {
      return "No topic rated by both.";
    }
    if (Math.abs(v) <= rules.inLineBand()) {
      return "In line with the panel.";
    }
    return v > 0
        ? "Rates themself higher than the panel (over-confident)."
        : "Rates themself lower than the panel (under-confident).";
  }

  private static String leniency(Calibration.Rater rater, CalibrationRules rules) {
    if (rater.isSelf()) {
      return "— (self-rating)";
    }
    if (rater.leniency() == null) {
      return "— (no topic shared with another rater)";
    }
    Calibration.Leniency l = rater.leniency();
    double v = l.offset();
    String word =
        Math.abs(v) <= rules.inLineBand() ? "in line with the panel" : v > 0 ? "lenient" : "harsh";
    return Numbers.signed(v, 2)
        + " levels: "
        + word
        + " ("
        + l.topics()
        + (l.topics() == 1 ? " topic, " : " topics, ")
        + l.candidates()
        + (l.candidates() == 1 ? " panel)" : " panels)");
  }

  private static final String INTERVAL_NOTE =
      Numbers.percent(Bootstrap.LEVEL)
          + " intervals from "
          + String.format(java.util.Locale.ROOT, "%,d", Bootstrap.RESAMPLES)
          + " bootstrap resamples of the pairs of"
          + " panel ratings (Hayes & Krippendorff, 2007), with a fixed seed so the same ratings always give the same"
          + " interval. The chance below is the share of resamples under the tentative bound: how likely the panel's"
          + " true agreement falls short of it. A part with few topics has a wide interval: its alpha is a rough guide.";

  /**
   * The pool leniency is measured over, by name, so a reader can tell whether it is wide enough to
   * trust.
   */
  static String leniencyNote(LeniencyPool pool) {
    List<String> panels = pool.panels();
    String named = Lists.firstOf(panels, Limits.NAMED_PANELS, "; ");
    return "Leniency is each panel rater's mean offset from the panel's median on the topics they rated, over every"
        + " panel found in "
        + pool.from()
        + ": "
        + Plural.count(panels.size(), "panel")
        + " ("
        + named
        + "), "
        + Plural.count(pool.topics(), "topic")
        + " rated by two or more of a panel's raters."
        + (panels.size() >= 2
            ? ""
            : pool.history()
                ? " One panel is a small pool, and the panel history held no other."
                // said for whoever makes the report: the reader of the packet may not run the tool
                : " One panel is a small pool: the workbooks of past panels, given to the report"
                    + " with --panel-history, would widen it.");
  }
}
