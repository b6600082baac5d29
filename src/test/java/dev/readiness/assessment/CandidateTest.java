package dev.readiness.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class CandidateTest {
  @Test
  void theSamePersonWhateverTheCaseSpacingOrUnicodeForm() {
    String composed = Normalizer.normalize("Zoë Łukasiewicz", Normalizer.Form.NFC);
    String decomposed = Normalizer.normalize("Zoë Łukasiewicz", Normalizer.Form.NFD);
    assertThat(composed).isNotEqualTo(decomposed);
    assertThat(new Candidate(composed, null).key())
        .isEqualTo(new Candidate("  zoë   ŁUKASIEWICZ ", null).key())
        .isEqualTo(new Candidate(decomposed, "").key());
  }

  @Test
  void anIdDecidesWhenThereIsOne() {
    assertThat(new Candidate("Alex Doe", "E-1").key())
        .isNotEqualTo(new Candidate("Alex Doe", "E-2").key());
    assertThat(new Candidate("Alex Doe", "e-1").key())
        .isEqualTo(new Candidate("A. Doe", " E-1 ").key());
  }
}
