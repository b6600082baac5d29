package dev.readiness.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one plural rule: plural unless the count is exactly one, with the verb agreeing. */
class PluralTest {
  @Test
  void pluralUnlessExactlyOne() {
    assertThat(Plural.count(0, "topic")).isEqualTo("0 topics");
    assertThat(Plural.count(1, "topic")).isEqualTo("1 topic");
    assertThat(Plural.count(2, "week")).isEqualTo("2 weeks");
    assertThat(Plural.noun(1, "week")).isEqualTo("week");
  }

  @Test
  void theVerbAgrees() {
    assertThat(Plural.countIs(1, "skill")).isEqualTo("1 skill is");
    assertThat(Plural.countIs(20, "topic")).isEqualTo("20 topics are");
    assertThat(Plural.them(1)).isEqualTo("it");
    assertThat(Plural.them(0)).isEqualTo("them");
  }
}
