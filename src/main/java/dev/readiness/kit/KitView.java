package dev.readiness.kit;

import java.util.List;

/**
 * Everything one copy of an interview kit prints, worded once from the kit and the rubric (see
 * {@link KitViews}); the PDF only lays it out. A list left empty, or a text left null, is a thing
 * this copy does not show.
 *
 * @param runningHead the line at the top of every page
 * @param copy "interviewer's copy" or "candidate's copy"
 * @param intro the sentences under the title
 * @param scale the rating scale, one line a level (empty in the candidate's copy)
 * @param runningOrder the time boxes with their running clock, which together fill the slot
 * @param decision the lines that close the interviewer's copy: the overall recommendation, name and
 *     date
 * @param provenance the last line: the workbook the kit was chosen from and the rubric, with its
 *     SHA-256
 */
public record KitView(
    String title,
    String runningHead,
    String copy,
    String subtitle,
    List<String> intro,
    List<String> scale,
    List<ClockRow> runningOrder,
    Box opening,
    Question design,
    List<Question> deepDives,
    Box closing,
    List<String> decision,
    String provenance) {
  public KitView {
    intro = List.copyOf(intro);
    scale = List.copyOf(scale);
    runningOrder = List.copyOf(runningOrder);
    deepDives = List.copyOf(deepDives);
    decision = List.copyOf(decision);
  }

  /**
   * A row of the running order: "0:05–0:35", "1. System design: T24 Serverless Python
   * Architecture", "30".
   */
  public record ClockRow(String clock, String what, String minutes) {}

  /**
   * The opening or the closing.
   *
   * @param noteLines the ruled lines for notes, sized to the time box (0 for none)
   */
  public record Box(String heading, List<String> lines, int noteLines) {
    public Box {
      lines = List.copyOf(lines);
    }
  }

  /**
   * One question.
   *
   * @param heading "2. Deep dive · 0:35–0:45 (10 min): T25 Infrastructure as Code Patterns"
   * @param context the part it belongs to, or null
   * @param steps the design question's steps with their clock (empty for a deep dive)
   * @param pointsHeading the heading of the tick-box key points, or null when the copy shows none
   * @param otherCues the design question's own points that no step's cue took
   * @param probes the follow-up probes
   * @param anchors what an answer at some levels sounds like
   * @param earlier whose earlier rating and the role's target ("Earlier self-rating: 1 · target:
   *     3"), or null
   * @param rating the line on which the interviewer circles a level, or the candidate's instruction
   * @param noteLines the ruled lines for notes, sized to the time box
   */
  public record Question(
      String heading,
      String question,
      String context,
      List<StepRow> steps,
      String pointsHeading,
      List<String> points,
      List<String> otherCues,
      List<String> probes,
      List<Anchor> anchors,
      String earlier,
      String rating,
      int noteLines) {
    public Question {
      steps = List.copyOf(steps);
      points = List.copyOf(points);
      otherCues = List.copyOf(otherCues);
      probes = List.copyOf(probes);
      anchors = List.copyOf(anchors);
    }
  }

  /**
   * A step of the design question.
   *
   * @param listenFor what a good answer covers in any design, or null in the candidate's copy
   * @param cues this question's own key points that belong to the step
   */
  public record StepRow(
      String clock, String name, String minutes, String listenFor, List<String> cues) {
    public StepRow {
      cues = List.copyOf(cues);
    }
  }

  /**
   * What an answer at a level sounds like: "3 Practitioner", "Covers about 3 of the 5 key points;
   * …".
   */
  public record Anchor(String level, String text) {}
}
