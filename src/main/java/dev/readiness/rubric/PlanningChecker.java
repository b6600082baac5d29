package dev.readiness.rubric;

import java.util.List;
import java.util.Objects;

/**
 * Checks the planning rules: the study hours per step of the scale, and the practice hours with the
 * checklist items they tick.
 */
record PlanningChecker(RubricJson r, RubricFindings found) {
  void check() {
    if (!found.required("$.planning", r.planning()) || r.scale() == null) {
      return;
    }
    List<Double> steps = r.planning().hoursPerLevelStep();
    int expected = r.scale().max() - r.scale().min();
    if (steps == null || steps.size() != expected) {
      found.problem(
          "$.planning.hoursPerLevelStep",
          "give " + expected + " numbers of hours, one per step of the scale");
    } else {
      for (int i = 0; i < steps.size(); i++) {
        if (steps.get(i) == null || !(steps.get(i) > 0) || steps.get(i) > 1000) {
          found.problem(
              "$.planning.hoursPerLevelStep[" + i + "]", "hours must be a number above 0");
        }
      }
    }
    PlanningRules.Practice p = r.planning().practice();
    if (found.required("$.planning.practice", p)) {
      checkPractice(p);
    }
  }

  private void checkPractice(PlanningRules.Practice p) {
    if (!(p.maxShare() >= 0 && p.maxShare() <= 1)) {
      found.problem("$.planning.practice.maxShare", "maxShare must be between 0 and 1");
    }
    if (p.pepReadingHours() < 0
        || p.whiteboardHours() < 0
        || p.caseStudyHours() < 0
        || p.adrHours() < 0
        || p.mockInterviewHours() < 0
        || p.kataHours() < 0
        || p.mockInterviewWeeks() < 0) {
      found.problem("$.planning.practice", "practice hours and weeks cannot be negative");
    }
    checklistItem("$.planning.practice.caseStudyItem", p.caseStudyItem());
    checklistItem("$.planning.practice.adrItem", p.adrItem());
  }

  /** An optional reference to a checklist item, which must then exist. */
  private void checklistItem(String at, String id) {
    if (id == null || r.checklists() == null) {
      return;
    }
    List<String> items =
        r.checklists().stream()
            .filter(Objects::nonNull)
            .filter(c -> c.items() != null)
            .flatMap(c -> c.items().stream())
            .filter(Objects::nonNull)
            .map(Checklist.Item::id)
            .toList();
    if (!items.contains(id)) {
      found.problem(
          at,
          "\""
              + id
              + "\" is not a checklist item of this rubric; expected one of "
              + String.join(", ", items));
    }
  }
}
