package dev.readiness.rubric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/** A checked rubric, with its parts, topics and skills in the guide's order and looked up by ID. */
public final class Rubric {
  /**
   * How many hex digits of the SHA-256 the pages print: enough to tell two rubrics apart at a
   * glance.
   */
  static final int SHORT_DIGEST = 12;

  private final RubricJson data;
  private final String sha256;
  private final boolean modified;
  private final Map<String, Part> parts = new LinkedHashMap<>();
  private final Map<String, Topic> topics = new LinkedHashMap<>();
  private final Map<String, List<Topic>> topicsByPart = new LinkedHashMap<>();
  private final Map<String, SkillGroup.Skill> skills = new LinkedHashMap<>();
  private final Map<String, Role> roles = new LinkedHashMap<>();
  private final Map<String, Integer> topicOrder = new LinkedHashMap<>();

  /**
   * @param sha256 the SHA-256 of the rubric file's bytes, in lower-case hex: what {@code sha256sum}
   *     prints for it
   * @param modified the rubric carries the default rubric's ID but is not its file
   */
  Rubric(RubricJson data, String sha256, boolean modified) {
    this.data = data;
    this.sha256 = sha256;
    this.modified = modified;
    data.parts().forEach(p -> parts.put(p.id(), p));
    data.parts().forEach(p -> topicsByPart.put(p.id(), new ArrayList<>()));
    for (Topic t : data.topics()) {
      topicOrder.put(t.id(), topics.size());
      topics.put(t.id(), t);
      topicsByPart.get(t.part()).add(t);
    }
    topicsByPart.replaceAll((k, v) -> List.copyOf(v));
    for (SkillGroup g : data.skillGroups()) {
      for (SkillGroup.Skill s : g.skills()) {
        skills.put(s.id(), s);
      }
    }
    data.roles().forEach(r -> roles.put(r.id(), r));
  }

  public String id() {
    return data.id();
  }

  public String title() {
    return data.title();
  }

  /**
   * The SHA-256 of the rubric file as read, lower-case hex (64 digits): {@code sha256sum} prints
   * the same.
   */
  public String sha256() {
    return sha256;
  }

  /** True when the rubric carries the default rubric's ID but is not the default rubric's file. */
  public boolean modified() {
    return modified;
  }

  /**
   * The rubric as every provenance line names it: "python-architect-2026 (SHA-256 3f2a9c1b0d4e)",
   * or "python-architect-2026, modified (SHA-256 …)" for a changed copy of the default rubric that
   * kept its ID, so two rubrics with one ID can be told apart.
   */
  public String reference() {
    return id()
        + (modified ? ", modified" : "")
        + " (SHA-256 "
        + sha256.substring(0, SHORT_DIGEST)
        + ")";
  }

  public Scale scale() {
    return data.scale();
  }

  public List<Part> parts() {
    return data.parts();
  }

  public Part part(String id) {
    return lookup(parts, id, "part");
  }

  public List<Topic> topics() {
    return data.topics();
  }

  public Topic topic(String id) {
    return lookup(topics, id, "topic");
  }

  /** Position of the topic in the guide, for deterministic tie-breaks. */
  public int orderOf(String topicId) {
    return topicOrder.get(topicId);
  }

  public List<Topic> topicsOf(String partId) {
    return topicsByPart.get(partId);
  }

  public List<SkillGroup> skillGroups() {
    return data.skillGroups();
  }

  public boolean hasTopic(String id) {
    return topics.containsKey(id);
  }

  public boolean hasSkill(String id) {
    return skills.containsKey(id);
  }

  public SkillGroup.Skill skill(String id) {
    return lookup(skills, id, "skill");
  }

  public List<Checklist> checklists() {
    return data.checklists();
  }

  /** Every checklist item, keyed by ID, with the checklist it belongs to. */
  public Map<String, Checklist> checklistOfItem() {
    Map<String, Checklist> out = new LinkedHashMap<>();
    data.checklists().forEach(c -> c.items().forEach(i -> out.put(i.id(), c)));
    return out;
  }

  public List<Role> roles() {
    return data.roles();
  }

  public boolean hasRole(String id) {
    return roles.containsKey(id);
  }

  public Role role(String id) {
    return lookup(roles, id, "role");
  }

  public Role defaultRole() {
    return role(data.defaultRole());
  }

  /** "senior, lead, principal": the valid role IDs, as messages list them. */
  public String roleIds() {
    return String.join(", ", roles.keySet());
  }

  public ScoringRules scoring() {
    return data.scoring();
  }

  /** The calibration section, or the conventional values when the rubric has none. */
  public CalibrationRules calibration() {
    return data.calibration() == null ? CalibrationRules.CONVENTIONAL : data.calibration();
  }

  /**
   * The interview kit's rules, the conventional ones for the section or any field the rubric leaves
   * out.
   */
  public KitRules interviewKit() {
    return data.interviewKit() == null ? KitRules.CONVENTIONAL : data.interviewKit().withDefaults();
  }

  public PlanningRules planning() {
    return data.planning();
  }

  public DepthAdvice depthAdvice() {
    return data.depthAdvice();
  }

  public List<String> systemDesignInterview() {
    return data.systemDesignInterview();
  }

  public List<String> decisionFramework() {
    return data.decisionFramework();
  }

  /**
   * The steps of an answer from experience (situation, action, result), or an empty list when none
   * is given.
   */
  public List<String> experienceStructure() {
    return data.experienceStructure() == null ? List.of() : data.experienceStructure();
  }

  /** The steps an answer of this shape follows, from the rubric. */
  public List<String> answerSteps(AnswerShape shape) {
    return switch (shape) {
      case DESIGN -> systemDesignInterview();
      case DECISION -> decisionFramework();
      case EXPERIENCE -> experienceStructure();
    };
  }

  public List<Cadence> continuousLearning() {
    return data.continuousLearning();
  }

  public List<String> preparationAdvice() {
    return data.preparationAdvice();
  }

  /** Topic IDs in the guide's order. */
  public List<String> topicIds() {
    return Collections.unmodifiableList(new ArrayList<>(topics.keySet()));
  }

  @Override
  public String toString() {
    return "Rubric["
        + id()
        + ", "
        + topics.size()
        + " topics, roles "
        + roles.keySet().stream().collect(Collectors.joining(", "))
        + "]";
  }

  private static <T> T lookup(Map<String, T> map, String id, String what) {
    T value = map.get(id);
    if (value == null) {
      throw new NoSuchElementException("no " + what + " \"" + id + "\" in this rubric");
    }
    return value;
  }
}
