package dev.readiness.kit;

import dev.readiness.assessment.RaterRole;
import dev.readiness.rubric.KitRules;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.Scale;
import dev.readiness.text.Numbers;
import dev.readiness.text.Plural;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Words a kit into the view of one copy: the running clock, the design question's cues, each deep
 * dive's probes and what its answers sound like, whose earlier rating is shown (none in a panel's
 * kit unless asked for), and the interviewer's decision lines. Every rule comes from the rubric's
 * scale and interviewKit section.
 */
public final class KitViews {
  /**
   * About one handwritten line of notes per two minutes of talk, and never fewer than two lines.
   */
  static final int MINUTES_PER_NOTE_LINE = 2;

  static final int MIN_NOTE_LINES = 2;

  /**
   * How many levels below the top of the scale get a description of what such an answer sounds
   * like.
   */
  static final int ANCHOR_LEVELS = 3;

  /** Which copy, and what it may show. */
  public enum Copy {
    INTERVIEWER("interviewer's copy"),
    CANDIDATE("candidate's copy");

    private final String label;

    Copy(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * How the kit is printed.
   *
   * @param showRatings whether the earlier ratings are printed (labelled by whose they are)
   * @param panelWorkbooks whether each interviewer got a workbook with the kit's topics marked
   */
  public record Options(Copy copy, boolean showRatings, boolean panelWorkbooks) {}

  private final Rubric rubric;
  private final KitRules rules;

  public KitViews(Rubric rubric) {
    this.rubric = rubric;
    this.rules = rubric.interviewKit();
  }

  public KitView of(InterviewKit kit, Options o) {
    boolean interviewer = o.copy() == Copy.INTERVIEWER;
    List<InterviewKit.TimeBox> boxes = kit.schedule();
    List<KitView.ClockRow> order = new ArrayList<>();
    for (InterviewKit.TimeBox b : boxes) {
      order.add(
          new KitView.ClockRow(span(b), what(kit, b, interviewer), String.valueOf(b.minutes())));
    }
    String subtitle =
        "For the " + kit.roleTitle() + " role · " + timing(kit) + " · " + o.copy().label();
    List<KitView.Question> dives = new ArrayList<>();
    for (int i = 0; i < kit.deepDives().size(); i++) {
      dives.add(deepDive(kit, kit.deepDives().get(i), boxes.get(i + 2), o));
    }
    return new KitView(
        "Interview kit: " + kit.candidate(),
        "Interview kit · " + kit.date() + " · " + kit.candidate(),
        o.copy().label(),
        subtitle,
        intro(kit, o),
        interviewer ? scaleLines() : List.of(),
        order,
        opening(kit, boxes.get(0), interviewer),
        design(kit, boxes.get(1), o),
        dives,
        closing(boxes.get(boxes.size() - 1), interviewer),
        interviewer ? decision() : List.of(),
        "Made by readiness from " + kit.source() + " with the rubric " + rubric.reference() + ".");
  }

  private List<String> intro(InterviewKit kit, Options o) {
    List<String> out = new ArrayList<>();
    if (o.copy() == Copy.CANDIDATE) {
      out.add(
          "Answer aloud, within the time boxes. For the design question, follow the steps in order.");
      return out;
    }
    out.add(
        "Rate each question on the scale below, tick the key points the answer covers, use the probes to go"
            + " deeper, and note what you heard.");
    if (o.showRatings()) {
      out.add(
          "\"Earlier\" is the "
              + whose(kit.ratedBy())
              + " of "
              + kit.date()
              + ", from which this kit was"
              + " chosen; rate what you hear, not that.");
    } else {
      out.add(
          "The candidate's earlier ratings are left out of this copy, so that they do not anchor yours.");
    }
    if (o.panelWorkbooks()) {
      out.add(
          "Each interviewer's workbook marks these topics \"In this interview\"; enter your ratings there.");
    }
    return out;
  }

  private List<String> scaleLines() {
    return rubric.scale().levels().stream()
        .map(l -> l.level() + " " + l.label() + ": " + l.descriptor())
        .toList();
  }

  /** A time box in the running order, worded for whoever holds the copy. */
  private String what(InterviewKit kit, InterviewKit.TimeBox b, boolean interviewer) {
    return switch (b.kind()) {
      case OPENING -> "Opening: introductions and how the interview runs";
      case DESIGN -> "1. System design: " + kit.design().topic() + " " + kit.design().title();
      case DEEP_DIVE -> {
        InterviewKit.DeepDive d = kit.deepDives().get(b.question() - 2);
        yield b.question() + ". Deep dive: " + d.topic() + " " + d.title();
      }
      case CLOSING ->
          interviewer
              ? "Closing: the candidate's questions and the wrap-up"
              : "Closing: your questions and the wrap-up";
    };
  }

  private KitView.Box opening(InterviewKit kit, InterviewKit.TimeBox b, boolean interviewer) {
    int dives = kit.deepDives().size();
    String plan =
        "one system-design question ("
            + kit.design().minutes()
            + " min), then "
            + (dives == 0
                ? ""
                : Plural.count(dives, "deep dive")
                    + " ("
                    + rules.deepDiveMinutes()
                    + " min each), then ")
            + "time for questions";
    List<String> lines =
        interviewer
            ? List.of(
                "Introduce yourself and say how the time runs: " + plan + ".",
                "Tell the candidate to think aloud, to ask when something is unclear, and that you will keep time.")
            : List.of("The interviewer says how the time runs: " + plan + ".");
    return new KitView.Box(
        span(b) + " · Opening (" + b.minutes() + " min)",
        lines,
        interviewer ? noteLines(b.minutes()) : 0);
  }

  private KitView.Box closing(InterviewKit.TimeBox b, boolean interviewer) {
    List<String> lines =
        interviewer
            ? List.of(
                "Answer the candidate's questions about the role, the team and the work.",
                "Say what happens next and by when; then complete the recommendation below while it is fresh.")
            : List.of("Your questions about the role, the team and the work.");
    return new KitView.Box(
        span(b) + " · Closing (" + b.minutes() + " min)",
        lines,
        interviewer ? noteLines(b.minutes()) : 0);
  }

  private KitView.Question design(InterviewKit kit, InterviewKit.TimeBox b, Options o) {
    boolean interviewer = o.copy() == Copy.INTERVIEWER;
    InterviewKit.DesignQuestion q = kit.design();
    Map<Integer, List<String>> cues = cues(q);
    List<KitView.StepRow> steps = new ArrayList<>();
    int start = b.start();
    for (int i = 0; i < q.steps().size(); i++) {
      InterviewKit.Step s = q.steps().get(i);
      steps.add(
          new KitView.StepRow(
              Numbers.clock(start),
              s.name(),
              String.valueOf(s.minutes()),
              interviewer ? s.listenFor() : null,
              interviewer ? cues.getOrDefault(i, List.of()) : List.of()));
      start += s.minutes();
    }
    return new KitView.Question(
        "1. System design · "
            + span(b)
            + " ("
            + b.minutes()
            + " min): "
            + q.topic()
            + " "
            + q.title(),
        q.question(),
        null,
        steps,
        null,
        List.of(),
        interviewer ? cues.getOrDefault(-1, List.of()) : List.of(),
        List.of(),
        List.of(),
        earlier(kit, q.rating(), q.target(), o),
        interviewer ? ratingLine() : "Take the steps in order, within their time boxes.",
        interviewer ? noteLines(b.minutes()) : 0);
  }

  private KitView.Question deepDive(
      InterviewKit kit, InterviewKit.DeepDive d, InterviewKit.TimeBox b, Options o) {
    boolean interviewer = o.copy() == Copy.INTERVIEWER;
    String heading =
        b.question()
            + ". Deep dive · "
            + span(b)
            + " ("
            + b.minutes()
            + " min): "
            + d.topic()
            + " "
            + d.title();
    if (!interviewer) {
      return new KitView.Question(
          heading,
          d.question(),
          d.part(),
          List.of(),
          null,
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          null,
          "Answer aloud in " + d.minutes() + " minutes.",
          0);
    }
    return new KitView.Question(
        heading,
        d.question(),
        d.part(),
        List.of(),
        "Key points (" + d.pointsHeading() + ")",
        d.points(),
        List.of(),
        probes(d.points()),
        anchors(d.points().size()),
        earlier(kit, d.rating(), d.target(), o),
        ratingLine(),
        noteLines(b.minutes()));
  }

  /**
   * Per step index, the design question's own key points its cue picks (the first step whose cue
   * matches takes a point; the step with an empty cue takes the rest); under -1 the points no step
   * took.
   */
  Map<Integer, List<String>> cues(InterviewKit.DesignQuestion q) {
    List<String> expressions =
        rules.stepCues().size() == q.steps().size() ? rules.stepCues() : List.of();
    int rest = expressions.indexOf("");
    Map<Integer, List<String>> out = new LinkedHashMap<>();
    for (String point : q.points()) {
      int step = rest;
      for (int i = 0; i < expressions.size(); i++) {
        if (!expressions.get(i).isEmpty()
            && Pattern.compile(expressions.get(i), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(point)
                .find()) {
          step = i;
          break;
        }
      }
      out.computeIfAbsent(step, k -> new ArrayList<>()).add(point);
    }
    return out;
  }

  /**
   * How the slot is spent, said once for the kit's subtitle and the command's line: "a 60-minute
   * slot: 3 questions in 50 minutes, with 5 minutes to open and 5 to close".
   */
  public static String timing(InterviewKit kit) {
    return "a "
        + kit.minutes()
        + "-minute slot: "
        + Plural.count(kit.deepDives().size() + 1, "question")
        + " in "
        + kit.totalMinutes()
        + " minutes, with "
        + kit.openingMinutes()
        + " minutes to open and "
        + kit.closingMinutes()
        + " to close";
  }

  /**
   * The rubric's probes, each on one of the question's last points, the last probe on the last
   * point.
   */
  List<String> probes(List<String> points) {
    List<String> templates = rules.probes();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < templates.size() && !points.isEmpty(); i++) {
      int point = Math.max(0, points.size() - templates.size() + i);
      out.add(templates.get(i).replace("{point}", points.get(point)));
    }
    return out;
  }

  /**
   * What an answer at each of the {@link #ANCHOR_LEVELS} levels below the top of the scale sounds
   * like: the share of the key points it covers in step with its place on the scale, and the
   * level's descriptor.
   */
  List<KitView.Anchor> anchors(int points) {
    Scale scale = rubric.scale();
    List<KitView.Anchor> out = new ArrayList<>();
    // the bottom of the scale is "never met it": nothing to listen for, so it is never anchored
    for (int level = Math.max(scale.min() + 1, scale.max() - ANCHOR_LEVELS);
        level < scale.max();
        level++) {
      Scale.Level l = scale.level(level);
      // at least one point: a level above the bottom always knows something to name
      long covered =
          Math.max(
              1, Math.round((double) points * (level - scale.min()) / (scale.max() - scale.min())));
      String descriptor =
          l.descriptor().isEmpty()
              ? ""
              : "; "
                  + Character.toLowerCase(l.descriptor().charAt(0))
                  + l.descriptor().substring(1);
      out.add(
          new KitView.Anchor(
              level + " " + l.label(),
              "Covers about "
                  + covered
                  + " of the "
                  + Plural.count(points, "key point")
                  + descriptor
                  + (descriptor.endsWith(".") ? "" : ".")));
    }
    return out;
  }

  private String earlier(InterviewKit kit, Double rating, int target, Options o) {
    if (!o.showRatings() || o.copy() == Copy.CANDIDATE) {
      return null;
    }
    String whose = whose(kit.ratedBy());
    return "Earlier "
        + whose
        + ": "
        + (rating == null ? "not rated" : Numbers.level(rating))
        + " · the role's"
        + " target: "
        + target;
  }

  private static String whose(RaterRole role) {
    return switch (role) {
      case SELF -> "self-rating";
      case MENTOR -> "mentor's rating";
      case PANEL -> "panel's rating";
    };
  }

  private String ratingLine() {
    return "Your rating: "
        + rubric.scale().levels().stream()
            .map(l -> String.valueOf(l.level()))
            .collect(Collectors.joining(" · "));
  }

  private List<String> decision() {
    return List.of(
        "Overall recommendation:   "
            + rules.recommendation().stream()
                .map(r -> "☐ " + r)
                .collect(Collectors.joining("    ")),
        "Interviewer: ______________________________",
        "Date: ____________________");
  }

  private static int noteLines(int minutes) {
    return Math.max(MIN_NOTE_LINES, minutes / MINUTES_PER_NOTE_LINE);
  }

  private static String span(InterviewKit.TimeBox b) {
    return Numbers.clock(b.start()) + "–" + Numbers.clock(b.end());
  }
}
