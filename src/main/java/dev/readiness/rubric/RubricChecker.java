package dev.readiness.rubric;

import dev.readiness.problem.Location;
import dev.readiness.problem.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The checks a parsed rubric must pass before it is used; collects every problem rather than the
 * first.
 */
final class RubricChecker {
  static final int FORMAT_VERSION = 1;

  private final RubricJson r;
  private final JsonLines lines;
  private final String name;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, String> seenIds = new HashMap<>();

  RubricChecker(RubricJson r, JsonLines lines, String name) {
    this.r = r;
    this.lines = lines;
    this.name = name;
  }

  List<Problem> check() {
    if (!Objects.equals(r.formatVersion(), FORMAT_VERSION)) {
      problem(
          "$.formatVersion",
          "format version is "
              + r.formatVersion()
              + "; this readiness reads version "
              + FORMAT_VERSION);
    }
    required("$.id", r.id());
    required("$.title", r.title());
    if (required("$.scale", r.scale())) {
      checkScale();
    }
    Set<String> partIds = checkParts();
    checkTopics(partIds);
    Set<String> groupIds = checkSkillGroups();
    checkChecklists();
    checkRoles(partIds, groupIds);
    checkScoring();
    checkCalibration();
    checkKit();
    checkPlanning();
    if (required("$.depthAdvice", r.depthAdvice()) && r.scale() != null) {
      DepthAdvice d = r.depthAdvice();
      onScale("$.depthAdvice.level", d.level());
      if (d.minTopics() < 1 || d.maxTopics() < d.minTopics()) {
        problem(
            "$.depthAdvice.minTopics", "minTopics must be at least 1 and no more than maxTopics");
      }
    }
    nonEmptyStrings("$.systemDesignInterview", r.systemDesignInterview());
    nonEmptyStrings("$.decisionFramework", r.decisionFramework());
    if (r.experienceStructure() != null) {
      nonEmptyStrings("$.experienceStructure", r.experienceStructure());
    }
    requiredList("$.continuousLearning", r.continuousLearning());
    return problems;
  }

