package dev.readiness.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text drawn where no cell runs the bidi algorithm (titles, headings, chart labels) is put into its
 * seen order by the cells' own engine; names are isolated so the figures beside them stay put.
 */
class ShaperTest {
  /** محمد as it is seen: final dal, medial meem, medial hah, initial meem, left to right. */
  private static final String MUHAMMAD_SEEN = "\uFEAA\uFEE4\uFEA4\uFEE3";

  @Test
  void anArabicNameInATitleIsJoinedAndReadsRightToLeft() {
    assertThat(Shaper.visual("Interview readiness: محمد", false))
        .isEqualTo("Interview readiness: " + MUHAMMAD_SEEN);
  }

  @Test
  void latinAndChineseTextIsLeftAsItIs() {
    String text = "Interview readiness: Zoë Łukasiewicz 王小明 (C-1003)";
    assertThat(Shaper.visual(text, false)).isSameAs(text);
  }

  @Test
  void anIsolatedNameKeepsTheIdBesideItWhole() {
    List<String> names = Shaper.names(List.of("محمد"));
    String isolated = Shaper.isolate("ab محمد (1002)", names);
    assertThat(Shaper.rightToLeft(isolated)).isFalse();
    assertThat(Shaper.visual(isolated, false)).isEqualTo("ab " + MUHAMMAD_SEEN + " (1002)");
    // without the isolates, Unicode's rules pull " (1002" into the name's direction and split the
    // brackets
    assertThat(Shaper.visual("ab محمد (1002)", false)).isEqualTo("ab (1002) " + MUHAMMAD_SEEN);
  }

  @Test
  void aNameWithAnUndrawableCharacterIsIsolatedInTheFormItIsDrawnIn() {
    Fonts fonts = Fonts.get().forDocument(List.of("محمد ✅"));
    // the emoji is drawn as the marker, and the name with it stays whole beside its ID
    assertThat(fonts.chartText("محمد ✅ (C-2001)"))
        .isEqualTo(Missing.MARKER + " " + MUHAMMAD_SEEN + " (C-2001)");
    assertThat(fonts.warnings()).hasSize(1);
  }

  @Test
  void aNameFirstInACellDoesNotTurnTheCellRound() {
    List<String> names = Shaper.names(List.of("محمد"));
    assertThat(Shaper.rightToLeft(Shaper.isolate("محمد (C-2001)", names))).isFalse();
    assertThat(Shaper.rightToLeft(Shaper.isolate("محمد · self", names))).isFalse();
    assertThat(Shaper.rightToLeft(Shaper.isolate("محمد (1002)", names))).isFalse();
    // a cell that is only the name takes the name's direction, and a note its own first letter's
    assertThat(Shaper.rightToLeft(Shaper.isolate("محمد", names))).isTrue();
    assertThat(Shaper.rightToLeft(Shaper.isolate("يحتاج إلى مزيد (2 h)", names))).isTrue();
  }

  @Test
  void onlyRightToLeftNamesAreIsolatedTheLongestFirst() {
    assertThat(Shaper.names(List.of("Zoë Łukasiewicz", "محمد", "محمد عبد الله", " ", "王小明")))
        .containsExactly("محمد عبد الله", "محمد");
    List<String> names = Shaper.names(List.of("محمد", "محمد عبد الله"));
    assertThat(Shaper.isolate("محمد عبد الله · محمد", names))
        .isEqualTo("\u2068محمد عبد الله\u2069 · \u2068محمد\u2069");
  }

  @Test
  void theDirectionOfATextIsThatOfItsFirstStrongLetter() {
    assertThat(Shaper.rightToLeft("يحتاج إلى مزيد من الممارسة في أنظمة asyncio الكبيرة.")).isTrue();
    assertThat(Shaper.rightToLeft("  (3) שלום")).isTrue();
    assertThat(Shaper.rightToLeft("asyncio: يحتاج")).isFalse();
    assertThat(Shaper.rightToLeft("12 — ")).isFalse();
  }
}
