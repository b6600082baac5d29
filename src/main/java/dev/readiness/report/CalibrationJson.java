package dev.readiness.report;

import static dev.readiness.text.Numbers.decimal;

import dev.readiness.calibration.Agreement;
import dev.readiness.calibration.Calibration;
import dev.readiness.text.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A panel's calibration as the JSON report holds it (the object "calibration"): the calibrator's
 * figures rounded as the JSON shows them, with the readings in words from the {@link
 * CalibrationView}.
 */
public record CalibrationJson(
    List<RaterJson> raters,
    AlphaJson alpha,
    String leniencyNote,
    List<DisagreementJson> disagreements,
    Map<String, BigDecimal> selfBias,
    Map<String, String> selfBiasReading,
    List<String> summary,
    List<TopicRatingsJson> topics) {
  /** The agreement is measured on the ordinal scale: a 4 is further from a 1 than from a 3. */
  static final String METRIC = "ordinal";

  public CalibrationJson {
    raters = List.copyOf(raters);
    disagreements = List.copyOf(disagreements);
    selfBias = Views.ordered(selfBias);
    selfBiasReading = Views.ordered(selfBiasReading);
    summary = List.copyOf(summary);
    topics = List.copyOf(topics);
  }

  /**
   * A rater and their leniency across the run.
   *
   * @param leniency null for the self-rating and for a rater who shares no topic with another
   */
  public record RaterJson(
      String name,
      String role,
      String source,
      BigDecimal leniency,
      int leniencyTopics,
      int leniencyCandidates,
      String leniencyReading) {}

  /**
   * Krippendorff's alpha, overall and per part; a reason is given only where the overall figure is
   * undefined.
   */
  public sealed interface AlphaJson permits Alpha, UndefinedAlpha {}

  public record Alpha(
      BigDecimal overall,
      String band,
      String meaning,
      String metric,
      Map<String, BigDecimal> byPart,
      Map<String, String> byPartBand,
      List<String> lowParts,
      IntervalJson interval,
      Map<String, IntervalJson> byPartInterval,
      Map<String, String> byPartVerdict,
      BootstrapJson bootstrap)
      implements AlphaJson {
    public Alpha {
      byPart = Views.ordered(byPart);
      byPartBand = Views.ordered(byPartBand);
      lowParts = List.copyOf(lowParts);
    }
  }

  /**
   * An alpha that cannot be worked out, with the reason.
   *
   * @param overall always null: there is no figure
   */
  public record UndefinedAlpha(
      BigDecimal overall,
      String reason,
      String band,
      String meaning,
      String metric,
      Map<String, BigDecimal> byPart,
      Map<String, String> byPartBand,
      List<String> lowParts,
      IntervalJson interval,
      Map<String, IntervalJson> byPartInterval,
      Map<String, String> byPartVerdict,
      BootstrapJson bootstrap)
      implements AlphaJson {
    public UndefinedAlpha {
      byPart = Views.ordered(byPart);
      byPartBand = Views.ordered(byPartBand);
      lowParts = List.copyOf(lowParts);
    }
  }

  /**
   * An alpha's bootstrap interval: its ends, the tentative bound and the share of resamples below
   * it.
   */
  public record IntervalJson(
      BigDecimal low, BigDecimal high, BigDecimal bound, BigDecimal belowBound) {
    static IntervalJson of(dev.readiness.calibration.Interval i) {
      // the ends as the pages print them; the chance below is a share, to four places like every
      // share
      return i == null
          ? null
          : new IntervalJson(
              Numbers.fixedValue(i.low(), Agreement.INTERVAL_DECIMALS),
              Numbers.fixedValue(i.high(), Agreement.INTERVAL_DECIMALS),
              decimal(i.bound(), 4),
              decimal(i.belowBound(), 4));
    }
  }

  /** How the intervals are made: resamples, seed, level, and the note the PDF prints. */
  public record BootstrapJson(int resamples, long seed, BigDecimal level, String note) {}

  public record DisagreementJson(String topic, BigDecimal spread, Map<String, BigDecimal> ratings) {
    public DisagreementJson {
      ratings = Views.ordered(ratings);
    }
  }

  public record TopicRatingsJson(
      String topic,
      Map<String, BigDecimal> ratings,
      BigDecimal self,
      BigDecimal median,
      BigDecimal mean,
      BigDecimal spread) {
    public TopicRatingsJson {
      ratings = Views.ordered(ratings);
    }
  }

  static CalibrationJson of(Calibration c, CalibrationView v) {
    Map<String, String> selfReading = new LinkedHashMap<>();
    v.self().forEach(row -> selfReading.put(row.part(), row.reading()));
    return new CalibrationJson(
        raters(c, v),
        agreement(c, v),
        v.leniencyNote(),
        c.disagreements().stream()
            .map(
                d ->
                    new DisagreementJson(
                        d.topic(), decimal(d.spread(), 1), Views.decimals(d.ratings(), 1)))
            .toList(),
        Views.decimals(c.selfBias(), 3),
        selfReading,
        v.summaryLines(),
        c.topics().stream()
            .map(
                t ->
                    new TopicRatingsJson(
                        t.topic(),
                        Views.decimals(t.panel(), 1),
                        decimal(t.self(), 1),
                        decimal(t.median(), 1),
                        decimal(t.mean(), 3),
                        decimal(t.spread(), 1)))
            .toList());
  }

  /** Each rater with their leniency: the figures rounded, the reading the view words. */
  private static List<RaterJson> raters(Calibration c, CalibrationView v) {
    List<RaterJson> raters = new ArrayList<>();
    for (int i = 0; i < c.raters().size(); i++) {
      Calibration.Rater r = c.raters().get(i);
      Calibration.Leniency l = r.leniency();
      raters.add(
          new RaterJson(
              r.name(),
              r.role().label(),
              r.source(),
              l == null ? null : decimal(l.offset(), 3),
              l == null ? 0 : l.topics(),
              l == null ? 0 : l.candidates(),
              v.raters().get(i).leniency()));
    }
    return raters;
  }

  /** The agreement, overall and per part; an undefined overall alpha carries its reason. */
  private static AlphaJson agreement(Calibration c, CalibrationView v) {
    Map<String, BigDecimal> byPart = new LinkedHashMap<>();
    c.byPart().forEach((part, a) -> byPart.put(part, alpha(a)));
    Map<String, String> bands = new LinkedHashMap<>();
    c.agreement().byPart().forEach((part, b) -> bands.put(part, b.id()));
    BigDecimal overall = alpha(c.overall());
    String band = c.agreement().overall().id();
    String meaning = v.agreementMeaning();
    List<String> low = c.agreement().lowParts();
    IntervalJson interval = IntervalJson.of(c.overall().interval());
    Map<String, IntervalJson> intervals = new LinkedHashMap<>();
    c.byPart().forEach((part, a) -> intervals.put(part, IntervalJson.of(a.interval())));
    Map<String, String> verdicts = new LinkedHashMap<>();
    v.agreement().forEach(row -> verdicts.put(row.part(), row.verdict()));
    BootstrapJson bootstrap =
        new BootstrapJson(
            dev.readiness.calibration.Bootstrap.RESAMPLES,
            dev.readiness.calibration.Bootstrap.SEED,
            decimal(dev.readiness.calibration.Bootstrap.LEVEL, 2),
            v.intervalNote());
    return c.overall().defined()
        ? new Alpha(
            overall, band, meaning, METRIC, byPart, bands, low, interval, intervals, verdicts,
            bootstrap)
        : new UndefinedAlpha(
            overall,
            c.overall().reason(),
            band,
            meaning,
            METRIC,
            byPart,
            bands,
            low,
            interval,
            intervals,
            verdicts,
            bootstrap);
  }

  /** An alpha with the places the pages print it with (0.880), or null when it is undefined. */
  private static BigDecimal alpha(dev.readiness.calibration.Alpha a) {
    return Numbers.fixedValue(a.value(), Agreement.ALPHA_DECIMALS);
  }
}
