package dev.readiness.report;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.ChecklistStatus;
import dev.readiness.calibration.Calibration;
import dev.readiness.plan.StudyPlan;
import dev.readiness.progress.Progress;
import dev.readiness.rubric.Checklist;
import dev.readiness.rubric.Rubric;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.TopicScore;
import dev.readiness.text.Limits;
import dev.readiness.text.Lists;
import dev.readiness.text.Names;
import dev.readiness.text.Numbers;
import dev.readiness.text.Plural;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything a report shows beyond the raw data, decided once from the scores, the plan, the
 * calibration and the progress: each figure as it is printed, each label, status and sentence. The
 * JSON and the PDF both lay this out and compute nothing of their own.
 *
 * @param index the readiness index as printed, one decimal ("72.5", "—")
 * @param callout the verdict line: "Readiness index 72.5 / 100 · Close"
 * @param verdictTone how the verdict reads, for the callout's colours
 * @param roleFit the assessment against every role of the rubric, in the rubric's order
 * @param roleFitLine the role fit in one line
 * @param glance page 1's answers for each reader: the panel's decision inputs, the change since the
 *     last check-in, what is not rated, and this week's work
 * @param unratedNote the unrated topics and skills in words, or "" when everything is rated
 * @param incompleteNote the footnote of the parts table, or "" when every part is complete
 * @param calibration the panel's calibration, or null
 * @param progress the progress over earlier assessments, or null
 * @param packet what a hiring panel's packet adds (the discussion with notes, the decision line),
 *     or null in the candidate's report
 * @param frame the document's title, running head and provenance line
 */
