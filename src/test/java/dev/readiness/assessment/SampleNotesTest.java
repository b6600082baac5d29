package dev.readiness.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.rubric.Topic;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The samples' notes sit on the topics they are about, and quote the guide as it writes its names.
 */
class SampleNotesTest {
  private static final Rubric RUBRIC = RubricLoader.embedded();

  /** The samples' hand-written notes, each with the words that tie it to its topic in the guide. */
  private static final Map<String, String> WRITTEN =
      Map.of(
          "T23", "operator",
          "T45", "conway's law",
          "T44", "adr",
          "T14", "late data");

  @Test
  void everyNoteIsAboutItsOwnTopic() {
    int notes = 0;
    for (Samples.Sample s : new Samples(RUBRIC).everything()) {
      for (Map.Entry<String, String> n : s.assessment().topicNotes().entrySet()) {
        Topic t = RUBRIC.topic(n.getKey());
        String note = n.getValue().toLowerCase(Locale.ROOT);
        boolean fromGuide =
            note.contains(t.question().toLowerCase(Locale.ROOT))
                || t.points().stream().anyMatch(p -> note.contains(p.toLowerCase(Locale.ROOT)));
        boolean written =
            WRITTEN.containsKey(t.id())
                && note.contains(WRITTEN.get(t.id()))
                && (t.title() + " " + t.question())
                    .toLowerCase(Locale.ROOT)
                    .contains(WRITTEN.get(t.id()).split(" ")[0].replace("'s", ""));
        boolean unsure = note.equals("not sure yet: never worked on this.");
        assertThat(fromGuide || written || unsure)
            .as("%s on %s %s in %s", n.getValue(), t.id(), t.title(), s.fileName())
            .isTrue();
        notes++;
      }
    }
    assertThat(notes).isGreaterThan(10);
  }

  @Test
  void aPointInsideASentenceKeepsItsNames() {
    assertThat(Samples.midSentence("Custom allocator patterns in Python"))
        .isEqualTo("custom allocator patterns in" + " Python");
    assertThat(Samples.midSentence("Integration with Redis Cluster vs. Memcached"))
        .isEqualTo("integration with" + " Redis Cluster vs. Memcached");
    assertThat(Samples.midSentence("AOP (Aspect-Oriented Programming) implementation"))
        .startsWith("AOP (Aspect");
    assertThat(Samples.midSentence("PyBind11 template metaprogramming patterns"))
        .startsWith("PyBind11");
    assertThat(Samples.midSentence("Dual-write patterns")).isEqualTo("dual-write patterns");
  }
}
