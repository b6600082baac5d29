package dev.readiness.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A character no font draws is shown as a marker in its place, and named once in a warning. */
class MissingTest {
  private final Missing missing = new Missing(Fonts.get()::drawable);

  @Test
  void anEmojiBecomesAMarkerAndTheSpacesStay() {
    missing.at("Summary");
    assertThat(missing.mark("Done ✅ reviewed 🚀 and")).isEqualTo("Done □ reviewed □ and");
    assertThat(missing.warnings())
        .containsExactly(
            "the PDF cannot draw ✅ (U+2705 WHITE HEAVY CHECK MARK),"
                + " 🚀 (U+1F680 ROCKET) in \"Done ✅ reviewed 🚀 and\" (Summary); each is shown as □");
  }

  @Test
  void eachCharacterIsWarnedOfOnceWhereItIsFirstMet() {
    missing.at("Check-ins");
    missing.mark("ok ✅");
    missing.at("Study plan");
    assertThat(missing.mark("✅ again")).isEqualTo("□ again");
    assertThat(missing.warnings())
        .containsExactly(
            "the PDF cannot draw ✅ (U+2705 WHITE HEAVY CHECK MARK) in \"ok ✅\" (Check-ins); it is shown as □");
  }

  @Test
  void anEmojiWithItsModifiersAndJoinersIsOneMarker() {
    assertThat(missing.mark("a 👍🏽 b")).isEqualTo("a □ b");
    assertThat(missing.mark("a 👨\u200D👩\u200D👧 b")).isEqualTo("a □ b");
    assertThat(missing.mark("a 🇵🇱 b")).isEqualTo("a □ b");
    // DejaVu draws the heart, in text style: it stays, and its emoji-style selector is simply not
    // drawn
    assertThat(missing.mark("a ❤\uFE0F b")).isEqualTo("a ❤\uFE0F b");
  }

  @Test
  void whatTheFontsDrawIsLeftAlone() {
    String text = "Zoë Łukasiewicz 王小明 محمد Ελληνικά 한국어 ●○ → ×";
    assertThat(missing.mark(text)).isSameAs(text);
    assertThat(missing.warnings()).isEmpty();
  }

  @Test
  void aLongTextIsQuotedAroundTheCharacter() {
    missing.mark("x".repeat(100) + " ✅ " + "y".repeat(100));
    assertThat(missing.warnings())
        .singleElement()
        .asString()
        .contains("in \"…" + "x".repeat(19) + " ✅ " + "y".repeat(38) + "…\"");
  }
}