public record ReportModel(
    Profile profile,
    String index,
    String callout,
    Tone verdictTone,
    Headline headline,
    List<RoleFit> roleFit,
    String roleFitLine,
    List<String> glance,
    List<String> strengths,
    List<String> gaps,
    String unratedNote,
    String incompleteNote,
    List<PartRow> parts,
    List<SkillGroupRow> skills,
    CalibrationView calibration,
    ProgressView progress,
    PlanView plan,
    List<ChecklistView> checklists,
    RuleBook rules,
    List<ScaleRow> scale,
    PanelPacket packet,
    Frame frame) {
  public ReportModel {
    roleFit = List.copyOf(roleFit);
    glance = List.copyOf(glance);
    strengths = List.copyOf(strengths);
    gaps = List.copyOf(gaps);
    parts = List.copyOf(parts);
    skills = List.copyOf(skills);
    checklists = List.copyOf(checklists);
    scale = List.copyOf(scale);
  }

  /**
   * The notes under page 1's parts table: what gap points and depth mean, and, when some topics are
   * not rated, that coverage is over the rated ones.
   */
  public String partsNotes() {
    String notes = rules.gapPointsNote() + " " + rules.depthNote();
    return incompleteNote.isEmpty() ? notes : notes + "\n" + incompleteNote;
  }

  /**
   * The people and dates at the top of page 1.
   *
   * @param studyTime the plan's weeks and hours ("12 weeks × 8 h"), or "" in a panel's packet,
   *     which has no plan
   */
  public record Profile(
      String candidate,
      String role,
      String rater,
      String date,
      String interviewDate,
      String studyTime) {}

  /**
   * What frames the pages: a candidate's report and a panel's packet are different documents and
   * say so.
   *
   * @param title page 1's title: "Interview readiness: Priya Raman" or "Hiring panel packet: Priya
   *     Raman"
   * @param pageHead the head of every page: "Interview readiness · 2026-11-02 · Priya Raman", the
   *     name last, since a right-to-left name would otherwise carry the date into its direction
   * @param documentTitle the title in the document's properties
   * @param subject the subject in the document's properties: the rubric, the role and the date
   * @param author the rater, the document's author in its properties
   * @param people everyone the report names (candidate, rater, panel), whose names the fonts must
   *     draw
   * @param provenance the last line: the workbooks read and the rubric, with its SHA-256 (and
   *     "modified" for a changed copy of the default rubric)
   */
  public record Frame(
      String title,
      String pageHead,
      String documentTitle,
      String subject,
      String author,
      List<String> people,
      String provenance) {
    public Frame {
      people = List.copyOf(people);
    }

    static Frame of(
        Rubric rubric,
        Assessment a,
        LocalDate date,
        String role,
        List<String> sources,
        CalibrationView calibration,
        boolean panelPacket) {
      String head = panelPacket ? "Hiring panel packet" : "Interview readiness";
      String name = a.candidate().name();
      List<String> people = new ArrayList<>(List.of(name, a.rater()));
      if (calibration != null) {
        calibration.raters().forEach(r -> people.add(r.name()));
      }
      return new Frame(
          head + ": " + name,
          head + " · " + date + " · " + name,
          (panelPacket ? head : head + " report") + ": " + name,
          rubric.title() + ": readiness for " + role + " on " + date,
          a.rater(),
          people,
          "Made by readiness from "
              + String.join(", ", sources)
              + " with the rubric "
              + rubric.reference()
              + ".");
    }
  }

  /** A checklist with each item's status. */
  public record ChecklistView(String title, List<ItemRow> items) {
    public ChecklistView {
      items = List.copyOf(items);
    }
  }

  /** A checklist item: its status in words ("not set" when blank) and how that reads. */
  public record ItemRow(String id, String text, String status, Tone tone, String notes) {}

  /** A level of the rating scale. */
  public record ScaleRow(int level, String label, String descriptor) {}

  static ReportModel of(
      Rubric rubric,
      Assessment a,
      LocalDate date,
      List<String> sources,
      Score score,
      StudyPlan plan,
      Calibration cal,
      Progress progress,
      String planRule,
      LeniencyPool pool,
      ReportOptions.Audience audience) {
    // a panel's packet has no study plan, so no page of it speaks of one
    boolean panelPacket = audience == ReportOptions.Audience.PANEL;
    String index = Numbers.index(score.readinessIndex());
    Headline headline = Headline.of(rubric, score, plan.startParts(), panelPacket);
    List<PartRow> parts = PartRow.of(rubric, score, a);
    List<RoleFit> fits = RoleFit.of(rubric, a, score);
    CalibrationView calibration =
        cal == null ? null : CalibrationView.of(rubric, cal, date, pool, !panelPacket);
    ProgressView progressView =
        progress == null ? null : ProgressView.of(rubric, progress, a.interviewDate(), score);
    PlanView planView = PlanView.of(rubric, plan, score);
    String unrated = unratedNote(unratedTopics(score), unratedSkills(rubric, a), !panelPacket);
    List<String> glance =
        glance(
            rubric,
            a,
            score,
            progress,
            calibration,
            progressView,
            unrated,
            panelPacket ? null : planView);
    return new ReportModel(
        profile(a, score, plan, date, panelPacket),
        index,
        "Readiness index " + index + " / 100 · " + score.verdict().label(),
        Tone.of(score.verdict()),
        headline,
        fits,
        RoleFit.line(rubric, fits, !panelPacket),
        glance,
        strengths(score),
        headline.gapTopics().stream().map(score::topic).map(t -> gapLine(rubric, t)).toList(),
        unrated,
        incompleteNote(parts, score),
        parts,
        SkillGroupRow.of(rubric, score, a),
        calibration,
        progressView,
        planView,
        checklists(rubric, a),
        RuleBook.of(rubric, panelPacket ? null : planRule),
        scale(rubric),
        panelPacket ? PanelPacket.of(calibration, a, score.role().title()) : null,
        Frame.of(rubric, a, date, score.role().title(), sources, calibration, panelPacket));
  }

  /** The rating scale, level by level. */
  private static List<ScaleRow> scale(Rubric rubric) {
    return rubric.scale().levels().stream()
        .map(l -> new ScaleRow(l.level(), l.label(), l.descriptor()))
        .toList();
  }

  /** The people and dates at the top of page 1; a panel's packet names no study time. */
  private static Profile profile(
      Assessment a, Score score, StudyPlan plan, LocalDate date, boolean panelPacket) {
    return new Profile(
        Names.withId(a.candidate().name(), a.candidate().id()),
        score.role().title(),
        rater(a),
        date.toString(),
        a.interviewDate() == null ? Numbers.NONE : a.interviewDate().toString(),
        panelPacket
            ? ""
            : Plural.count(plan.inputs().weeks(), "week")
                + " × "
                + Numbers.hours(plan.inputs().hoursPerWeek())
                + " h");
  }

  /** Page 1's strongest topics, as many as page 1 has room for. */
  private static List<String> strengths(Score score) {
    return score.strengths().stream()
        .limit(Limits.PAGE_ONE_TOPICS)
        .map(
            t ->
                t.id()
                    + " "
                    + t.title()
                    + ": rated "
                    + Numbers.level(t.rating())
                    + ", target "
                    + t.target())
        .toList();
  }

  /** The parts table's footnote, or "" when every part is complete. */
  private static String incompleteNote(List<PartRow> parts, Score score) {
    return parts.stream().allMatch(PartRow::complete)
        ? ""
        : "* Incomplete: "
            + Plural.countIs(score.unratedTopics(), "topic")
            + " not rated; coverage is over the rated topics only, and blanks never count as 0.";
  }

  /**
   * Page 1's answers for each reader, in this order: the panel's decision inputs, the change since
   * the last check-in, what is not rated, a first check-in's notes, and the plan's.
   *
   * @param planView the plan, or null in a panel's packet, which has none
   */
  private static List<String> glance(
      Rubric rubric,
      Assessment a,
      Score score,
      Progress progress,
      CalibrationView calibration,
      ProgressView progressView,
      String unrated,
      PlanView planView) {
    List<String> glance = new ArrayList<>();
    if (calibration != null) {
      glance.addAll(calibration.summaryLines());
    }
    if (progressView != null) {
      glance.addAll(MentorGlance.lines(rubric, progress, a.interviewDate(), score));
      if (!progressView.focusLine().isEmpty()) {
        glance.add(progressView.focusLine());
      }
    }
    if (!unrated.isEmpty()) {
      glance.add(unrated);
    }
    if (progressView == null && !a.checkInNotes().isEmpty()) {
      // with a history the notes stand beside the previous ones in the progress chapter; a first
      // check-in's here
      glance.add("Agreed at this check-in: " + a.checkInNotes());
    }
    if (planView != null) {
      glance.addAll(planGlance(planView));
    }
    return glance;
  }

  /** Page 1's word on the plan, for a document that has one: what it achieves and this week. */
  private static List<String> planGlance(PlanView planView) {
    List<String> lines = new ArrayList<>();
    if (!planView.achieves().isEmpty()) {
      lines.add(planView.achieves());
    }
    if (!planView.thisWeek().isEmpty()) {
      lines.add("This week: " + String.join("; ", planView.thisWeek()) + ".");
    }
    return lines;
  }

  /** Each of the rubric's checklists with the assessment's status and note for every item. */
  private static List<ChecklistView> checklists(Rubric rubric, Assessment a) {
    List<ChecklistView> checklists = new ArrayList<>();
    for (Checklist list : rubric.checklists()) {
      checklists.add(
          new ChecklistView(
              list.title(),
              list.items().stream()
                  .map(
                      item -> {
                        ChecklistStatus st = a.checklist().get(item.id());
                        return new ItemRow(
                            item.id(),
                            item.fullText(),
                            st == null ? "not set" : st.label(),
                            tone(st),
                            a.checklistNotes().getOrDefault(item.id(), ""));
                      })
                  .toList()));
    }
    return checklists;
  }

  private static String gapLine(Rubric rubric, TopicScore t) {
    return t.id()
        + " "
        + t.title()
        + ": rated "
        + Numbers.level(t.rating())
        + ", target "
        + t.target()
        + " (gap "
        + Numbers.level(t.gap())
        + ", "
        + rubric.part(t.part()).heading()
        + ")";
  }

  /**
   * "Dana Whitfield · mentor"; the panel's consensus is named "Panel of 5", which says its role
   * already.
   */
  private static String rater(Assessment a) {
    if (a.rater().isEmpty()) {
      return "(not named) · " + a.raterRole().label();
    }
    String role = a.raterRole().label();
    return a.rater().toLowerCase(Locale.ROOT).startsWith(role + " ")
        ? a.rater()
        : a.rater() + " · " + role;
  }

  /**
   * "20 topics are not rated yet: T02 Async/Await at Scale, T05 …, T06 … and 17 more; rate them to
   * include them in the scores and the plan." The first few are named, so that the reader knows
   * where to start; the topic table marks every one.
   */
  static String unratedNote(List<String> topics, List<String> skills, boolean withPlan) {
    if (topics.isEmpty() && skills.isEmpty()) {
      return "";
    }
    List<String> counts = new ArrayList<>();
    if (!topics.isEmpty()) {
      counts.add(Plural.count(topics.size(), "topic"));
    }
    if (!skills.isEmpty()) {
      counts.add(Plural.count(skills.size(), "skill"));
    }
    int n = topics.size() + skills.size();
    List<String> all = new ArrayList<>(topics);
    all.addAll(skills);
    return String.join(" and ", counts)
        + (n == 1 ? " is" : " are")
        + " not rated yet: "
        + Lists.firstOf(all, Limits.UNRATED_NAMED, ", ")
        + "; rate "
        + Plural.them(n)
        + " to include "
        + Plural.them(n)
        + " in the scores"
        + (withPlan ? " and the plan." : ".");
  }

  /** The topics not rated, each as "T02 Async/Await at Scale". */
  private static List<String> unratedTopics(Score score) {
    return score.topics().stream()
        .filter(t -> !t.rated())
        .map(t -> t.id() + " " + t.title())
        .toList();
  }

  /** The skills not rated (as the scorer counts them: no rating), each as "S03 Python mastery". */
  private static List<String> unratedSkills(Rubric rubric, Assessment a) {
    return rubric.skillGroups().stream()
        .flatMap(g -> g.skills().stream())
        .filter(k -> a.skillRatings().get(k.id()) == null)
        .map(k -> k.id() + " " + k.title())
        .toList();
  }

  private static Tone tone(ChecklistStatus s) {
    if (s == null) {
      return Tone.NONE;
    }
    return s == ChecklistStatus.DONE
        ? Tone.GOOD
        : s == ChecklistStatus.PARTLY ? Tone.FAIR : Tone.POOR;
  }
}
