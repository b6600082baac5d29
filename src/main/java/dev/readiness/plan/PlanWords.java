package dev.readiness.plan;

import dev.readiness.rubric.Rubric;
import dev.readiness.scoring.Score;
import dev.readiness.text.Limits;
import dev.readiness.text.Lists;
import dev.readiness.text.Numbers;
import dev.readiness.text.Plural;
import java.util.List;

/**
 * The plan's summary sentence: what it covers, and what it leaves out or unfinished, each with its
 * hours.
 */
final class PlanWords {

  private final Rubric rubric;
  private final Score score;

  PlanWords(Rubric rubric, Score score) {
    this.rubric = rubric;
    this.score = score;
  }

  String summary(StudyPlan p, int extraWeeks) {
    String hours = Numbers.hours(p.inputs().hoursPerWeek()) + " h a week";
    String target = "the " + score.role().title() + " target";
    String said;
    if (p.upkeep()) {
      said = upkeep(p, target, hours);
    } else if (p.closesEveryGap()) {
      said = "The plan closes every gap to " + target + " in " + span(p) + '.';
    } else {
      said = shortfall(p, target, hours, extraWeeks);
    }
    return said + unrated();
  }

  /** With no gap to close, the plan keeps the levels up with practice and reading. */
  private String upkeep(StudyPlan p, String target, String hours) {
    return "No gap to "
        + target
        + " and the depth goals are met: this is an upkeep plan of practice"
        + " and reading, "
        + hours
        + ", "
        + Numbers.percent(p.practiceShare())
        + " of it practice (while gaps remain, practice takes at most "
        + Numbers.percent(rubric.planning().practice().maxShare())
        + ").";
  }

  /** The weeks and the hours they hold: "8 weeks (40 of 48 hours planned)". */
  private static String span(StudyPlan p) {
    return weeks(p.inputs().weeks())
        + " ("
        + Numbers.hours(p.hoursPlanned())
        + " of "
        + Numbers.hours(p.hoursAvailable())
        + " hours planned)";
  }

  /**
   * Time is short: the share of the gap the plan covers, what it leaves not started or unfinished,
   * and how many more weeks would cover the rest.
   */
  private String shortfall(StudyPlan p, String target, String hours, int extraWeeks) {
    StringBuilder s = new StringBuilder();
    s.append("Time is short: the plan covers ")
        .append(Numbers.percent(p.gapCovered()))
        .append(" of the gap to ")
        .append(target)
        .append(" in ")
        .append(span(p))
        .append(" at ")
        .append(hours)
        .append('.');
    if (!p.leftOut().isEmpty()) {
      s.append(" Not started: ")
          .append(topics(p.leftOut()))
          .append(", ")
          .append(Numbers.hours(p.leftOutHours()))
          .append(" hours.");
    }
    if (!p.partlyPlanned().isEmpty()) {
      int n = p.partlyPlanned().size();
      s.append(" Started but short of target: ")
          .append(Plural.count(n, "topic"))
          .append(", ")
          .append(Numbers.hours(p.unfinishedHours()))
          .append(" more hours.");
    }
    if (extraWeeks > 0) {
      s.append(" At ")
          .append(hours)
          .append(", ")
          .append(extraWeeks)
          .append(" more ")
          .append(Plural.noun(extraWeeks, "week"))
          .append(" would cover it.");
    } else {
      s.append(" At ")
          .append(hours)
          .append(" there is no room for topic work; more hours are needed.");
    }
    return s.toString();
  }

  /** The topics not rated are not planned either: said so they are not missed. */
  private String unrated() {
    long unrated = score.unratedTopics();
    if (unrated <= 0) {
      return "";
    }
    return " "
        + Plural.countIs(unrated, "topic")
        + " not rated and not planned: rate "
        + Plural.them(unrated)
        + " to include "
        + Plural.them(unrated)
        + ".";
  }

  /** "7 topics (T19 Distributed Tracing, T20 Chaos Engineering, … and 2 more)". */
  private String topics(List<String> ids) {
    List<String> named = ids.stream().map(id -> id + " " + rubric.topic(id).title()).toList();
    return Plural.count(ids.size(), "topic")
        + " ("
        + Lists.firstOf(named, Limits.LEFT_OUT_TOPICS_NAMED, ", ")
        + ")";
  }

  static String weeks(int n) {
    return Plural.count(n, "week");
  }
}
