package dev.readiness.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan for the weeks up to the interview.
 *
 * @param hoursAvailable weeks × hours per week
 * @param hoursPlanned the hours the weeks hold
 * @param gapCovered the share of the hours needed to close every gap to target that the plan holds (1 when there
 *     is no gap)
 * @param extraWeeksNeeded how many more weeks at these hours would cover what is left out (0 when nothing is)
 * @param focus per part, the topics to take to depth
 * @param leftOut topic IDs whose work did not fit, in priority order
 * @param summary the coverage or shortfall in words
 * @param upkeep true when there is no gap to close
 */
public record StudyPlan(PlanInputs inputs, double hoursAvailable, double hoursPlanned, double gapCovered,
    int extraWeeksNeeded, Map<String, List<String>> focus, List<String> leftOut, String summary, boolean upkeep,
    List<Week> weeks) {
  public StudyPlan {
    focus = Collections.unmodifiableMap(new LinkedHashMap<>(focus));
    leftOut = List.copyOf(leftOut);
    weeks = List.copyOf(weeks);
  }
}
