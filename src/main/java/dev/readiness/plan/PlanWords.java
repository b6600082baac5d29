package dev.readiness.plan;

import dev.readiness.rubric.Rubric;
import dev.readiness.scoring.Score;
import dev.readiness.text.Numbers;
import dev.readiness.text.Plural;
import java.util.List;

/**
 * The plan's summary sentence: what it covers, and what it leaves out or unfinished, each with its
 * hours.
 */
final class PlanWords {
  /** How many left-out topics the summary names before "…". */
  static final int NAMED_TOPICS = 5;

  private final Rubric rubric;
  private final Score score;

  PlanWords(Rubric rubric, Score score) {
    this.rubric = rubric;
    this.score = score;
  }

  String summary(StudyPlan p, int extraWeeks) {
    PlanInputs in = p.inputs();
    String hours = Numbers.hours(in.hoursPerWeek()) + " h a week";
    String target = "the " + score.role().title() + " target";
    String span =
        weeks(in.weeks())
            + " ("
            + Numbers.hours(p.hoursPlanned())
            + " of "
            + Numbers.hours(p.hoursAvailable())
            + " hours planned)";
    StringBuilder s = new StringBuilder();
    if (p.upkeep()) {
      s.append("No gap to ")
          .append(target)
          .append(
              " and the depth goals are met: this is an upkeep plan of practice" + " and reading, ")
          .append(hours)
          .append(", ")
          .append(Numbers.percent(p.practiceShare()))
          .append(" of it practice (while gaps remain, practice takes at most ")
          .append(Numbers.percent(rubric.planning().practice().maxShare()))
          .append(").");
    } else if (p.closesEveryGap()) {
      s.append("The plan closes every gap to ")
          .append(target)
          .append(" in ")
          .append(span)
          .append('.');
    } else {
      s.append("Time is short: the plan covers ")
          .append(Numbers.percent(p.gapCovered()))
          .append(" of the gap to ")
          .append(target)
          .append(" in ")
          .append(span)
          .append(" at ")
          .append(hours)
          .append('.');
      if (!p.leftOut().isEmpty()) {
        s.append(" Not started: ")
            .append(topics(p.leftOut()))
            .append(", ")
            .append(Numbers.hours(Math.ceil(p.leftOutHours())))
            .append(" hours.");
      }
      if (!p.partlyPlanned().isEmpty()) {
        int n = p.partlyPlanned().size();
        s.append(" Started but short of target: ")
            .append(n)
            .append(n == 1 ? " topic, " : " topics, ")
            .append(Numbers.hours(Math.ceil(p.unfinishedHours())))
            .append(" more hours.");
      }
      if (extraWeeks > 0) {
        s.append(" At ")
            .append(hours)
            .append(", ")
            .append(extraWeeks)
            .append(" more")
            .append(extraWeeks == 1 ? " week" : " weeks")
            .append(" would cover it.");
      } else {
        s.append(" At ")
            .append(hours)
            .append(" there is no room for topic work; more hours are needed.");
      }
    }
    long unrated = score.unratedTopics();
    if (unrated > 0) {
      s.append(' ')
          .append(unrated)
          .append(unrated == 1 ? " topic is" : " topics are")
          .append(" not rated and not planned: rate them to include them.");
    }
    return s.toString();
  }

  /** "4 topics (T19 Distributed Tracing, T20 Chaos Engineering, …)". */
  private String topics(List<String> ids) {
    List<String> named =
        ids.stream().limit(NAMED_TOPICS).map(id -> id + " " + rubric.topic(id).title()).toList();
    return ids.size()
        + (ids.size() == 1 ? " topic (" : " topics (")
        + String.join(", ", named)
        + (ids.size() > NAMED_TOPICS ? ", …" : "")
        + ")";
  }

  static String weeks(int n) {
    return Plural.count(n, "week");
  }
}
