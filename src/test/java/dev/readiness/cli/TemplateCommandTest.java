package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.RaterRole;
import dev.readiness.assessment.ReadResult;
import dev.readiness.rubric.RubricLoader;
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
    CliRun run =
        CliRun.of(
            "template",
            "--candidate",
            "Zoë Łukasiewicz",
            "--rater",
            "Ana",
            "--rater-role",
            "panel",
            "--role",
            "principal",
            "-o",
            out.toString());
    assertThat(run.exitCode()).isZero();
    ReadResult r = new WorkbookReader(RubricLoader.embedded()).read(out);
    // a blank template is not yet valid: it has no date; the profile is what was asked for
    assertThat(r.problems())
        .anySatisfy(
            p ->
                assertThat(p.toString()).contains("Profile!B8: the assessment date is" + " empty"));
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
    assertThat(role.err())
        .contains(
            "--role \"staff\" is not a role of the rubric; expected one of senior, lead,"
                + " principal");
    CliRun rater =
        CliRun.of("template", "--rater-role", "boss", "-o", dir.resolve("a.xlsx").toString());
    assertThat(rater.exitCode()).isEqualTo(2);
    assertThat(rater.err()).contains("expected one of self, panel, mentor");
    assertThat(dir.resolve("a.xlsx")).doesNotExist();
  }

  @Test
  void fromCarriesRatingsOverAndClearsTheDate() throws Exception {
    Path samples = dir.resolve("s");
    assertThat(CliRun.of("samples", "-o", samples.toString()).exitCode()).isZero();
    Path last = samples.resolve("marcus-oyelaran.xlsx");
    byte[] before = Files.readAllBytes(last);
    Path next = dir.resolve("next.xlsx");
    CliRun run = CliRun.of("template", "--from", last.toString(), "-o", next.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("fill in the new assessment date");
    assertThat(Files.readAllBytes(last)).isEqualTo(before);
    WorkbookReader reader = new WorkbookReader(RubricLoader.embedded());
    Assessment previous = reader.read(last).assessment().orElseThrow();
    ReadResult blank = reader.read(next);
    assertThat(blank.problems())
        .filteredOn(p -> p.isError())
        .singleElement()
        .asString()
        .contains("Profile!B8: the assessment date is empty");
    // the mentor fills in the new date, as a user would, and everything else is as it was
    Path filled = dir.resolve("filled.xlsx");
    try (java.io.InputStream in = Files.newInputStream(next);
        org.apache.poi.ss.usermodel.Workbook wb =
            org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
      dev.readiness.workbook.TestWorkbooks.profile(wb, "Assessment date")
          .setCellValue("2027-02-08");
      try (java.io.OutputStream out = Files.newOutputStream(filled)) {
        wb.write(out);
      }
    }
    Assessment a = reader.read(filled).assessment().orElseThrow();
    assertThat(a.date()).hasToString("2027-02-08");
    assertThat(a.topicRatings()).isEqualTo(previous.topicRatings());
    assertThat(a.topicNotes()).isEqualTo(previous.topicNotes());
    assertThat(a.skillRatings()).isEqualTo(previous.skillRatings());
    assertThat(a.candidate()).isEqualTo(previous.candidate());
    assertThat(a.rater()).isEqualTo("Dana Whitfield");
    assertThat(a.raterRole()).isEqualTo(RaterRole.MENTOR);
    assertThat(previous.checkInNotes()).isNotEmpty();
    assertThat(a.checkInNotes()).isEmpty();
  }

  @Test
  void fromNeverOverwritesTheLastCheckIn() throws IOException {
    Path samples = dir.resolve("s");
    assertThat(CliRun.of("samples", "-o", samples.toString()).exitCode()).isZero();
    Path last = samples.resolve("priya-raman.xlsx");
    byte[] before = Files.readAllBytes(last);
    CliRun run = CliRun.of("template", "--from", last.toString(), "--force", "-o", last.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("is the workbook given to --from; it is never overwritten");
    assertThat(Files.readAllBytes(last)).isEqualTo(before);
  }
}
