package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.RaterRole;
import dev.readiness.scoring.Status;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SummaryCsvTest {
  private static TeamSummary.Row row(String name, Double index) {
    return new TeamSummary.Row(
        name,
        null,
        LocalDate.of(2026, 11, 2),
        "lead",
        "Lead Python Architect",
        RaterRole.MENTOR,
        3,
        2,
        1,
        index,
        -3.5,
        Status.CLOSE,
        Map.of("P1", 0.5),
        Map.of("P1", Status.NOT_READY),
        Map.of("P1", -0.125),
        null,
        LocalDate.of(2026, 12, 21),
        7,
        Status.READY);
  }

  private static TeamSummary summary(
      List<TeamSummary.Row> rows, List<TeamSummary.Failure> failures) {
    return new TeamSummary(
        "r",
        "0123456789abcdef",
        false,
        "Made by readiness.",
        List.of("P1"),
        rows,
        failures,
        "legend",
        null,
        List.of(),
        Map.of("lead", "Lead"));
  }

  @Test
  void aCellThatStartsWithAFormulaCharacterIsNeutralisedAndEveryTextCellQuoted() {
    TeamSummary s =
        summary(
            List.of(
                row("=HYPERLINK(\"http://x\",\"y\")", 72.5),
                row("+1", 72.5),
                row("-2", 72.5),
                row("@SUM(A1)", 72.5),
                row("\tTab", 72.5),
                row("Plain, with comma", 72.5),
                row("a;=cmd", 72.5)),
            List.of(new TeamSummary.Failure("=evil.xlsx", "broken")));
    String csv = new String(SummaryCsv.render(s), StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(1)).startsWith("\"ok\",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",");
    assertThat(lines.get(2)).startsWith("\"ok\",\"'+1\",");
    assertThat(lines.get(3)).startsWith("\"ok\",\"'-2\",");
    assertThat(lines.get(4)).startsWith("\"ok\",\"'@SUM(A1)\",");
    assertThat(lines.get(5)).startsWith("\"ok\",\"'\tTab\",");
    assertThat(lines.get(6)).startsWith("\"ok\",\"Plain, with comma\",");
    // quoted, so that a spreadsheet splitting on semicolons does not find a formula after one
    assertThat(lines.get(7)).startsWith("\"ok\",\"a;=cmd\",");
    assertThat(lines.get(8)).isEqualTo("\"failed\",,,,,,,,,,,,,,,,,,\"'=evil.xlsx\",\"broken\"");
    // numbers we write ourselves stay numbers, negative ones too; an empty cell is bare
    assertThat(lines.get(1))
        .endsWith(
            ",\"2026-11-02\",\"lead\",\"mentor\",3,2,1,72.5,-3.5,\"close\",0.5,-0.125,,"
                + "\"2026-12-21\",7,\"ready\",,");
  }

  @Test
  void theIndexPrintsAsOnThePageAndTheFileReadsBackWithCommonsCsv() throws IOException {
    String csv =
        new String(
            SummaryCsv.render(
                summary(List.of(row("Ana", 100.0), row("Ben", 80.0), row("Cy", 0.0)), List.of())),
            StandardCharsets.UTF_8);
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.substring(1)))
            .getRecords();
    assertThat(records)
        .extracting(r -> r.get("readiness_index"))
        .containsExactly("100.0", "80.0", "0.0");
    assertThat(records).extracting(r -> r.get("candidate")).containsExactly("Ana", "Ben", "Cy");
    assertThat(records).extracting(r -> r.get("weeks_left")).containsOnly("7");
  }

  @Test
  void startsWithAByteOrderMarkAndAHeader() {
    String csv =
        new String(
            SummaryCsv.render(
                new TeamSummary(
                    "r",
                    "0123456789abcdef",
                    false,
                    "Made by readiness.",
                    List.of("P1", "P2"),
                    List.of(),
                    List.of(),
                    "legend",
                    null,
                    List.of(),
                    Map.of())),
            StandardCharsets.UTF_8);
    assertThat(csv)
        .isEqualTo(
            "\uFEFFstatus,candidate,candidate_id,latest_assessment,target_role,rater_role,"
                + "unrated_topics,assessments,raters,readiness_index,index_change,verdict,P1_coverage,P2_coverage,P1_change,"
                + "P2_change,best_fit_role,interview_date,weeks_left,projected_verdict,file,reason\r\n");
  }
}
