package dev.readiness.rubric;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Checks the target roles: each names a target level and a weight for every part and skill group of
 * the rubric (and nothing else), and the default role is one of them.
 */
record RoleChecker(RubricJson r, RubricFindings found) {
  void check(Set<String> partIds, Set<String> groupIds) {
    if (!found.requiredList("$.roles", r.roles())) {
      return;
    }
    Set<String> roleIds = new LinkedHashSet<>();
    for (int i = 0; i < r.roles().size(); i++) {
      Role role = r.roles().get(i);
      String at = "$.roles[" + i + "]";
      if (found.required(at + ".id", role.id()) && found.unique(at + ".id", role.id(), "role")) {
        roleIds.add(role.id());
      }
      targets(at + ".partTargets", role.partTargets(), partIds, "part");
      targets(at + ".skillGroupTargets", role.skillGroupTargets(), groupIds, "skill group");
      if (sameKeys(at + ".partWeights", role.partWeights(), partIds, "part")) {
        role.partWeights()
            .forEach(
                (k, w) -> {
                  if (w == null || !(w > 0) || w > 100) {
                    found.problem(
                        at + ".partWeights." + k,
                        "weight " + w + " must be a number above 0 (and at most 100)");
                  }
                });
      }
    }
    if (r.defaultRole() == null || !roleIds.contains(r.defaultRole())) {
      found.problem(
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
            found.problem(
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
    if (!found.required(at, map)) {
      return false;
    }
    boolean ok = true;
    for (String k : map.keySet()) {
      if (!ids.contains(k)) {
        found.problem(
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
        found.problem(at, "no value for " + what + " " + id + "; give one for every " + what);
        ok = false;
      }
    }
    return ok;
  }
}
