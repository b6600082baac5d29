package dev.readiness.workbook;

import static dev.readiness.workbook.TestWorkbooks.RUBRIC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.ReadResult;
import dev.readiness.assessment.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The workbooks committed in samples/ are what the generator writes today, in the current format.
 */
class SamplesTest {
  @Test
  void committedSamplesMatchTheGenerator() {
    for (Samples.Sample s : new Samples(RUBRIC).everything()) {
      Path file = Path.of("samples", s.fileName());
      assertThat(file)
          .as("run: java -jar target/readiness.jar samples -o samples --force")
          .exists();
      ReadResult r = new WorkbookReader(RUBRIC).read(file);
      assertThat(r.hasErrors()).as(r.problems().toString()).isFalse();
      Assessment read = r.assessment().orElseThrow();
      assertThat(read)
          .usingRecursiveComparison()
          .ignoringFields("checkIn.source")
          .isEqualTo(s.assessment());
    }
  }

  @Test
  void samplesAreDistinctPeople() {
    assertThat(new Samples(RUBRIC).all())
        .extracting(s -> s.assessment().candidate().key())
        .doesNotHaveDuplicates()
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(Files.exists(Path.of("samples"))).isTrue();
  }
}
