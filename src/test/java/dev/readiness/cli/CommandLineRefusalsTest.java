package dev.readiness.cli;

import static dev.readiness.workbook.TestWorkbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line and the rubric refuse what cannot be meant, in the tool's words, before any
 * work.
 */
class CommandLineRefusalsTest {
  @TempDir Path dir;

  private CliRun report(String... more) throws IOException {
    Path in = dir.resolve("in.xlsx");
    if (!Files.exists(in)) {
      write(dir, "in.xlsx", wb -> {});
    }
    String[] args = new String[more.length + 4];
    args[0] = "report";
    args[1] = in.toString();
    args[2] = "-o";
    args[3] = dir.resolve("out").toString();
    System.arraycopy(more, 0, args, 4, more.length);
    return CliRun.of(args);
  }

  @Test
  void hoursThatPlanNothing() throws IOException {
    for (String h : new String[] {"NaN", "Infinity", "-Infinity", "0.0001", "0.2", "1e400"}) {
      CliRun run = report("--hours", h);
      assertThat(run.exitCode()).as(h + ": " + run.all()).isEqualTo(2);
      assertThat(run.err())
          .as(h)
          .contains(
              "is impossible; give the study hours per week, at least 0.5 and at most" + " 80")
          .doesNotContain("internal error");
    }
    assertThat(report("--hours", "NaN").err()).contains("readiness: --hours NaN is impossible");
    assertThat(dir.resolve("out")).doesNotExist();
    assertThat(report("--hours", "0.5", "--format", "json").exitCode()).isZero();
  }

  @Test
  void emptyLists() throws IOException {
    CliRun format = report("--format", ",");
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).contains("--format \",\" names no format; expected json, pdf or ics");
    CliRun days = report("--format", "ics", "--study-days", " , ");
    assertThat(days.exitCode()).isEqualTo(2);
    assertThat(days.err()).contains("--study-days \" , \" names no day; expected mon, tue");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void anOutputThatCannotBeAFolder() throws IOException {
    Path in = write(dir, "in.xlsx", wb -> {});
    Path file = Files.writeString(dir.resolve("kit.txt"), "mine");
    CliRun kit = CliRun.of("kit", in.toString(), "-o", file.toString());
    assertThat(kit.exitCode()).isEqualTo(2);
    assertThat(kit.err()).contains(file + " is a file, not a folder; give -o a folder for the kit");
    Path link = Files.createSymbolicLink(dir.resolve("o14"), dir.resolve("gone"));
    CliRun report = CliRun.of("report", in.toString(), "-o", link.toString());
    assertThat(report.exitCode()).isEqualTo(2);
    assertThat(report.err())
        .contains(
            link
                + " is a link to "
                + dir.resolve("gone")
                + ", which does not exist;"
                + " create that folder, or give -o a folder for the reports");
    CliRun below = CliRun.of("report", in.toString(), "-o", file.resolve("sub").toString());
    assertThat(below.exitCode()).isEqualTo(2);
    assertThat(below.err())
        .contains(file + " is a file, so " + file.resolve("sub") + " cannot be made in it");
  }

  @Test
  void aRubricTooLargeOrWithADuplicateFieldOrAWrongKind() throws IOException {
    CliRun zero = report("--rubric", "/dev/zero");
    assertThat(zero.exitCode()).isEqualTo(1);
    assertThat(zero.err())
        .contains(
            "/dev/zero: the file is larger than 4 MB, far more than a rubric (some 40 KB);"
                + " check the path given to --rubric");
    String original =
        Files.readString(Path.of("rubric/python-architect-2026.json"), StandardCharsets.UTF_8);
    Path twice =
        Files.writeString(
            dir.resolve("twice.json"),
            original.replaceFirst("\"P2\": 3,", "\"P2\": 3, \"P2\":" + " 4,"));
    CliRun duplicate = report("--rubric", twice.toString());
    assertThat(duplicate.exitCode()).isEqualTo(1);
    assertThat(duplicate.err()).contains("the field \"P2\" is given twice in one object; keep one");
    Path word =
        Files.writeString(
            dir.resolve("word.json"), original.replaceFirst("\"P2\": 3,", "\"P2\": \"three\","));
    CliRun kind = report("--rubric", word.toString());
    assertThat(kind.exitCode()).isEqualTo(1);
    assertThat(kind.err())
        .contains("expected a number here, not \"three\"")
        .doesNotContain("Cannot deserialize")
        .doesNotContain("`");
    Path deep = Files.writeString(dir.resolve("deep.json"), "[".repeat(5000) + "]".repeat(5000));
    CliRun nested = report("--rubric", deep.toString());
    assertThat(nested.exitCode()).isEqualTo(1);
    assertThat(nested.err()).doesNotContain("StreamReadConstraints").doesNotContain("Exception");
  }
}
