package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.RaterRole;
import dev.readiness.scoring.Status;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryCsvTest {
  private static TeamSummary.Row row(String name) {
    return new TeamSummary.Row(name, null, LocalDate.of(2026, 11, 2), "lead", "Lead Python Architect",
        RaterRole.MENTOR, 3, 2, 1, 72.5, -3.5, Status.CLOSE, Map.of("P1", 0.5), Map.of("P1", Status.NOT_READY),
        Map.of("P1", -0.125), null);
  }

  @Test
  void aCellThatStartsWithAFormulaCharacterIsNeutralised() {
    TeamSummary s = new TeamSummary("r", List.of("P1"), List.of(row("=HYPERLINK(\"http://x\",\"y\")"), row("+1"),
        row("-2"), row("@SUM(A1)"), row("\tTab"), row("Plain, with comma")),
        List.of(new TeamSummary.Failure("=evil.xlsx", "broken")), "legend", null, List.of());
    String csv = new String(SummaryCsv.render(s), StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(1)).startsWith("ok,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",");
    assertThat(lines.get(2)).startsWith("ok,\"'+1\",");
    assertThat(lines.get(3)).startsWith("ok,\"'-2\",");
    assertThat(lines.get(4)).startsWith("ok,\"'@SUM(A1)\",");
    assertThat(lines.get(5)).startsWith("ok,\"'\tTab\",");
    assertThat(lines.get(6)).startsWith("ok,\"Plain, with comma\",");
    assertThat(lines.get(7)).startsWith("failed,").contains(",\"'=evil.xlsx\",broken");
    // numbers we write ourselves stay numbers, negative ones too
    assertThat(lines.get(1)).contains(",lead,mentor,3,2,1,72.5,-3.5,close,0.5,-0.125,,,");
  }

  @Test
  void startsWithAByteOrderMarkAndAHeader() {
    String csv = new String(SummaryCsv.render(new TeamSummary("r", List.of("P1", "P2"), List.of(), List.of(), "legend", null, List.of())),
        StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFstatus,candidate,candidate_id,latest_assessment,target_role,rater_role,"
        + "unrated_topics,assessments,raters,readiness_index,index_change,verdict,P1_coverage,P2_coverage,P1_change,"
        + "P2_change,best_fit_role,file,reason\r\n");
  }
}
