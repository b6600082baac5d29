package dev.readiness.report;

import dev.readiness.progress.Progress;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.Topic;
import dev.readiness.scoring.Score;
import dev.readiness.text.Lists;
import dev.readiness.text.Numbers;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the topics agreed at the last check-in stand now: the topics the previous check-in's note
 * names, each with its rating then and now ("T26 GitOps for Python Applications 1 → 2"), so a
 * mentor reads what was agreed beside what came of it.
 *
 * <p>A note names a topic by its ID ("T28"), its title ("Container Optimization"), or the title's
 * head before "for", "in", "with", "at" or "&amp;" ("GitOps" of "GitOps for Python Applications"),
 * an "s" of a plural allowed. A head of one plain word ("Python" of "Python in Edge Computing")
 * names nothing: it would match too much.
 */
final class AgreedTopics {
  private static final Pattern HEAD_END = Pattern.compile(" (?:for|in|with|at|&) ");

  private AgreedTopics() {}

  /** "Where that stands now: …", or "" when the note names no topic. */
  static String line(Rubric rubric, String agreed, Progress p, Score score) {
    String note = agreed.toLowerCase(Locale.ROOT);
    List<String> standing =
        rubric.topics().stream()
            .filter(t -> names(note, t))
            .map(t -> standing(t, p, score))
            .toList();
    return standing.isEmpty() ? "" : "Where that stands now: " + Lists.and(standing) + ".";
  }

  private static String standing(Topic t, Progress p, Score score) {
    Optional<Progress.Change> change =
        p.changes().stream().filter(c -> c.topic().equals(t.id())).findFirst();
    String name = t.id() + " " + t.title();
    if (change.isPresent()) {
      return name
          + " "
          + Numbers.level(change.get().from())
          + " → "
          + Numbers.level(change.get().to());
    }
    Double now = score.topic(t.id()).rating();
    return name + (now == null ? " still not rated" : " still at " + Numbers.level(now));
  }

  static boolean names(String note, Topic t) {
    String head = HEAD_END.split(t.title(), 2)[0];
    boolean distinctHead =
        head.contains(" ")
            || head.chars().skip(1).anyMatch(c -> Character.isUpperCase(c) || c == '-' || c == '/');
    return mentions(note, t.id())
        || mentions(note, t.title())
        || (distinctHead && mentions(note, head));
  }

  private static boolean mentions(String note, String phrase) {
    return Pattern.compile(
            "(?<![\\p{L}\\p{N}])"
                + Pattern.quote(phrase.toLowerCase(Locale.ROOT))
                + "s?(?![\\p{L}\\p{N}])")
        .matcher(note)
        .find();
  }
}
