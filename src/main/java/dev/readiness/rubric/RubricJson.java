package dev.readiness.rubric;

import java.util.List;

/**
 * The rubric file as written, before it is checked; Jackson fills it and refuses unknown fields.
 */
record RubricJson(
    Integer formatVersion,
    String id,
    String title,
    String language,
    Scale scale,
    List<Role> roles,
    String defaultRole,
    ScoringRules scoring,
    CalibrationRules calibration,
    KitRules interviewKit,
    PlanningRules planning,
    DepthAdvice depthAdvice,
    List<Part> parts,
    List<Topic> topics,
    List<SkillGroup> skillGroups,
    List<Checklist> checklists,
    List<String> systemDesignInterview,
    List<String> decisionFramework,
    List<String> experienceStructure,
    List<Cadence> continuousLearning,
    List<String> preparationAdvice) {}
