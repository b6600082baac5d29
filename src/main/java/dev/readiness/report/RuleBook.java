package dev.readiness.report;

import dev.readiness.rubric.CalibrationRules;
import dev.readiness.rubric.DepthAdvice;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.ScoringRules;
import dev.readiness.text.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Every rule a report states, worded once from the rubric's own figures: the appendix, the column
 * headings that carry a rule, the calibration's thresholds and the team summary's legend. Nothing
 * here is a literal of the default rubric, so a changed rubric gets a report that states its rules.
 *
 * @param rules the appendix: each term and how it is made
 * @param depthHeading the heading of the depth column, e.g. "Depth (level 4+)"
 * @param depthNote what the depth column means, where the table is
 * @param gapPointsNote what gap points are, where the table is
 * @param discussTitle the heading of the topics to discuss
 * @param coverageLegend the team summary's colours
 * @param gapColours how the gap cells are coloured (the thresholds of {@link Tone#ofGap})
 */
public record RuleBook(
    List<Rule> rules,
    String depthHeading,
    String depthNote,
    String gapPointsNote,
    String discussTitle,
    String coverageLegend,
    String gapColours) {
  public RuleBook {
    rules = List.copyOf(rules);
  }

  /** One term of the appendix. */
  public record Rule(String term, String text) {}

  /** The team summary's colours, from the rubric's coverage thresholds. */
  public static String coverageLegend(Rubric rubric) {
    return "Each part's cell is its coverage of the target role, coloured by the part's status: green ready"
        + " (coverage "
        + Numbers.percent(rubric.scoring().readyCoverage())
        + " or more and, where it applies, the"
        + " depth goal met), amber close ("
        + Numbers.percent(rubric.scoring().closeCoverage())
        + " or more), red"
        + " not ready, grey not rated.";
  }

  /** The index thresholds of the verdicts "close" and "ready", with their words. */
  public static List<TeamSummary.Threshold> thresholds(Rubric rubric) {
    ScoringRules s = rubric.scoring();
    return List.of(
        new TeamSummary.Threshold(
            s.closeIndex(),
            dev.readiness.scoring.Status.CLOSE,
            "Close at " + Numbers.plain(s.closeIndex(), 2)),
        new TeamSummary.Threshold(
            s.readyIndex(),
            dev.readiness.scoring.Status.READY,
            "Ready at " + Numbers.plain(s.readyIndex(), 2)));
  }

  /**
   * @param planRule how the study plan is made, or null where there is no plan (a panel's packet)
   */
  static RuleBook of(Rubric rubric, String planRule) {
    DepthAdvice d = rubric.depthAdvice();
    CalibrationRules c = rubric.calibration();
    List<Rule> rules = appendix(rubric);
    if (planRule != null) {
      rules.add(new Rule("Study plan", planRule));
    }
    return new RuleBook(
        rules,
        "Depth (level " + d.level() + "+)",
        "Depth: topics rated "
            + d.level()
            + " or more; the goal of "
            + d.minTopics()
            + " applies where the role's"
            + " target is "
            + d.level()
            + " or more.",
        "Gap points: levels below target, weighted by the part's importance for the role.",
        "To discuss: topics where the panel differs by "
            + Numbers.level(c.discussSpread())
            + " levels or more",
        coverageLegend(rubric),
        "The gap column is green at or above target, amber one level below, red two or more below, and grey where"
            + " the topic was not rated.");
  }

  /** The appendix's terms, in the order a reader meets them, each with the rubric's figures. */
  private static List<Rule> appendix(Rubric rubric) {
    return new ArrayList<>(
        List.of(
            new Rule(
                "Gap",
                "For each rated topic, the target level of its part minus the rating, or 0 when the rating"
                    + " is at or above the target. A blank rating is \"not rated\": it has no gap and is never counted as"
                    + " 0."),
            new Rule(
                "Coverage",
                "For a part or skill group, the mean over its rated topics of the rating divided by the"
                    + " target, each capped at 1, so being above target on one topic does not hide a gap on another"
                    + (rubric.scale().min() == 0
                        ? "."
                        : "; both counted from the scale's lowest level, "
                            + rubric.scale().min()
                            + ", which covers nothing.")),
            new Rule(
                "Gap points",
                "The sum of a part's gaps in levels, each multiplied by the part's weight for the"
                    + " target role: where the study hours matter most."),
            depthRule(rubric.depthAdvice()),
            statusRule(rubric.scoring()),
            indexRule(rubric.scoring()),
            verdictRule(rubric.scoring()),
            agreementRule(rubric.calibration())));
  }

  private static Rule depthRule(DepthAdvice d) {
    return new Rule(
        "Depth",
        "How many of a part's topics are rated "
            + d.level()
            + " or more. The guide advises: \""
            + d.text()
            + "\"; the goal is met with "
            + d.minTopics()
            + " and applies only where the role's target"
            + " for the part is "
            + d.level()
            + " or more.");
  }

  private static Rule statusRule(ScoringRules s) {
    return new Rule(
        "Status",
        "Ready: coverage at least "
            + Numbers.percent(s.readyCoverage())
            + " and, where the depth goal applies, the goal met."
            + " Close: coverage at least "
            + Numbers.percent(s.closeCoverage())
            + ". Otherwise not ready.");
  }

  private static Rule indexRule(ScoringRules s) {
    return new Rule(
        "Readiness index",
        "A number from 0 to 100: "
            + Numbers.percent(1 - s.skillsShare())
            + " the"
            + " weighted mean of the parts' coverage (weights from the role) and "
            + Numbers.percent(s.skillsShare())
            + " the mean coverage of the skill groups.");
  }

  private static Rule verdictRule(ScoringRules s) {
    return new Rule(
        "Verdict",
        "Ready when the index is at least "
            + Numbers.plain(s.readyIndex(), 2)
            + " and no part"
            + " is not ready; close when it is at least "
            + Numbers.plain(s.closeIndex(), 2)
            + "; otherwise not"
            + " ready.");
  }

  private static Rule agreementRule(CalibrationRules c) {
    return new Rule(
        "Panel agreement",
        "Krippendorff's alpha (ordinal) over the panel's ratings: reliable at "
            + Numbers.plain(c.reliableAlpha(), 3)
            + " or more, tentative from "
            + Numbers.plain(c.tentativeAlpha(), 3)
            + ", low below that. A topic whose panel ratings differ by "
            + Numbers.level(c.discussSpread())
            + " levels or more is put up for discussion; a self-rating or rater within "
            + Numbers.plain(c.inLineBand(), 2)
            + " levels of the panel is in line with it.");
  }
}
