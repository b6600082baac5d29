package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.rubric.Topic;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Which topics a check-in note names: by ID, title or the title's distinctive head, and nothing
 * else.
 */
class AgreedTopicsTest {
  private static final Rubric RUBRIC = RubricLoader.embedded();

  private static String named(String note) {
    return String.join(
        " ",
        RUBRIC.topics().stream()
            .filter(t -> AgreedTopics.names(note.toLowerCase(Locale.ROOT), t))
            .map(Topic::id)
            .toList());
  }

  @Test
  void aNoteNamesTopicsByIdTitleOrHead() {
    assertThat(named("Agreed: container optimization and GitOps next")).isEqualTo("T26 T28");
    assertThat(named("Work on T31 and the data mesh implementations")).isEqualTo("T31 T42");
    assertThat(named("Read up on Team Topologies; practise ADRs")).isEqualTo("T45");
    assertThat(named("Start with async/await, then meta-programming")).isEqualTo("T02 T03");
  }

  @Test
  void aPlainWordOrAPartOfAWordNamesNothing() {
    // "Python" heads "Python in Edge Computing" but names no topic; "T3" is not T31, "gitopsy" is
    // not GitOps
    assertThat(named("More Python practice; pair with the platform team")).isEmpty();
    assertThat(named("T3 and gitopsy")).isEmpty();
  }
}
