package dev.readiness.report;

import static dev.readiness.text.Numbers.decimal;

import dev.readiness.assessment.Assessment;
import dev.readiness.calibration.Calibration;
import dev.readiness.plan.StudyPlan;
import dev.readiness.progress.Progress;
import dev.readiness.rubric.Rubric;
import dev.readiness.scoring.GroupScore;
import dev.readiness.scoring.PartScore;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.TopicScore;
import dev.readiness.text.Limits;
import dev.readiness.text.Numbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A candidate's report as its JSON holds it (format version 1, see the README): one record per JSON
 * object, its components in the order of the object's fields, each figure already rounded to the
 * value the JSON shows (null for no data), each sentence as the PDF prints it. The {@code json}
 * package only serialises this; a new field is a new component here and one argument where the
 * record is built.
 */
public record JsonView(
    int formatVersion,
    RubricRef rubric,
    CandidateRef candidate,
    AssessmentRef assessment,
    BigDecimal readinessIndex,
    String verdict,
    String verdictText,
    HeadlineJson headline,
    List<RoleFitJson> roleFit,
    String roleFitText,
    List<String> glance,
    List<PartJson> parts,
    List<SkillGroupJson> skillGroups,
    List<TopicJson> topics,
    List<String> strengths,
    List<String> largestGaps,
    PlanJson plan,
    CalibrationJson calibration,
    ProgressJson progress,
    PanelPacket panelPacket,
    List<RuleJson> rules) {
  /**
   * Bumped only when a field is removed or changes meaning; new fields may be added within a
   * version.
   */
  public static final int FORMAT_VERSION = 1;

  public JsonView {
    roleFit = List.copyOf(roleFit);
    glance = List.copyOf(glance);
    parts = List.copyOf(parts);
    skillGroups = List.copyOf(skillGroups);
    topics = List.copyOf(topics);
    strengths = List.copyOf(strengths);
    largestGaps = List.copyOf(largestGaps);
    rules = List.copyOf(rules);
  }

  /**
   * The rubric the report was made with.
   *
   * @param sha256 the SHA-256 of its file, as {@code sha256sum} prints it
   * @param modified it carries the default rubric's ID but is not the default rubric
   */
  public record RubricRef(String id, String title, String sha256, boolean modified) {}

  /**
   * Who the report is about.
   *
   * @param id the candidate's ID, or null when the workbook gives none
   */
  public record CandidateRef(String name, String id) {}

  public record AssessmentRef(
      String date,
      String rater,
      String raterRole,
      String targetRole,
      String targetRoleTitle,
      List<String> sources,
      String checkInNotes) {
    public AssessmentRef {
      sources = List.copyOf(sources);
    }
  }

  public record HeadlineJson(
      String text, List<String> focusParts, List<String> gapTopics, String gapNote) {
    public HeadlineJson {
      focusParts = List.copyOf(focusParts);
      gapTopics = List.copyOf(gapTopics);
    }
  }

  public record RoleFitJson(
      String role,
      String title,
      BigDecimal readinessIndex,
      String verdict,
      List<String> notReadyParts,
      BigDecimal hoursToTarget,
      BigDecimal hoursToReady,
      String hoursToReadyNote) {
    public RoleFitJson {
      notReadyParts = List.copyOf(notReadyParts);
    }
  }

  public record PartJson(
      String id,
      String title,
      int target,
      BigDecimal weight,
      BigDecimal coverage,
      BigDecimal gapPoints,
      BigDecimal meanRating,
      int depthTopics,
      boolean depthGoalApplies,
      boolean depthMet,
      String status,
      int rated,
      int unrated,
      boolean complete) {}

  public record SkillGroupJson(
      String id,
      String title,
      int target,
      BigDecimal coverage,
      BigDecimal gapPoints,
      String status,
      int rated,
      int unrated,
      BigDecimal meanRating,
      List<SkillJson> skills) {
    public SkillGroupJson {
      skills = List.copyOf(skills);
    }
  }

  public record SkillJson(
      String id, String title, BigDecimal rating, int target, BigDecimal gap, String notes) {}

  public record TopicJson(
      String id,
      String part,
      String title,
      BigDecimal rating,
      int target,
      BigDecimal gap,
      BigDecimal weightedGap,
      String notes) {}

  public record RuleJson(String term, String text) {}

  static JsonView of(
      Rubric rubric,
      Assessment a,
      LocalDate date,
      List<String> sources,
      Score s,
      StudyPlan plan,
      Calibration cal,
      Progress progress,
      ReportModel m) {
    Headline h = m.headline();
    return new JsonView(
        FORMAT_VERSION,
        new RubricRef(rubric.id(), rubric.title(), rubric.sha256(), rubric.modified()),
        new CandidateRef(a.candidate().name(), a.candidate().id()),
        new AssessmentRef(
            date.toString(),
            a.rater(),
            a.raterRole().label(),
            s.role().id(),
            s.role().title(),
            sources,
            a.checkInNotes()),
        Numbers.indexValue(s.readinessIndex()),
        s.verdict().id(),
        h.text(),
        new HeadlineJson(h.text(), h.focusParts(), h.gapTopics(), h.gapNote()),
        m.roleFit().stream()
            .map(
                f ->
                    new RoleFitJson(
                        f.role(),
                        f.title(),
                        Numbers.indexValue(f.readinessIndex()),
                        f.verdict().id(),
                        f.notReadyParts(),
                        decimal(f.hoursToTarget(), 1),
                        decimal(f.hoursToReady(), 1),
                        f.readyNote()))
            .toList(),
        m.roleFitLine(),
        m.glance(),
        parts(s, m),
        skillGroups(s, m),
        topics(a, s),
        ids(s.strengths()),
        ids(s.largestGaps()),
        m.packet() != null ? null : PlanJson.of(plan),
        cal == null ? null : CalibrationJson.of(cal, m.calibration()),
        progress == null ? null : ProgressJson.of(progress),
        m.packet(),
        m.rules().rules().stream().map(r -> new RuleJson(r.term(), r.text())).toList());
  }

  private static List<PartJson> parts(Score s, ReportModel m) {
    List<PartJson> out = new ArrayList<>();
    for (int i = 0; i < s.parts().size(); i++) {
      PartScore p = s.parts().get(i);
      PartRow row = m.parts().get(i);
      out.add(
          new PartJson(
              p.id(),
              p.title(),
              p.target(),
              decimal(p.weight(), 3),
              decimal(p.coverage(), 4),
              decimal(p.gapPoints(), 2),
              decimal(row.meanRating(), 2),
              p.depthTopics(),
              row.depthApplies(),
              p.depthMet(),
              p.status().id(),
              p.rated(),
              p.unrated(),
              p.complete()));
    }
    return out;
  }

  private static List<SkillGroupJson> skillGroups(Score s, ReportModel m) {
    List<SkillGroupJson> out = new ArrayList<>();
    for (int i = 0; i < s.skillGroups().size(); i++) {
      GroupScore g = s.skillGroups().get(i);
      SkillGroupRow row = m.skills().get(i);
      out.add(
          new SkillGroupJson(
              g.id(),
              g.title(),
              g.target(),
              decimal(g.coverage(), 4),
              decimal(g.gapPoints(), 2),
              g.status().id(),
              g.rated(),
              g.unrated(),
              decimal(row.meanRating(), 2),
              row.skills().stream()
                  .map(
                      k ->
                          new SkillJson(
                              k.id(),
                              k.title(),
                              decimal(k.rating(), 1),
                              k.target(),
                              decimal(k.gap(), 1),
                              k.notes()))
                  .toList()));
    }
    return out;
  }

  private static List<TopicJson> topics(Assessment a, Score s) {
    return s.topics().stream()
        .map(
            t ->
                new TopicJson(
                    t.id(),
                    t.part(),
                    t.title(),
                    decimal(t.rating(), 1),
                    t.target(),
                    decimal(t.gap(), 1),
                    decimal(t.weightedGap(), 3),
                    a.topicNotes().getOrDefault(t.id(), "")))
        .toList();
  }

  /** The JSON lists of strengths and gaps go further than page 1's. */
  private static List<String> ids(List<TopicScore> topics) {
    return topics.stream().limit(Limits.JSON_TOPICS).map(TopicScore::id).toList();
  }
}
