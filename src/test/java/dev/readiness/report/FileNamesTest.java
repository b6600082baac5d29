package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Candidate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FileNamesTest {
  @Test
  void aCutNeverSplitsASurrogatePair() {
    String slug = FileNames.slug("a".repeat(59) + "𠀀𠀀");
    assertThat(slug).isEqualTo("a".repeat(59) + "𠀀");
    assertThat(slug.codePoints()).noneMatch(c -> c >= 0xD800 && c <= 0xDFFF);
    assertThat(Path.of(slug + "-2026-11-02.pdf").getFileName().toString()).startsWith(slug);
  }

  @Test
  void aNameInAThreeByteScriptIsCutByBytes() {
    String slug = FileNames.slug("漢".repeat(200));
    assertThat(slug.getBytes(StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(FileNames.MAX_PART_BYTES);
    assertThat(slug).isEqualTo("漢".repeat(FileNames.MAX_PART_BYTES / 3));
    // the longest file the tool makes of two such parts, with its temporary suffix, fits 255 bytes
    String longest =
        "."
            + slug
            + "-"
            + "x".repeat(FileNames.MAX_PART_BYTES)
            + "-2026-11-02-"
            + "0".repeat(12)
            + "-kit-interviewer.pdf.readiness-4194304-0123456789abcdef.part";
    assertThat(longest.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
  }

  @Test
  void aLongNameGivesWayToTheId() {
    assertThat(FileNames.slug(new Candidate("Priya Raman", "C-1001")))
        .isEqualTo("priya-raman-c-1001");
    String slug = FileNames.slug(new Candidate("a".repeat(59) + "𠀀𠀀", "B-1000"));
    assertThat(slug).isEqualTo("a".repeat(53) + "-b-1000");
    String han = FileNames.slug(new Candidate("漢".repeat(200), "字".repeat(100)));
    assertThat(han).isEqualTo("漢".repeat(13) + "-" + "字".repeat(13));
    assertThat(han.getBytes(StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(FileNames.MAX_PART_BYTES);
  }

  @Test
  void hangulStaysComposedAndNamesWithoutLettersGetACode() {
    assertThat(FileNames.slug("김민준")).isEqualTo("김민준");
    assertThat(FileNames.slug(new Candidate("!!!", null)))
        .isEqualTo("candidate-" + FileNames.code(new Candidate("!!!", null).key()));
    assertThat(FileNames.slug(new Candidate("???", null)))
        .isNotEqualTo(FileNames.slug(new Candidate("!!!", null)));
  }

  @Test
  void twoKeysWhoseStringHashCodesMatchGetTwoNames() {
    // "name:a!@b" and "name:a\"!b" share a String.hashCode: the code must come from a strong hash
    assertThat("name:a!@b".hashCode()).isEqualTo("name:a\"!b".hashCode());
    Map<String, String> proposed = new LinkedHashMap<>();
    proposed.put("name:a!@b", "a-b-2026-11-02");
    proposed.put("name:a\"!b", "a-b-2026-11-02");
    Map<String, String> names = FileNames.distinct(proposed, Set.of());
    assertThat(names.get("name:a!@b"))
        .isNotEqualTo(names.get("name:a\"!b"))
        .startsWith("a-b-2026-11-02-")
        .hasSize("a-b-2026-11-02-".length() + 12);
  }

  @Test
  void namesThatACaseBlindFolderTakesForOneAreToldApart() {
    Map<String, String> proposed = new LinkedHashMap<>();
    proposed.put("k1", "ana-2026-11-02");
    proposed.put("k2", "ANA-2026-11-02");
    proposed.put("k3", "summary");
    proposed.put("k4", "ben-2026-11-02");
    Map<String, String> names = FileNames.distinct(proposed, Set.of("summary"));
    assertThat(names.get("k1")).isNotEqualToIgnoringCase(names.get("k2"));
    assertThat(names.get("k3")).isNotEqualTo("summary").startsWith("summary-");
    assertThat(names.get("k4")).isEqualTo("ben-2026-11-02");
  }
}
