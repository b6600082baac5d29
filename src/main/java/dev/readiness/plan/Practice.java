package dev.readiness.plan;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.ChecklistStatus;
import dev.readiness.rubric.Cadence;
import dev.readiness.rubric.PlanningRules;
import dev.readiness.rubric.Rubric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The guide's practice routines, fitted to the person: one-off practice that the Checklist sheet already marks done
 * is left out, weekly reading is a line of the week's header rather than a row, and a kata names its subject.
 */
final class Practice {
  private final Rubric rubric;
  private final PlanningRules.Practice rules;
  private final boolean caseStudiesDone;
  private final boolean adrsDone;

  /** A routine placed in a week. */
  record Slot(Activity activity, int halves) {}

  Practice(Rubric rubric, Assessment a) {
    this.rubric = rubric;
    this.rules = rubric.planning().practice();
    this.caseStudiesDone = done(a, rules.caseStudyItem());
    this.adrsDone = done(a, rules.adrItem());
  }

  private static boolean done(Assessment a, String item) {
    return item != null && a.checklist().get(item) == ChecklistStatus.DONE;
  }

  /** The routines of a week, within the practice cap, most time-bound first. */
  List<Slot> forWeek(int week, int weeks, int cap) {
    List<Slot> wanted = new ArrayList<>();
    if (week > weeks - rules.mockInterviewWeeks()) {
      wanted.add(new Slot(Activity.MOCK_INTERVIEW, StepOptimizer.halves(rules.mockInterviewHours())));
    }
    if (week == 1 && !caseStudiesDone) {
      wanted.add(new Slot(Activity.CASE_STUDIES, StepOptimizer.halves(rules.caseStudyHours())));
    }
    // the decision records follow the case studies (week 2), or open the plan when those are done already
    if (!adrsDone && week == (caseStudiesDone || weeks == 1 ? 1 : 2)) {
      wanted.add(new Slot(Activity.ADRS, StepOptimizer.halves(rules.adrHours())));
    }
    wanted.add(new Slot(Activity.PEP_READING, StepOptimizer.halves(rules.pepReadingHours())));
    wanted.add(new Slot(Activity.WHITEBOARD, StepOptimizer.halves(rules.whiteboardHours())));
    if (week % 4 == 0) {
      wanted.add(new Slot(Activity.KATA, StepOptimizer.halves(rules.kataHours())));
    }
    List<Slot> placed = new ArrayList<>();
    int room = cap;
    for (Slot s : wanted) {
      if (s.halves() > 0 && s.halves() <= room) {
        placed.add(s);
        room -= s.halves();
      }
    }
    return placed;
  }

  /** A practice line of a week. */
  PlanItem item(Slot p, String question, String weekTopic, Map<String, List<String>> focus) {
    String text = switch (p.activity()) {
      case MOCK_INTERVIEW -> "Mock interview: an architecture-focused mock interview with a peer or mentor on your"
          + " focus topics (" + focus.values().stream().flatMap(List::stream).limit(6)
          .collect(Collectors.joining(", ")) + "); ask for feedback on structure and trade-offs.";
      case CASE_STUDIES -> "Case studies: write up 3-5 detailed case studies from your own experience, a page each:"
          + " context, decision, trade-offs, outcome.";
      case ADRS -> "Decision records: write an ADR for each decision in your case studies, following the"
          + " Architecture Decision Framework: " + String.join("; ", rubric.decisionFramework()) + ".";
      case WHITEBOARD -> "Whiteboard practice: answer " + (question == null ? "one of your focus topics' questions"
          : "\"" + question + "\"") + " aloud, following the System Design Interview Structure: "
          + String.join(" → ", rubric.systemDesignInterview()) + ".";
      case KATA -> "Architecture kata (" + cadence("monthly", "conduct architecture katas").toLowerCase(
          java.util.Locale.ROOT) + "): " + (weekTopic == null ? "take one of your focus topics' questions"
          : "design for \"" + weekTopic + "\"") + " in a 45-minute time box, then compare the result with a"
          + " colleague's.";
      default -> cadence("weekly", "Review Python Enhancement Proposals (PEPs)") + ".";
    };
    String practised = p.activity() == Activity.WHITEBOARD ? question : null;
    return new PlanItem(null, p.activity(), text, List.of(), practised, p.halves() / 2.0, null, null);
  }

  private String cadence(String id, String fallback) {
    return rubric.continuousLearning().stream().filter(c -> c.cadence().equals(id)).map(Cadence::activity)
        .findFirst().orElse(fallback);
  }
}
