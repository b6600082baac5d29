package dev.readiness.rubric;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks the interview kit's rules: the time boxes and texts for each step of the System Design
 * Interview Structure, and the optional probes, cues and recommendation choices.
 */
record KitRulesChecker(RubricJson r, RubricFindings found) {
  void check() {
    KitRules k = r.interviewKit();
    if (k == null) {
      return;
    }
    if (k.designMinutes() < 1
        || k.deepDiveMinutes() < 1
        || k.designMinutes() > 240
        || k.deepDiveMinutes() > 240) {
      found.problem(
          "$.interviewKit",
          "designMinutes and deepDiveMinutes must be whole minutes from 1 to 240");
    }
    int steps = r.systemDesignInterview() == null ? 0 : r.systemDesignInterview().size();
    if (k.stepMinutes() == null
        || k.stepMinutes().size() != steps
        || k.stepMinutes().stream().anyMatch(m -> m < 1)
        || k.stepMinutes().stream().mapToInt(Integer::intValue).sum() != k.designMinutes()) {
      found.problem(
          "$.interviewKit.stepMinutes",
          "give "
              + steps
              + " time boxes of at least 1 minute, one per step of the"
              + " System Design Interview Structure, adding up to designMinutes ("
              + k.designMinutes()
              + ")");
    }
    if (k.listenFor() == null || k.listenFor().size() != steps) {
      found.problem(
          "$.interviewKit.listenFor",
          "give " + steps + " texts, one per step of the System Design Interview" + " Structure");
    }
    checkAdditions(k, steps);
  }

  /**
   * The fields a rubric may leave out (the conventional ones apply); when given, they must make
   * sense.
   */
  private void checkAdditions(KitRules k, int steps) {
    for (Integer m : Arrays.asList(k.openingMinutes(), k.closingMinutes())) {
      if (m != null && (m < 0 || m > 60)) {
        found.problem(
            "$.interviewKit",
            "openingMinutes and closingMinutes must be whole minutes from 0 to 60");
      }
    }
    if (k.probes() != null
        && (k.probes().isEmpty()
            || k.probes().stream().anyMatch(p -> p == null || !p.contains("{point}")))) {
      found.problem(
          "$.interviewKit.probes",
          "give one or more probes, each with {point} where a key point goes");
    }
    if (k.stepCues() != null) {
      checkStepCues(k, steps);
    }
    if (k.recommendation() != null && k.recommendation().size() < 2) {
      found.problem(
          "$.interviewKit.recommendation",
          "give two or more choices, from the strongest no to the strongest" + " yes");
    }
  }

  private void checkStepCues(KitRules k, int steps) {
    if (k.stepCues().size() != steps) {
      found.problem(
          "$.interviewKit.stepCues",
          "give "
              + steps
              + " expressions, one per step of the System Design"
              + " Interview Structure (\"\" for the step that takes the other points)");
    }
    for (String cue : k.stepCues()) {
      try {
        Pattern.compile(cue == null ? "" : cue);
      } catch (PatternSyntaxException e) {
        found.problem(
            "$.interviewKit.stepCues",
            "\"" + cue + "\" is not a regular expression: " + e.getDescription());
      }
    }
  }
}
