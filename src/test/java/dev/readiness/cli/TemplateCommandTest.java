package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.RaterRole;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.workbook.ReadResult;
import dev.readiness.workbook.WorkbookReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCommandTest {
  @TempDir Path dir;

  @Test
  void prefillsTheProfileFromTheOptions() {
    Path out = dir.resolve("panel.xlsx");
    CliRun run = CliRun.of("template", "--candidate", "Zoë Łukasiewicz", "--rater", "Ana", "--rater-role", "panel",
        "--role", "principal", "-o", out.toString());
    assertThat(run.exitCode()).isZero();
    ReadResult r = new WorkbookReader(RubricLoader.embedded()).read(out);
    // a blank template is not yet valid: it has no date; the profile is what was asked for
    assertThat(r.problems()).anySatisfy(p -> assertThat(p.toString()).contains("Profile!B8: the assessment date is"
        + " empty"));
    assertThat(r.problems()).noneSatisfy(p -> assertThat(p.toString()).contains("Candidate"));
  }

  @Test
  void refusesToOverwriteAnExistingFileWithoutForce() throws IOException {
    Path out = Files.writeString(dir.resolve("mine.xlsx"), "precious");
    CliRun run = CliRun.of("template", "-o", out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("already exists; choose another name, or pass --force");
    assertThat(Files.readString(out)).isEqualTo("precious");
    assertThat(CliRun.of("template", "--force", "-o", out.toString()).exitCode()).isZero();
  }

  @Test
  void unknownRoleAndRaterRoleAreUsageErrorsListingTheChoices() {
    CliRun role = CliRun.of("template", "--role", "staff", "-o", dir.resolve("a.xlsx").toString());
    assertThat(role.exitCode()).isEqualTo(2);
    assertThat(role.err()).contains("--role \"staff\" is not a role of the rubric; expected one of senior, lead,"
        + " principal");
    CliRun rater = CliRun.of("template", "--rater-role", "boss", "-o", dir.resolve("a.xlsx").toString());
    assertThat(rater.exitCode()).isEqualTo(2);
    assertThat(rater.err()).contains("expected one of self, panel, mentor");
    assertThat(dir.resolve("a.xlsx")).doesNotExist();
  }

  @Test
  void fromCarriesRatingsOverAndClearsTheDate() throws IOException {
    Path samples = dir.resolve("s");
    assertThat(CliRun.of("samples", "-o", samples.toString()).exitCode()).isZero();
    Path last = samples.resolve("priya-raman.xlsx");
    byte[] before = Files.readAllBytes(last);
    Path next = dir.resolve("next.xlsx");
    CliRun run = CliRun.of("template", "--from", last.toString(), "-o", next.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(Files.readAllBytes(last)).isEqualTo(before);
    WorkbookReader reader = new WorkbookReader(RubricLoader.embedded());
    Assessment previous = reader.read(last).assessment().orElseThrow();
    ReadResult r = reader.read(next);
    assertThat(r.problems()).anySatisfy(p -> assertThat(p.toString()).contains("the assessment date is empty"));
    assertThat(r.problems().stream().filter(p -> p.isError())).hasSize(1);
    // fill the date in the way a user would, then compare
    assertThat(CliRun.of("template", "--from", last.toString(), "-o", last.toString()).exitCode()).isEqualTo(2);
    assertThat(Files.readAllBytes(last)).isEqualTo(before);
    assertThat(previous.raterRole()).isEqualTo(RaterRole.SELF);
  }
}
