package dev.readiness.plan;

import dev.readiness.scoring.Status;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan for the weeks up to the interview, and what it achieves if every planned step is done.
 *
 * @param hoursAvailable the hours the weeks' study dates hold
 * @param hoursPlanned the hours the weeks hold
 * @param gapCovered the share of the hours needed to close every gap to target that the plan holds
 *     (1 when there is no gap)
 * @param extraWeeksNeeded how many more weeks at these hours would cover what is left (0 when
 *     nothing is)
 * @param focus per part where the role asks for depth, the topics to take to depth
 * @param leftOut topics below target that the plan does not start at all, largest weighted gap
 *     first
 * @param leftOutHours the study hours those topics need to reach their targets
 * @param partlyPlanned topics the plan starts but does not take to their target
 * @param unfinishedHours the study hours those topics still need after the plan
 * @param startParts the parts the plan studies first, in its order: page 1 names these
 * @param practiceShare the share of the planned hours given to practice
 * @param summary the coverage or shortfall in words
 * @param upkeep true when there is no gap to close
 * @param projectedRatings every rated topic's level after the plan
 * @param projectedIndex the readiness index the scoring formula gives for the projected ratings
 * @param projectedVerdict the verdict it gives for them
 * @param projectedCoverage per part, the coverage it gives for them
 * @param achieves what the plan achieves, in words: "Following this plan takes the index from 72.5
 *     to 84.0 (…)"
 */
public record StudyPlan(
    PlanInputs inputs,
    double hoursAvailable,
    double hoursPlanned,
    double gapCovered,
    int extraWeeksNeeded,
    Map<String, List<String>> focus,
    List<String> leftOut,
    double leftOutHours,
    List<PartlyPlanned> partlyPlanned,
    double unfinishedHours,
    List<String> startParts,
    double practiceShare,
    String summary,
    boolean upkeep,
    List<Week> weeks,
    Map<String, Double> projectedRatings,
    Double projectedIndex,
    Status projectedVerdict,
    Map<String, Double> projectedCoverage,
    String achieves) {
  public StudyPlan {
    focus = Collections.unmodifiableMap(new LinkedHashMap<>(focus));
    leftOut = List.copyOf(leftOut);
    partlyPlanned = List.copyOf(partlyPlanned);
    startParts = List.copyOf(startParts);
    weeks = List.copyOf(weeks);
    projectedRatings = Collections.unmodifiableMap(new LinkedHashMap<>(projectedRatings));
    projectedCoverage = Collections.unmodifiableMap(new LinkedHashMap<>(projectedCoverage));
  }

  /**
   * A topic the plan starts but cannot finish: from its rating to the level planned, short of its
   * target.
   *
   * @param hoursLeft the study hours from the level planned to the target
   */
  public record PartlyPlanned(
      String topic, double rating, double plannedTo, int target, double hoursLeft) {}

  /** The same plan with its sentences, which are written from the plan's own figures. */
  StudyPlan withWords(String summary, String achieves) {
    return new StudyPlan(
        inputs,
        hoursAvailable,
        hoursPlanned,
        gapCovered,
        extraWeeksNeeded,
        focus,
        leftOut,
        leftOutHours,
        partlyPlanned,
        unfinishedHours,
        startParts,
        practiceShare,
        summary,
        upkeep,
        weeks,
        projectedRatings,
        projectedIndex,
        projectedVerdict,
        projectedCoverage,
        achieves);
  }

  /** True when every gap to target is closed by the plan. */
  public boolean closesEveryGap() {
    return leftOut.isEmpty() && partlyPlanned.isEmpty();
  }
}
