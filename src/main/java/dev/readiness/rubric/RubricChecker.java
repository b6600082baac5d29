package dev.readiness.rubric;

import dev.readiness.problem.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The checks a parsed rubric must pass before it is used; collects every problem rather than the
 * first. This class checks the rubric's frame (version, scale, depth advice, the texts) and hands
 * each section to the checker for it, in the order of the file, so problems read top to bottom.
 */
final class RubricChecker {
  static final int FORMAT_VERSION = 1;

  private final RubricJson r;
  private final RubricFindings found;

  RubricChecker(RubricJson r, JsonLines lines, String name) {
    this.r = r;
    this.found = new RubricFindings(lines, name);
  }

  List<Problem> check() {
    if (!Objects.equals(r.formatVersion(), FORMAT_VERSION)) {
      found.problem(
          "$.formatVersion",
          "format version is "
              + r.formatVersion()
              + "; this readiness reads version "
              + FORMAT_VERSION);
    }
    found.required("$.id", r.id());
    found.required("$.title", r.title());
    if (found.required("$.scale", r.scale())) {
      checkScale();
    }
    ContentChecker content = new ContentChecker(r, found);
    Set<String> partIds = content.checkParts();
    content.checkTopics(partIds);
    Set<String> groupIds = content.checkSkillGroups();
    content.checkChecklists();
    new RoleChecker(r, found).check(partIds, groupIds);
    VerdictRulesChecker verdicts = new VerdictRulesChecker(r, found);
    verdicts.checkScoring();
    verdicts.checkCalibration();
    new KitRulesChecker(r, found).check();
    new PlanningChecker(r, found).check();
    checkDepthAdvice();
    found.nonEmptyStrings("$.systemDesignInterview", r.systemDesignInterview());
    found.nonEmptyStrings("$.decisionFramework", r.decisionFramework());
    if (r.experienceStructure() != null) {
      found.nonEmptyStrings("$.experienceStructure", r.experienceStructure());
    }
    found.requiredList("$.continuousLearning", r.continuousLearning());
    return found.problems();
  }

  private void checkScale() {
    Scale s = r.scale();
    if (s.min() < 0 || s.max() <= s.min() || s.max() > 100) {
      found.problem(
          "$.scale", "the scale must run from a whole number of 0 or more up to a larger one");
      return;
    }
    List<Scale.Level> levels = s.levels();
    if (levels == null || levels.size() != s.max() - s.min() + 1) {
      found.problem(
          "$.scale.levels",
          "the scale needs one level per step from " + s.min() + " to " + s.max());
      return;
    }
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).level() != s.min() + i) {
        found.problem(
            "$.scale.levels[" + i + "].level",
            "expected level "
                + (s.min() + i)
                + ", found "
                + levels.get(i).level()
                + "; list the levels in order");
      }
      found.required("$.scale.levels[" + i + "].descriptor", levels.get(i).descriptor());
    }
  }

  private void checkDepthAdvice() {
    if (!found.required("$.depthAdvice", r.depthAdvice()) || r.scale() == null) {
      return;
    }
    DepthAdvice d = r.depthAdvice();
    if (d.level() < r.scale().min() || d.level() > r.scale().max()) {
      found.problem(
          "$.depthAdvice.level", "level " + d.level() + " is off the scale " + r.scale().range());
    }
    if (d.minTopics() < 1 || d.maxTopics() < d.minTopics()) {
      found.problem(
          "$.depthAdvice.minTopics", "minTopics must be at least 1 and no more than maxTopics");
    }
  }
}
