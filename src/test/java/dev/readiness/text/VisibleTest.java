package dev.readiness.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTest {
  @Test
  void controlAndReorderingCharactersAreWrittenOut() {
    assertThat(Visible.of("\u001b[2Jok\r\nfake\u202Etxt.exe\u0085"))
        .isEqualTo("\\u001b[2Jok\\u000d\\u000afake" + "\\u202etxt.exe\\u0085");
    assertThat(Visible.of("Zoë Łukasiewicz 王小明 محمد")).isEqualTo("Zoë Łukasiewicz 王小明 محمد");
    assertThat(Visible.of("Topics\u200B, So\u00ADft\u2060\uFEFF"))
        .isEqualTo("Topics\\u200b, So\\u00adft\\u2060\\ufeff");
    assertThat(Visible.of("👩\u200D💻 می\u200Cخواهم")).isEqualTo("👩\u200D💻 می\u200Cخواهم");
  }

  @Test
  void everyKindOfSpaceIsTrimmed() {
    assertThat(Names.trimSpaces("\u00A0\u2007 3\t\u202F\uFEFF")).isEqualTo("3");
  }
}
