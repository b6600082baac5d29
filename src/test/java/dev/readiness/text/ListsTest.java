package dev.readiness.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListsTest {
  @Test
  void aFewItemsAreJoinedWithAnd() {
    assertThat(Lists.and(List.of())).isEmpty();
    assertThat(Lists.and(List.of("a"))).isEqualTo("a");
    assertThat(Lists.and(List.of("a", "b"))).isEqualTo("a and b");
    assertThat(Lists.and(List.of("a", "b", "c"))).isEqualTo("a, b and c");
  }

  @Test
  void aLongListSaysHowManyItLeavesOut() {
    assertThat(Lists.firstOf(List.of("a", "b", "c"), 3, ", ")).isEqualTo("a, b and c");
    assertThat(Lists.firstOf(List.of("a", "b", "c", "d"), 3, ", ")).isEqualTo("a, b, c and 1 more");
    assertThat(Lists.firstOf(List.of("a, x", "b, y", "c"), 2, "; "))
        .isEqualTo("a, x; b, y and 1 more");
    // items that hold commas are parted alike whether the list is cut or not
    assertThat(Lists.firstOf(List.of("a, x", "b, y", "c"), 3, "; ")).isEqualTo("a, x; b, y and c");
  }
}
