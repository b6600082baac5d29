package dev.readiness.report;

import dev.readiness.rubric.Rubric;
import dev.readiness.scoring.PartScore;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.Scorer;
import dev.readiness.scoring.Status;
import dev.readiness.scoring.TopicScore;
import dev.readiness.text.Limits;
import dev.readiness.text.Lists;
import java.util.Comparator;
import java.util.List;

/**
 * Page 1's sentence and the gaps shown beside it, which always agree: the sentence names the parts
 * to start with (not-ready parts first, then close ones, most gap points first within each), and
 * the largest gaps are taken from those parts.
 *
 * @param focusParts the part IDs the sentence names, in the order it names them
 * @param gapTopics the topics shown as the largest gaps, largest weighted gap first
 * @param gapNote why the gaps are not from the named parts, or "" when they are
 * @param gapsHeading the gaps' heading: "Largest gaps in Part 3 and Part 4" when they are the named
 *     parts' (the JSON's largestGaps, over every part, may hold others), else "Largest gaps"
 */
public record Headline(
    String text,
    List<String> focusParts,
    List<String> gapTopics,
    String gapNote,
    String gapsHeading) {
  public Headline {
    focusParts = List.copyOf(focusParts);
    gapTopics = List.copyOf(gapTopics);
  }

  /**
   * @param startParts the parts the plan studies first, in its order: the sentence names these, so
   *     that page 1 and the plan's first weeks agree; when the plan studies nothing, the parts most
   *     in need
   */
  private static final String GAPS = "Largest gaps";

  static Headline of(Rubric rubric, Score score, List<String> startParts) {
    return of(rubric, score, startParts, false);
  }

  /**
   * @param forPanel a hiring panel reads it: it names the weakest parts, as a panel weighs them,
   *     rather than where to start studying
   */
  static Headline of(Rubric rubric, Score score, List<String> startParts, boolean forPanel) {
    String role = score.role().title();
    if (score.verdict() == Status.NOT_RATED) {
      return new Headline(
          "Not rated yet: fill in the ratings to get a verdict for " + role + ".",
          List.of(),
          List.of(),
          "",
          GAPS);
    }
    List<PartScore> named =
        (startParts.isEmpty()
                ? new Scorer(rubric)
                    .partsByNeed(score).stream()
                        .filter(p -> p.status() == Status.NOT_READY || p.status() == Status.CLOSE)
                : startParts.stream().map(score::part))
            .limit(Limits.NAMED_PARTS)
            .toList();
    List<String> ids = named.stream().map(PartScore::id).toList();
    String text =
        verdictWords(score.verdict())
            + " "
            + role
            + (!named.isEmpty()
                ? "; "
                    + (forPanel
                        ? "weakest in "
                        : score.verdict() == Status.READY ? "polish " : "start with ")
                    + names(rubric, named)
                    + "."
                : unratedParts(rubric, score));
    List<String> gaps = namedGaps(score, ids);
    // the named parts' gaps say so; the fallback below (no gap there) keeps the plain heading
    String heading =
        gaps.isEmpty()
            ? GAPS
            : GAPS
                + " in "
                + Lists.and(ids.stream().map(id -> "Part " + rubric.part(id).number()).toList());
    String note = "";
    if (gaps.isEmpty() && !score.largestGaps().isEmpty()) {
      gaps =
          score.largestGaps().stream().limit(Limits.PAGE_ONE_TOPICS).map(TopicScore::id).toList();
      note =
          ids.isEmpty()
              ? ""
              : "The parts named have no topic below target: they miss only the depth goal, so"
                  + " the largest gaps elsewhere are shown.";
    }
    return new Headline(text, ids, gaps, note, heading);
  }

  /**
   * The largest gaps of the parts named: largest weighted gap first; on a tie, the part named first
   * (an all-0 candidate's Part 2 before Part 1 when the sentence starts with Part 2).
   */
  private static List<String> namedGaps(Score score, List<String> ids) {
    return score.largestGaps().stream()
        .filter(t -> ids.contains(t.part()))
        .sorted(
            Comparator.comparingDouble(TopicScore::weightedGap)
                .reversed()
                .thenComparingInt(t -> ids.indexOf(t.part())))
        .limit(Limits.PAGE_ONE_TOPICS)
        .map(TopicScore::id)
        .toList();
  }

  /** With no part to name: every part is ready, or some have no rated topic to judge. */
  private static String unratedParts(Rubric rubric, Score score) {
    List<PartScore> unrated =
        score.parts().stream().filter(p -> p.status() == Status.NOT_RATED).toList();
    if (unrated.isEmpty()) {
      return ": every part is ready.";
    }
    if (unrated.size() == score.parts().size()) {
      return "; no topic is rated yet, so rate the topics first.";
    }
    return "; rate the topics of "
        + Lists.and(unrated.stream().map(p -> rubric.part(p.id()).heading()).toList())
        + " to judge "
        + (unrated.size() == 1 ? "that part." : "those parts.");
  }

  private static String verdictWords(Status verdict) {
    return switch (verdict) {
      case READY -> "Ready for";
      case CLOSE -> "Close to ready for";
      default -> "Not ready yet for";
    };
  }

  private static String names(Rubric rubric, List<PartScore> parts) {
    List<String> out =
        parts.stream()
            .map(p -> rubric.part(p.id()).heading() + " (" + p.status().label() + ")")
            .toList();
    return Lists.and(out);
  }
}