  private void checkScale() {
    Scale s = r.scale();
    if (s.min() < 0 || s.max() <= s.min() || s.max() > 100) {
      problem("$.scale", "the scale must run from a whole number of 0 or more up to a larger one");
      return;
    }
    List<Scale.Level> levels = s.levels();
    if (levels == null || levels.size() != s.max() - s.min() + 1) {
      problem(
          "$.scale.levels",
          "the scale needs one level per step from " + s.min() + " to " + s.max());
      return;
    }
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).level() != s.min() + i) {
        problem(
            "$.scale.levels[" + i + "].level",
            "expected level "
                + (s.min() + i)
                + ", found "
                + levels.get(i).level()
                + "; list the levels in order");
      }
      required("$.scale.levels[" + i + "].descriptor", levels.get(i).descriptor());
    }
  }

  private Set<String> checkParts() {
    Set<String> ids = new LinkedHashSet<>();
    if (!requiredList("$.parts", r.parts())) {
      return ids;
    }
    for (int i = 0; i < r.parts().size(); i++) {
      Part p = r.parts().get(i);
      String at = "$.parts[" + i + "]";
      if (required(at + ".id", p.id()) && unique(at + ".id", p.id(), "part")) {
        ids.add(p.id());
      }
      required(at + ".title", p.title());
    }
    return ids;
  }

  private void checkTopics(Set<String> partIds) {
    if (!requiredList("$.topics", r.topics())) {
      return;
    }
    Set<String> partsWithTopics = new LinkedHashSet<>();
    Set<Integer> numbers = new LinkedHashSet<>();
    for (int i = 0; i < r.topics().size(); i++) {
      Topic t = r.topics().get(i);
      String at = "$.topics[" + i + "]";
      if (required(at + ".id", t.id())) {
        unique(at + ".id", t.id(), "topic");
      }
      if (!numbers.add(t.number())) {
        problem(
            at + ".number",
            "duplicate topic number " + t.number() + "; each topic needs its own number");
      }
      if (t.part() == null || !partIds.contains(t.part())) {
        problem(
            at + ".part",
            "topic "
                + t.id()
                + " is in no part: \""
                + t.part()
                + "\" is not a part of this rubric; expected one of "
                + String.join(", ", partIds));
      } else {
        partsWithTopics.add(t.part());
      }
      required(at + ".title", t.title());
      required(at + ".question", t.question());
      nonEmptyStrings(at + ".points", t.points());
      if (t.answer() != null && AnswerShape.of(t.answer()).isEmpty()) {
        problem(
            at + ".answer",
            "answer \"" + t.answer() + "\" is not known; expected " + AnswerShape.choices());
      }
      if (AnswerShape.EXPERIENCE.id().equals(t.answer()) && r.experienceStructure() == null) {
        problem(
            at + ".answer",
            "topic "
                + t.id()
                + " is answered from experience, but the rubric has no"
                + " experienceStructure; add one (e.g. [\"Situation\", \"Action\", \"Result\"]) or change the answer");
      }
    }
    for (String p : partIds) {
      if (!partsWithTopics.contains(p)) {
        problem(pathOfPart(p), "part " + p + " has no topics; give it at least one or remove it");
      }
    }
  }

  private Set<String> checkSkillGroups() {
    Set<String> ids = new LinkedHashSet<>();
    if (!requiredList("$.skillGroups", r.skillGroups())) {
      return ids;
    }
    for (int i = 0; i < r.skillGroups().size(); i++) {
      SkillGroup g = r.skillGroups().get(i);
      String at = "$.skillGroups[" + i + "]";
      if (required(at + ".id", g.id()) && unique(at + ".id", g.id(), "skill group")) {
        ids.add(g.id());
      }
      if (requiredList(at + ".skills", g.skills())) {
        for (int j = 0; j < g.skills().size(); j++) {
          String sat = at + ".skills[" + j + "]";
          if (required(sat + ".id", g.skills().get(j).id())) {
            unique(sat + ".id", g.skills().get(j).id(), "skill");
          }
          required(sat + ".title", g.skills().get(j).title());
        }
      }
    }
    return ids;
  }

  private void checkChecklists() {
    if (!requiredList("$.checklists", r.checklists())) {
      return;
    }
    for (int i = 0; i < r.checklists().size(); i++) {
      Checklist c = r.checklists().get(i);
      String at = "$.checklists[" + i + "]";
      required(at + ".title", c.title());
      if (requiredList(at + ".items", c.items())) {
        for (int j = 0; j < c.items().size(); j++) {
          String iat = at + ".items[" + j + "]";
          if (required(iat + ".id", c.items().get(j).id())) {
            unique(iat + ".id", c.items().get(j).id(), "checklist item");
          }
          required(iat + ".title", c.items().get(j).title());
        }
      }
    }
  }

  private void checkRoles(Set<String> partIds, Set<String> groupIds) {
    if (!requiredList("$.roles", r.roles())) {
      return;
    }
    Set<String> roleIds = new LinkedHashSet<>();
    for (int i = 0; i < r.roles().size(); i++) {
      Role role = r.roles().get(i);
      String at = "$.roles[" + i + "]";
      if (required(at + ".id", role.id()) && unique(at + ".id", role.id(), "role")) {
        roleIds.add(role.id());
      }
      targets(at + ".partTargets", role.partTargets(), partIds, "part");
      targets(at + ".skillGroupTargets", role.skillGroupTargets(), groupIds, "skill group");
      if (sameKeys(at + ".partWeights", role.partWeights(), partIds, "part")) {
        role.partWeights()
            .forEach(
                (k, w) -> {
                  if (w == null || !(w > 0) || w > 100) {
                    problem(
                        at + ".partWeights." + k,
                        "weight " + w + " must be a number above 0 (and at most 100)");
                  }
                });
      }
    }
    if (r.defaultRole() == null || !roleIds.contains(r.defaultRole())) {
      problem(
          "$.defaultRole",
          "default role \""
              + r.defaultRole()
              + "\" is not a role of this rubric; expected one of "
              + String.join(", ", roleIds));
    }
  }

  private void targets(String at, Map<String, Integer> targets, Set<String> ids, String what) {
    if (!sameKeys(at, targets, ids, what) || r.scale() == null) {
      return;
    }
    targets.forEach(
        (k, v) -> {
          if (v == null || v <= r.scale().min() || v > r.scale().max()) {
            problem(
                at + "." + k,
                "target "
                    + v
                    + " is off the scale; a target is a level from "
                    + (r.scale().min() + 1)
                    + " to "
                    + r.scale().max());
          }
        });
  }

  private boolean sameKeys(String at, Map<String, ?> map, Set<String> ids, String what) {
    if (!required(at, map)) {
      return false;
    }
    boolean ok = true;
    for (String k : map.keySet()) {
      if (!ids.contains(k)) {
        problem(
            at + "." + k,
            "\""
                + k
                + "\" is not a "
                + what
                + " of this rubric; expected one of "
                + String.join(", ", ids));
        ok = false;
      }
    }
    for (String id : ids) {
      if (!map.containsKey(id)) {
        problem(at, "no value for " + what + " " + id + "; give one for every " + what);
        ok = false;
      }
    }
    return ok;
  }

  private void checkScoring() {
    if (!required("$.scoring", r.scoring())) {
      return;
    }
    ScoringRules s = r.scoring();
    if (!(s.closeCoverage() > 0
        && s.closeCoverage() <= s.readyCoverage()
        && s.readyCoverage() <= 1)) {
      problem("$.scoring", "coverages must satisfy 0 < closeCoverage <= readyCoverage <= 1");
    }
    if (!(s.skillsShare() >= 0 && s.skillsShare() < 1)) {
      problem("$.scoring.skillsShare", "skillsShare must be at least 0 and below 1");
    }
    if (!(s.closeIndex() > 0 && s.closeIndex() <= s.readyIndex() && s.readyIndex() <= 100)) {
      problem("$.scoring", "indexes must satisfy 0 < closeIndex <= readyIndex <= 100");
    }
  }

  private void checkKit() {
    KitRules k = r.interviewKit();
    if (k == null) {
      return;
    }
    if (k.designMinutes() < 1
        || k.deepDiveMinutes() < 1
        || k.designMinutes() > 240
        || k.deepDiveMinutes() > 240) {
      problem(
          "$.interviewKit",
          "designMinutes and deepDiveMinutes must be whole minutes from 1 to 240");
    }
    int steps = r.systemDesignInterview() == null ? 0 : r.systemDesignInterview().size();
    if (k.stepMinutes() == null
        || k.stepMinutes().size() != steps
        || k.stepMinutes().stream().anyMatch(m -> m < 1)
        || k.stepMinutes().stream().mapToInt(Integer::intValue).sum() != k.designMinutes()) {
      problem(
          "$.interviewKit.stepMinutes",
          "give "
              + steps
              + " time boxes of at least 1 minute, one per step of the"
              + " System Design Interview Structure, adding up to designMinutes ("
              + k.designMinutes()
              + ")");
    }
    if (k.listenFor() == null || k.listenFor().size() != steps) {
      problem(
          "$.interviewKit.listenFor",
          "give " + steps + " texts, one per step of the System Design Interview" + " Structure");
    }
    checkKitAdditions(k, steps);
  }

  /**
   * The fields a rubric may leave out (the conventional ones apply); when given, they must make
   * sense.
   */
  private void checkKitAdditions(KitRules k, int steps) {
    for (Integer m : java.util.Arrays.asList(k.openingMinutes(), k.closingMinutes())) {
      if (m != null && (m < 0 || m > 60)) {
        problem(
            "$.interviewKit",
            "openingMinutes and closingMinutes must be whole minutes from 0 to 60");
      }
    }
    if (k.probes() != null
        && (k.probes().isEmpty()
            || k.probes().stream().anyMatch(p -> p == null || !p.contains("{point}")))) {
      problem(
          "$.interviewKit.probes",
          "give one or more probes, each with {point} where a key point goes");
    }
    if (k.stepCues() != null) {
      if (k.stepCues().size() != steps) {
        problem(
            "$.interviewKit.stepCues",
            "give "
                + steps
                + " expressions, one per step of the System Design"
                + " Interview Structure (\"\" for the step that takes the other points)");
      }
      for (String cue : k.stepCues()) {
        try {
          java.util.regex.Pattern.compile(cue == null ? "" : cue);
        } catch (java.util.regex.PatternSyntaxException e) {
          problem(
              "$.interviewKit.stepCues",
              "\"" + cue + "\" is not a regular expression: " + e.getDescription());
        }
      }
    }
    if (k.recommendation() != null && k.recommendation().size() < 2) {
      problem(
          "$.interviewKit.recommendation",
          "give two or more choices, from the strongest no to the strongest" + " yes");
    }
  }

  private void checkCalibration() {
    CalibrationRules c = r.calibration();
    if (c == null) {
      return;
    }
    if (!(c.tentativeAlpha() > 0
        && c.tentativeAlpha() <= c.reliableAlpha()
        && c.reliableAlpha() <= 1)) {
      problem("$.calibration", "alphas must satisfy 0 < tentativeAlpha <= reliableAlpha <= 1");
    }
    if (!(c.discussSpread() > 0)
        || (r.scale() != null && c.discussSpread() > r.scale().max() - r.scale().min())) {
      problem(
          "$.calibration.discussSpread",
          "discussSpread must be above 0 and no more than the scale's range");
    }
    if (!(c.inLineBand() >= 0 && c.inLineBand() < 1)) {
      problem("$.calibration.inLineBand", "inLineBand must be at least 0 and below 1 level");
    }
  }

  private void checkPlanning() {
    if (!required("$.planning", r.planning()) || r.scale() == null) {
      return;
    }
    List<Double> steps = r.planning().hoursPerLevelStep();
    int expected = r.scale().max() - r.scale().min();
    if (steps == null || steps.size() != expected) {
      problem(
          "$.planning.hoursPerLevelStep",
          "give " + expected + " numbers of hours, one per step of the scale");
    } else {
      for (int i = 0; i < steps.size(); i++) {
        if (steps.get(i) == null || !(steps.get(i) > 0) || steps.get(i) > 1000) {
          problem("$.planning.hoursPerLevelStep[" + i + "]", "hours must be a number above 0");
        }
      }
    }
    PlanningRules.Practice p = r.planning().practice();
    if (required("$.planning.practice", p)) {
      if (!(p.maxShare() >= 0 && p.maxShare() <= 1)) {
        problem("$.planning.practice.maxShare", "maxShare must be between 0 and 1");
      }
      if (p.pepReadingHours() < 0
          || p.whiteboardHours() < 0
          || p.caseStudyHours() < 0
          || p.adrHours() < 0
          || p.mockInterviewHours() < 0
          || p.kataHours() < 0
          || p.mockInterviewWeeks() < 0) {
        problem("$.planning.practice", "practice hours and weeks cannot be negative");
      }
      checklistItem("$.planning.practice.caseStudyItem", p.caseStudyItem());
      checklistItem("$.planning.practice.adrItem", p.adrItem());
    }
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
      problem(
          at,
          "\""
              + id
              + "\" is not a checklist item of this rubric; expected one of "
              + String.join(", ", items));
    }
  }

  private void onScale(String at, int level) {
    if (level < r.scale().min() || level > r.scale().max()) {
      problem(at, "level " + level + " is off the scale " + r.scale().range());
    }
  }

  private String pathOfPart(String id) {
    for (int i = 0; i < r.parts().size(); i++) {
      if (id.equals(r.parts().get(i).id())) {
        return "$.parts[" + i + "]";
      }
    }
    return "$.parts";
  }

  private boolean unique(String at, String id, String what) {
    String before = seenIds.putIfAbsent(id, at);
    if (before != null) {
      problem(
          at,
          "duplicate ID \""
              + id
              + "\" ("
              + what
              + "): it is already used at "
              + before
              + " (line "
              + lines.lineOf(before)
              + "); every ID must be unique");
      return false;
    }
    return true;
  }

  private boolean required(String at, Object value) {
    if (value == null || (value instanceof String && ((String) value).isBlank())) {
      problem(at, "required field is missing or empty");
      return false;
    }
    return true;
  }

  private boolean requiredList(String at, Collection<?> list) {
    if (list == null || list.isEmpty()) {
      problem(at, "required list is missing or empty");
      return false;
    }
    return true;
  }

  private void nonEmptyStrings(String at, List<String> list) {
    if (requiredList(at, list)) {
      for (int i = 0; i < list.size(); i++) {
        required(at + "[" + i + "]", list.get(i));
      }
    }
  }

  private void problem(String at, String message) {
    problems.add(Problem.error(name, Location.line(lines.lineOf(at), at), message));
  }
}
