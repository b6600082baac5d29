package dev.readiness.rubric;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Checks what the rubric asks about: its parts, the topics in them, the skill groups and the
 * checklists; every ID present and unique, every topic in a part and every part with a topic.
 */
record ContentChecker(RubricJson r, RubricFindings found) {
  /** Checks the parts and returns the IDs of those that can be referred to. */
  Set<String> checkParts() {
    Set<String> ids = new LinkedHashSet<>();
    if (!found.requiredList("$.parts", r.parts())) {
      return ids;
    }
    for (int i = 0; i < r.parts().size(); i++) {
      Part p = r.parts().get(i);
      String at = "$.parts[" + i + "]";
      if (found.required(at + ".id", p.id()) && found.unique(at + ".id", p.id(), "part")) {
        ids.add(p.id());
      }
      found.required(at + ".title", p.title());
    }
    return ids;
  }

  void checkTopics(Set<String> partIds) {
    if (!found.requiredList("$.topics", r.topics())) {
      return;
    }
    Set<String> partsWithTopics = new LinkedHashSet<>();
    Set<Integer> numbers = new LinkedHashSet<>();
    for (int i = 0; i < r.topics().size(); i++) {
      Topic t = r.topics().get(i);
      String at = "$.topics[" + i + "]";
      if (found.required(at + ".id", t.id())) {
        found.unique(at + ".id", t.id(), "topic");
      }
      if (!numbers.add(t.number())) {
        found.problem(
            at + ".number",
            "duplicate topic number " + t.number() + "; each topic needs its own number");
      }
      if (t.part() == null || !partIds.contains(t.part())) {
        found.problem(
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
      found.required(at + ".title", t.title());
      found.required(at + ".question", t.question());
      found.nonEmptyStrings(at + ".points", t.points());
      checkAnswer(at, t);
    }
    for (String p : partIds) {
      if (!partsWithTopics.contains(p)) {
        found.problem(
            pathOfPart(p), "part " + p + " has no topics; give it at least one or remove it");
      }
    }
  }

  private void checkAnswer(String at, Topic t) {
    if (t.answer() != null && AnswerShape.of(t.answer()).isEmpty()) {
      found.problem(
          at + ".answer",
          "answer \"" + t.answer() + "\" is not known; expected " + AnswerShape.choices());
    }
    if (AnswerShape.EXPERIENCE.id().equals(t.answer()) && r.experienceStructure() == null) {
      found.problem(
          at + ".answer",
          "topic "
              + t.id()
              + " is answered from experience, but the rubric has no"
              + " experienceStructure; add one (e.g. [\"Situation\", \"Action\", \"Result\"]) or change the answer");
    }
  }

  /** Checks the skill groups and their skills; returns the IDs of the groups. */
  Set<String> checkSkillGroups() {
    Set<String> ids = new LinkedHashSet<>();
    if (!found.requiredList("$.skillGroups", r.skillGroups())) {
      return ids;
    }
    for (int i = 0; i < r.skillGroups().size(); i++) {
      SkillGroup g = r.skillGroups().get(i);
      String at = "$.skillGroups[" + i + "]";
      if (found.required(at + ".id", g.id()) && found.unique(at + ".id", g.id(), "skill group")) {
        ids.add(g.id());
      }
      if (found.requiredList(at + ".skills", g.skills())) {
        for (int j = 0; j < g.skills().size(); j++) {
          String sat = at + ".skills[" + j + "]";
          if (found.required(sat + ".id", g.skills().get(j).id())) {
            found.unique(sat + ".id", g.skills().get(j).id(), "skill");
          }
          found.required(sat + ".title", g.skills().get(j).title());
        }
      }
    }
    return ids;
  }

  void checkChecklists() {
    if (!found.requiredList("$.checklists", r.checklists())) {
      return;
    }
    for (int i = 0; i < r.checklists().size(); i++) {
      Checklist c = r.checklists().get(i);
      String at = "$.checklists[" + i + "]";
      found.required(at + ".title", c.title());
      if (found.requiredList(at + ".items", c.items())) {
        for (int j = 0; j < c.items().size(); j++) {
          String iat = at + ".items[" + j + "]";
          if (found.required(iat + ".id", c.items().get(j).id())) {
            found.unique(iat + ".id", c.items().get(j).id(), "checklist item");
          }
          found.required(iat + ".title", c.items().get(j).title());
        }
      }
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
}
