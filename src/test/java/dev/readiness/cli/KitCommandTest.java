package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Samples;
import dev.readiness.kit.InterviewKit;
import dev.readiness.kit.KitBuilder;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.testing.PdfText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `readiness kit`: the questions aimed at the gaps, the two copies, and the panel's rating
 * workbooks.
 */
class KitCommandTest {
  private static final String ZOE = "samples/zoe-lukasiewicz.xlsx";
  private static final String BASE = "zoe-łukasiewicz-c-1003-2026-10-05";

  @TempDir Path dir;

  private static InterviewKit kit(int minutes, long seed) {
    return new KitBuilder(RubricLoader.embedded())
        .build(new Samples(RubricLoader.embedded()).all().get(2).assessment(), minutes, 0, seed);
  }

  @Test
  void bothCopiesHoldTheQuestionsOnlyTheInterviewersTheKeyPoints() throws IOException {
    CliRun run = CliRun.of("kit", ZOE, "-o", dir.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
    InterviewKit kit = kit(60, 0);
    String interviewer =
        PdfText.flat(Files.readAllBytes(dir.resolve(BASE + "-kit-interviewer.pdf")));
    String candidate = PdfText.flat(Files.readAllBytes(dir.resolve(BASE + "-kit-candidate.pdf")));
    assertThat(interviewer).contains(kit.design().question(), "Clarify requirements and scope");
    assertThat(candidate).contains(kit.design().question(), "Clarify requirements and scope");
    assertThat(kit.deepDives())
        .isNotEmpty()
        .allSatisfy(
            d -> {
              assertThat(interviewer).contains(d.question());
              assertThat(candidate).contains(d.question());
              d.points()
                  .forEach(
                      p -> {
                        assertThat(interviewer).contains("☐ " + p);
                        assertThat(candidate).doesNotContain(p);
                      });
            });
    assertThat(interviewer)
        .contains("\"Earlier\" is the self-rating of 2026-10-05", "Earlier self-rating: ")
        .doesNotContain("assessment workbook", "workbook marks these topics");
    assertThat(run.out())
        .endsWith(
            "kit for Zoë Łukasiewicz, a 60-minute slot: "
                + (kit.deepDives().size() + 1)
                + " questions in "
                + kit.totalMinutes()
                + " minutes, with 5 minutes to open and 5 to close"
                + System.lineSeparator());
  }

  @Test
  void timeBoxesFitTheMinutesAndTheChoiceIsStable() {
    for (int minutes : new int[] {40, 45, 60, 90}) {
      InterviewKit kit = kit(minutes, 0);
      int steps = kit.design().steps().stream().mapToInt(InterviewKit.Step::minutes).sum();
      assertThat(steps).isEqualTo(kit.design().minutes());
      assertThat(
              kit.design().minutes()
                  + kit.deepDives().stream().mapToInt(InterviewKit.DeepDive::minutes).sum())
          .isEqualTo(kit.totalMinutes())
          .isLessThanOrEqualTo(minutes - 10);
      assertThat(kit.topics()).doesNotHaveDuplicates();
      assertThat(kit(minutes, 0)).isEqualTo(kit);
    }
    assertThat(kit(90, 7).topics()).isNotEqualTo(kit(90, 0).topics());
    // at most two questions from one part
    InterviewKit wide = kit(240, 0);
    assertThat(
            wide.topics().stream()
                .map(t -> RubricLoader.embedded().topic(t).part())
                .collect(
                    java.util.stream.Collectors.groupingBy(
                        p -> p, java.util.stream.Collectors.counting()))
                .values())
        .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
  }

  @Test
  void quietPrintsNothingWhenAllIsWellAndVerboseNamesTheFileRead() {
    CliRun quiet = CliRun.of("kit", ZOE, "-q", "-o", dir.resolve("q").toString());
    assertThat(quiet.exitCode()).as(quiet.all()).isZero();
    assertThat(quiet.all()).isEmpty();
    assertThat(dir.resolve("q").resolve(BASE + "-kit-interviewer.pdf")).exists();
    CliRun verbose = CliRun.of("kit", ZOE, "--verbose", "-o", dir.resolve("v").toString());
    assertThat(verbose.exitCode()).as(verbose.all()).isZero();
    // the file read, then its warning (Zoë left 20 topics unrated), which -q left out
    assertThat(verbose.err())
        .startsWith("read " + ZOE + System.lineSeparator() + ZOE + ": Topics: warning: 20 topics");
    assertThat(verbose.out()).contains("wrote ", "kit for Zoë Łukasiewicz, a 60-minute slot: ");
  }

  @Test
  void tooFewMinutesIsAUsageErrorNamingTheMinimum() {
    CliRun run = CliRun.of("kit", ZOE, "--minutes", "39", "-o", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "--minutes 39 is too short for one question: the opening (5 min), the"
                + " system-design question (30 min) and the closing (5 min) take 40 minutes; give --minutes 40 or more");
  }

  @Test
  void aWorkbookWithErrorsGetsItsMessagesAndExitOne() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.xlsx"), "not a workbook");
    CliRun run = CliRun.of("kit", bad.toString(), "-o", dir.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(bad + ": not a spreadsheet");
  }

  @Test
  void thePanelsWorkbooksValidateAndOnceRatedMakeACalibrationReport() throws IOException {
    CliRun run = CliRun.of("kit", ZOE, "--panel", "Ana Petrović, Tom Reyes", "-o", dir.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
    // a panel's interviewers do not see the candidate's own ratings, which would anchor theirs
    String kitText = PdfText.flat(Files.readAllBytes(dir.resolve(BASE + "-kit-interviewer.pdf")));
    assertThat(kitText)
        .contains(
            "The candidate's earlier ratings are left out of this copy",
            "Each interviewer's workbook marks these topics \"In this interview\"")
        .doesNotContain("Earlier self-rating");
    CliRun shown =
        CliRun.of(
            "kit",
            ZOE,
            "--panel",
            "Ana Petrović",
            "--show-ratings",
            "-o",
            dir.resolve("shown").toString());
    assertThat(shown.exitCode()).as(shown.all()).isZero();
    assertThat(
            PdfText.flat(
                Files.readAllBytes(dir.resolve("shown").resolve(BASE + "-kit-interviewer.pdf"))))
        .contains("Earlier self-rating: ");
    Path ana = dir.resolve(BASE + "-ana-petrovic.xlsx");
    Path tom = dir.resolve(BASE + "-tom-reyes.xlsx");
    CliRun validate = CliRun.of("validate", ana.toString(), tom.toString());
    assertThat(validate.exitCode()).as(validate.all()).isZero();
    assertThat(validate.out()).contains("2 files checked: 2 valid, 0 with errors (0 errors,");
    List<String> topics = kit(60, 0).topics();
    rate(ana, topics, 2);
    rate(tom, topics, 4);
    Path reports = dir.resolve("reports");
    CliRun report =
        CliRun.of(
            "report",
            ana.toString(),
            tom.toString(),
            "--format",
            "json,pdf",
            "-o",
            reports.toString());
    assertThat(report.exitCode()).as(report.all()).isZero();
    String json = Files.readString(reports.resolve(BASE + ".json"));
    assertThat(json)
        .contains(
            "\"name\": \"Ana Petrović\"", "\"name\": \"Tom Reyes\"", "\"raterRole\": \"panel\"");
    assertThat(PdfText.flat(Files.readAllBytes(reports.resolve(BASE + ".pdf"))))
        .contains("Panel calibration", "Ana Petrović", "Tom Reyes");
  }

  /** Fills the Rating of the kit's topics, as an interviewer would. */
  private static void rate(Path workbook, List<String> topics, int level) throws IOException {
    Workbook wb;
    try (InputStream in = Files.newInputStream(workbook)) {
      wb = new XSSFWorkbook(in);
    }
    Sheet sheet = wb.getSheet("Topics");
    Row head = sheet.getRow(0);
    int rating = -1;
    int marked = -1;
    for (int c = 0; c < head.getLastCellNum(); c++) {
      String h = head.getCell(c).getStringCellValue();
      rating = h.equals("Rating") ? c : rating;
      marked = h.equals("In this interview") ? c : marked;
    }
    assertThat(marked).isPositive();
    int seen = 0;
    for (Row row : sheet) {
      if (row.getRowNum() > 0 && topics.contains(row.getCell(0).getStringCellValue())) {
        assertThat(row.getCell(marked).getStringCellValue()).isEqualTo("yes");
        row.createCell(rating).setCellValue(level);
        seen++;
      }
    }
    assertThat(seen).isEqualTo(topics.size());
    try (OutputStream out = Files.newOutputStream(workbook)) {
      wb.write(out);
    }
    wb.close();
  }
}
