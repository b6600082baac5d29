package dev.readiness.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Every kind of place is worded in one way, and a problem prints it between the file and the
 * message.
 */
class LocationTest {
  @Test
  void eachKindOfPlaceIsWorded() {
    assertThat(Location.cell("Topics", "E17").text()).isEqualTo("Topics!E17");
    assertThat(Location.sheet("Skills").text()).isEqualTo("Skills");
    assertThat(Location.line(12, "$.roles[2].targets").text())
        .isEqualTo("line 12: $.roles[2].targets");
    assertThat(Location.line(3).text()).isEqualTo("line 3");
    assertThat(Location.FILE.text()).isEmpty();
  }

  @Test
  void aProblemPrintsFilePlaceAndMessage() {
    assertThat(
            Problem.error(
                    "a.xlsx", Location.cell("Topics", "E2"), "rating \"9\" is outside the scale")
                .toString())
        .isEqualTo("a.xlsx: Topics!E2: rating \"9\" is outside the scale");
    assertThat(
            Problem.warning("a.xlsx", Location.sheet("Skills"), "2 skills are not rated")
                .toString())
        .isEqualTo("a.xlsx: Skills: warning: 2 skills are not rated");
    assertThat(Problem.error("a.xlsx", Location.FILE, "the file is empty").toString())
        .isEqualTo("a.xlsx: the file is empty");
    assertThat(Problem.error("a.xlsx", null, "no such file").location()).isEqualTo(Location.FILE);
  }

  @Test
  void thePlacedMessageLeavesTheFileOut() {
    assertThat(Problem.error("a.xlsx", Location.cell("Topics", "E2"), "bad").placedMessage())
        .isEqualTo("Topics!E2: bad");
    assertThat(Problem.error("a.xlsx", Location.FILE, "bad").placedMessage()).isEqualTo("bad");
  }

  @Test
  void aCellNeedsItsSheetAndAPathItsLine() {
    assertThatThrownBy(() -> new Location(null, "E2", null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Location(null, null, null, "$.x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
