package dev.readiness.plan;

import dev.readiness.rubric.PlanningRules;
import dev.readiness.rubric.Rubric;
import dev.readiness.text.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * How the planner works, in words, with the rubric's own figures: the report's appendix states it
 * as applied.
 */
final class PlanRule {
  private PlanRule() {}

  static String of(Rubric rubric) {
    PlanningRules.Practice p = rubric.planning().practice();
    List<String> steps = new ArrayList<>();
    List<Double> hours = rubric.planning().hoursPerLevelStep();
    for (int i = 0; i < hours.size(); i++) {
      steps.add(
          (rubric.scale().min() + i)
              + "→"
              + (rubric.scale().min() + i + 1)
              + ": "
              + Numbers.hours(hours.get(i)));
    }
    int mock = p.mockInterviewWeeks();
    return "Climbing a level costs "
        + String.join(", ", steps)
        + " hours for the successive steps of the scale."
        + " A week's hours are spread over its study days: a week with days off, or the part week before the"
        + " interview, holds only the share of its study days, and the interview day is free. Each week gives at"
        + " most "
        + Numbers.percent(p.maxShare())
        + " of its hours to practice (an upkeep plan, with no gap to"
        + " close, is all practice): mock interviews in the last "
        + (mock == 1 ? "week" : mock + " weeks")
        + " on the parts page 1 names, case studies in week 1 and decision records in week 2 (unless the"
        + " checklist marks them done), a kata every fourth week (in place of the whiteboard when both do not"
        + " fit), PEP reading and whiteboard practice weekly; a routine that does not fit is named in its week."
        + " Whiteboard practice takes the question of a topic already studied, never the same one twice in a row,"
        + " and follows the answer shape of that question: the System Design Interview Structure for design"
        + " questions, the Architecture Decision Framework for choices and processes, situation, action and result"
        + " for leading people. With the hours left, the plan chooses the level steps that raise the readiness"
        + " index at the interview the most (an exact choice, not a rule of thumb), studies them part by part in"
        + " the order page 1 names the parts, takes the focus topics to depth where the role asks for depth, and"
        + " starts on further steps with what is left. A week carries on with the topic the last one ended on and"
        + " holds as few topics as its hours allow; a topic's work comes in blocks of at least an hour, but for its"
        + " last piece and a week's last half-hour, which starts the next topic rather than sit idle. No hour is"
        + " left free while a gap remains; a week with hours free says why.";
  }
}
