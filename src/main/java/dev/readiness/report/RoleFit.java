package dev.readiness.report;

import dev.readiness.assessment.Assessment;
import dev.readiness.plan.ReadyHours;
import dev.readiness.plan.StudyCost;
import dev.readiness.rubric.Role;
import dev.readiness.rubric.Rubric;
import dev.readiness.scoring.PartScore;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.Scorer;
import dev.readiness.scoring.Status;
import dev.readiness.scoring.TopicScore;
import dev.readiness.text.Lists;
import dev.readiness.text.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The assessment scored against one role of the rubric, so a candidate aiming at one role sees
 * whether another is already in reach.
 *
 * @param notReadyParts the parts whose status is not ready for this role
 * @param hoursToTarget the study hours to bring every rated topic to this role's targets
 * @param hoursToReady the least study hours that bring this role's verdict to Ready (0 when it is),
 *     by the plan's model; null when study alone cannot
 * @param readyNote why study alone cannot reach Ready, or null
 */
public record RoleFit(
    String role,
    String title,
    Double readinessIndex,
    Status verdict,
    List<String> notReadyParts,
    double hoursToTarget,
    Double hoursToReady,
    String readyNote) {
  public RoleFit {
    notReadyParts = List.copyOf(notReadyParts);
  }

  /** Every role in the rubric's order; the scored role's entry is the report's own score. */
  static List<RoleFit> of(Rubric rubric, Assessment a, Score scored) {
    Scorer scorer = new Scorer(rubric);
    StudyCost cost = new StudyCost(rubric);
    ReadyHours ready = new ReadyHours(rubric);
    List<RoleFit> out = new ArrayList<>();
    for (Role role : rubric.roles()) {
      Score s = role.id().equals(scored.role().id()) ? scored : scorer.score(a, role);
      double hours =
          s.topics().stream()
              .filter(TopicScore::rated)
              .mapToDouble(t -> cost.hours(t.rating(), t.target()))
              .sum();
      ReadyHours.Result r = ready.of(a, s);
      out.add(
          new RoleFit(
              role.id(),
              role.title(),
              s.readinessIndex(),
              s.verdict(),
              s.parts().stream()
                  .filter(p -> p.status() == Status.NOT_READY)
                  .map(PartScore::id)
                  .toList(),
              hours,
              r.hours(),
              r.reason()));
    }
    return out;
  }

  /**
   * The best fit now: the most senior role the candidate is ready for (roles are listed from junior
   * to senior); when there is none, the close role with the highest index, the more junior on a tie
   * (it is the nearer step); empty when no role is at least close, for "best fit" would then name a
   * role the candidate is not fit for.
   */
  static Optional<RoleFit> best(List<RoleFit> fits) {
    for (int i = fits.size() - 1; i >= 0; i--) {
      if (fits.get(i).verdict() == Status.READY) {
        return Optional.of(fits.get(i));
      }
    }
    RoleFit best = null;
    for (RoleFit f : fits) {
      if (f.verdict() == Status.CLOSE
          && (best == null || f.readinessIndex() > best.readinessIndex())) {
        best = f;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Page 1's line: "Ready now for Senior (index 91.2); Lead 72.5 (Close, Ready in about 60 h of
   * topic study); …". A verdict short of what its index alone would give says which parts hold it
   * back.
   */
  static String line(Rubric rubric, List<RoleFit> fits) {
    return line(rubric, fits, true);
  }

  /**
   * The line with or without the study it would take: a hiring panel's packet has no study plan, so
   * it says where the candidate stands and what holds each role back, not the hours.
   */
  static String line(Rubric rubric, List<RoleFit> fits, boolean withStudy) {
    List<String> parts = new ArrayList<>();
    boolean hoursNamed = false;
    boolean reasonGiven = false;
    for (RoleFit f : fits) {
      if (f.verdict() == Status.READY) {
        parts.add(
            "Ready now for " + f.title() + " (index " + Numbers.index(f.readinessIndex()) + ")");
      } else if (f.verdict() == Status.NOT_RATED) {
        parts.add(f.title() + ": not rated");
      } else {
        String held =
            f.notReadyParts().isEmpty() || f.readinessIndex() < rubric.scoring().readyIndex()
                ? ""
                : ": "
                    + Lists.and(
                        f.notReadyParts().stream()
                            .map(p -> "Part " + rubric.part(p).number())
                            .toList())
                    + " not ready";
        // the reason is given once, where it first applies: the roles after it share its cause
        String ready =
            f.hoursToReady() == null
                ? f.readyNote() == null || reasonGiven
                    ? "study alone cannot reach Ready"
                    : f.readyNote()
                // "topic study": the plan also gives hours to practice, so its own total is larger
                : "Ready in about "
                    + Numbers.hours(Math.ceil(f.hoursToReady()))
                    + " h"
                    + (hoursNamed ? "" : " of topic study");
        reasonGiven |= f.hoursToReady() == null && f.readyNote() != null;
        parts.add(
            f.title()
                + " "
                + Numbers.index(f.readinessIndex())
                + " ("
                + f.verdict().label()
                + held
                + (withStudy ? ", " + ready : "")
                + ")");
        hoursNamed |= f.hoursToReady() != null;
      }
    }
    return String.join("; ", parts) + ".";
  }
}
