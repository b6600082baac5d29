package dev.readiness.plan;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.ChecklistStatus;
import dev.readiness.rubric.AnswerShape;
import dev.readiness.rubric.Cadence;
import dev.readiness.rubric.PlanningRules;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.Topic;
import dev.readiness.text.Lists;
import dev.readiness.text.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The guide's practice routines, fitted to the person and the week: one-off practice that the
 * Checklist sheet already marks done is left out, weekly reading is a line of the week's header
 * rather than a row, and a routine that the week's practice share cannot hold is named in the week
 * with what to do about it.
 */
final class Practice {
  private final Rubric rubric;
  private final PlanningRules.Practice rules;
  private final boolean caseStudiesDone;
  private final boolean adrsDone;

  /** A routine placed in a week. */
  record Slot(Activity activity, int halves) {}

  /** A week's routines, and those its practice share could not hold, in words. */
  record WeekPractice(List<Slot> slots, List<String> notes) {
    WeekPractice {
      slots = List.copyOf(slots);
      notes = List.copyOf(notes);
    }

    int halves() {
      return slots.stream().mapToInt(Slot::halves).sum();
    }
  }

  Practice(Rubric rubric, Assessment a) {
    this.rubric = rubric;
    this.rules = rubric.planning().practice();
    this.caseStudiesDone = done(a, rules.caseStudyItem());
    this.adrsDone = done(a, rules.adrItem());
  }

  private static boolean done(Assessment a, String item) {
    return item != null && a.checklist().get(item) == ChecklistStatus.DONE;
  }

  /**
   * The half-hours of a week that practice may take: the rubric's share, or all of them in an
   * upkeep plan.
   */
  int cap(int weekHalves, boolean upkeep) {
    return upkeep ? weekHalves : (int) Math.floor(rules.maxShare() * weekHalves + 1e-9);
  }

  /**
   * The routines of a week, most time-bound first, within the practice cap. A kata is design
   * practice too, so in its week it comes before the whiteboard, which gives way when both do not
   * fit.
   */
  WeekPractice forWeek(int week, int weeks, int weekHalves, boolean upkeep) {
    List<Slot> wanted = new ArrayList<>();
    if (week > weeks - rules.mockInterviewWeeks()) {
      wanted.add(
          new Slot(Activity.MOCK_INTERVIEW, StepOptimizer.halves(rules.mockInterviewHours())));
    }
    if (week == 1 && !caseStudiesDone) {
      wanted.add(new Slot(Activity.CASE_STUDIES, StepOptimizer.halves(rules.caseStudyHours())));
    }
    // the decision records follow the case studies (week 2), or open the plan when those are done
    // already
    if (!adrsDone && week == (caseStudiesDone || weeks == 1 ? 1 : 2)) {
      wanted.add(new Slot(Activity.ADRS, StepOptimizer.halves(rules.adrHours())));
    }
    if (week % 4 == 0) {
      wanted.add(new Slot(Activity.KATA, StepOptimizer.halves(rules.kataHours())));
    }
    wanted.add(new Slot(Activity.PEP_READING, StepOptimizer.halves(rules.pepReadingHours())));
    wanted.add(new Slot(Activity.WHITEBOARD, StepOptimizer.halves(rules.whiteboardHours())));
    int cap = cap(weekHalves, upkeep);
    List<Slot> placed = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    int room = cap;
    for (Slot s : wanted) {
      if (s.halves() <= 0) {
        continue;
      }
      if (s.halves() <= room) {
        placed.add(s);
        room -= s.halves();
      } else if (weekHalves > 0) {
        notes.add(unfit(s, cap, weekHalves, placed, upkeep));
      }
    }
    return new WeekPractice(placed, notes);
  }

  /**
   * "Whiteboard practice (1 h) does not fit: this week's practice time is 2 h (40% of 5 h), 1.5 h
   * of it taken by the kata and the PEP reading; answer this week's question aloud when you can, or
   * raise the hours."
   */
  private String unfit(Slot s, int cap, int weekHalves, List<Slot> placed, boolean upkeep) {
    String time =
        Numbers.hours(cap / 2.0)
            + " h"
            + (upkeep
                ? ""
                : " ("
                    + Numbers.percent(rules.maxShare())
                    + " of "
                    + Numbers.hours(weekHalves / 2.0)
                    + " h, in whole half-hours)");
    String taken =
        placed.isEmpty()
            ? ""
            : ", "
                + Numbers.hours(placed.stream().mapToInt(Slot::halves).sum() / 2.0)
                + " h of it taken by "
                + Lists.and(placed.stream().map(p -> p.activity().label()).toList());
    String todo =
        switch (s.activity()) {
          case MOCK_INTERVIEW -> "book one anyway, or raise the hours";
          case WHITEBOARD -> "answer this week's question aloud when you can, or raise the hours";
          default -> "do it anyway if you can, or raise the hours";
        };
    return s.activity().label()
        + " ("
        + Numbers.hours(s.halves() / 2.0)
        + " h) does not fit: this week's practice"
        + " time is "
        + time
        + taken
        + "; "
        + todo
        + ".";
  }

  /**
   * A practice line of a week.
   *
   * @param practised the topic whose question the whiteboard or kata takes, or null when none is
   *     studied yet
   * @param mockTopics the topics a mock interview aims at, named
   */
  PlanItem item(Slot p, Topic practised, List<String> mockTopics) {
    String text =
        switch (p.activity()) {
          case MOCK_INTERVIEW ->
              "Mock interview: an architecture-focused mock interview with a peer or mentor on "
                  + Lists.and(mockTopics)
                  + "; ask for feedback on structure and trade-offs.";
          case CASE_STUDIES ->
              "Case studies: write up 3-5 detailed case studies from your own experience, a page each:"
                  + " context, decision, trade-offs, outcome.";
          case ADRS ->
              "Decision records: write an ADR for each decision in your case studies, following the"
                  + " Architecture Decision Framework: "
                  + String.join("; ", rubric.decisionFramework())
                  + ".";
          case WHITEBOARD ->
              practised == null
                  ? "Whiteboard practice: answer one of your focus topics' questions aloud."
                  : "Whiteboard practice: answer \""
                      + practised.question()
                      + "\" aloud, following "
                      + shape(practised);
          case KATA ->
              "Architecture kata ("
                  + cadence("monthly", "conduct architecture katas").toLowerCase(Locale.ROOT)
                  + "): "
                  + (practised == null
                      ? "take one of your focus topics' questions"
                      : "design for \"" + practised.question() + "\"")
                  + " in a 45-minute time box, then compare the result"
                  + " with a colleague's.";
          default -> cadence("weekly", "Review Python Enhancement Proposals (PEPs)") + ".";
        };
    String question =
        p.activity() == Activity.WHITEBOARD && practised != null ? practised.question() : null;
    String topic =
        (p.activity() == Activity.WHITEBOARD || p.activity() == Activity.KATA) && practised != null
            ? practised.id()
            : null;
    return new PlanItem(
        null, p.activity(), text, List.of(), question, p.halves() / 2.0, null, null, topic);
  }

  /** "the System Design Interview Structure: Clarify … → … ." */
  String shape(Topic t) {
    AnswerShape shape = t.answerShape();
    return shape.label() + ": " + String.join(" → ", rubric.answerSteps(shape)) + ".";
  }

  private String cadence(String id, String fallback) {
    return rubric.continuousLearning().stream()
        .filter(c -> c.cadence().equals(id))
        .map(Cadence::activity)
        .findFirst()
        .orElse(fallback);
  }
}
