package dev.readiness.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A rubric is named with its SHA-256 wherever a report says what it was made with, and a changed
 * copy of the default rubric that kept its ID is called modified, so two rubrics with one ID can be
 * told apart.
 */
class RubricDigestTest {
  private static final Path FILE = Path.of("rubric/python-architect-2026.json");

  /**
   * The digest sha256sum prints for the committed rubric file, found with the JDK's own provider.
   */
  private static String sha256sum(byte[] bytes) throws Exception {
    StringBuilder hex = new StringBuilder();
    for (byte b : java.security.MessageDigest.getInstance("SHA-256").digest(bytes)) {
      hex.append(String.format("%02x", b));
    }
    return hex.toString();
  }

  @Test
  void theDefaultRubricCarriesTheDigestOfItsFileAndIsNotModified() throws Exception {
    Rubric embedded = RubricLoader.embedded();
    assertThat(embedded.sha256()).isEqualTo(sha256sum(Files.readAllBytes(FILE))).hasSize(64);
    assertThat(embedded.modified()).isFalse();
    assertThat(embedded.id()).isEqualTo(RubricLoader.EMBEDDED_ID);
    assertThat(embedded.reference())
        .isEqualTo("python-architect-2026 (SHA-256 " + embedded.sha256().substring(0, 12) + ")");
    // the same file given with --rubric is the default rubric
    Rubric same = RubricLoader.load(FILE);
    assertThat(same.sha256()).isEqualTo(embedded.sha256());
    assertThat(same.modified()).isFalse();
  }

  @Test
  void aChangedCopyWithTheDefaultIdIsModified() throws Exception {
    String json =
        Files.readString(FILE)
            .replace(
                "Senior Python Architect Interview Guide 2026",
                "Senior Python Architect Interview Guide 2026 (our copy)");
    Rubric changed = RubricLoader.parse("ours.json", json.getBytes(StandardCharsets.UTF_8));
    assertThat(changed.id()).isEqualTo("python-architect-2026");
    assertThat(changed.modified()).isTrue();
    assertThat(changed.sha256()).isNotEqualTo(RubricLoader.embedded().sha256());
    assertThat(changed.reference())
        .isEqualTo(
            "python-architect-2026, modified (SHA-256 " + changed.sha256().substring(0, 12) + ")");
  }

  @Test
  void aRubricOfItsOwnIdIsNotCalledModified() throws Exception {
    String json =
        Files.readString(FILE)
            .replace("\"id\": \"python-architect-2026\"", "\"id\": \"acme-2027\"");
    Rubric own = RubricLoader.parse("acme.json", json.getBytes(StandardCharsets.UTF_8));
    assertThat(own.id()).isEqualTo("acme-2027");
    assertThat(own.modified()).isFalse();
    assertThat(own.reference()).startsWith("acme-2027 (SHA-256 ");
  }
}
