package dev.readiness.cli;

import static dev.readiness.workbook.TestWorkbooks.profile;
import static dev.readiness.workbook.TestWorkbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rater leniency over a named pool: the run's panels, and with --panel-history every past panel
 * too.
 */
class PanelHistoryTest {
  @TempDir Path dir;

  private Path rater(Path folder, String file, String candidate, String id, String rater)
      throws IOException {
    Files.createDirectories(folder);
    return write(
        folder,
        file,
        wb -> {
          profile(wb, "Candidate").setCellValue(candidate);
          profile(wb, "Candidate ID").setCellValue(id);
          profile(wb, "Rater").setCellValue(rater);
          profile(wb, "Rater role").setCellValue("panel");
        });
  }

  private JsonNode calibration(Path out) throws IOException {
    return new ObjectMapper()
        .readTree(out.resolve("priya-raman-c-1001-2026-11-02.json").toFile())
        .path("calibration");
  }

  @Test
  void thePoolIsTheRunAloneUnlessAHistoryIsGiven() throws IOException {
    Path run = dir.resolve("run");
    rater(run, "ann.xlsx", "Priya Raman", "C-1001", "Ann Lee");
    rater(run, "bo.xlsx", "Priya Raman", "C-1001", "Bo Chen");
    Path history = dir.resolve("history");
    rater(history, "x-ann.xlsx", "Omar Haddad", "C-2001", "Ann Lee");
    rater(history, "x-bo.xlsx", "Omar Haddad", "C-2001", "Bo Chen");
    // the run's own workbooks in the history count once
    Files.copy(run.resolve("ann.xlsx"), history.resolve("ann-copy.xlsx"));

    CliRun alone =
        CliRun.of("report", run.toString(), "--format", "json", "-o", dir.resolve("a").toString());
    assertThat(alone.exitCode()).as(alone.err()).isZero();
    assertThat(calibration(dir.resolve("a")).path("leniencyNote").asText())
        .contains(
            "over every panel found in"
                + " this run's workbooks: 1 panel (Priya Raman (C-1001) on 2026-11-02)");

    CliRun wide =
        CliRun.of(
            "report",
            run.toString(),
            "--panel-history",
            history.toString(),
            "--format",
            "json",
            "-o",
            dir.resolve("b").toString());
    assertThat(wide.exitCode()).as(wide.err()).isZero();
    JsonNode cal = calibration(dir.resolve("b"));
    assertThat(cal.path("leniencyNote").asText())
        .contains(
            "over every panel found in this run and "
                + history
                + ": 2 panels (Priya Raman (C-1001) on 2026-11-02 and Omar Haddad (C-2001) on 2026-11-02)");
    assertThat(cal.path("raters").get(0).path("leniencyCandidates").asInt()).isEqualTo(2);
    // only the run's candidates get reports
    assertThat(dir.resolve("b/omar-haddad-c-2001-2026-11-02.json")).doesNotExist();
  }

  @Test
  void aHistoryWithNoOtherPanelSaysSoRatherThanAskForOne() throws IOException {
    Path run = dir.resolve("run");
    rater(run, "ann.xlsx", "Priya Raman", "C-1001", "Ann Lee");
    rater(run, "bo.xlsx", "Priya Raman", "C-1001", "Bo Chen");
    Path history = Files.createDirectories(dir.resolve("empty-history"));
    CliRun r =
        CliRun.of(
            "report",
            run.toString(),
            "--panel-history",
            history.toString(),
            "--format",
            "json",
            "-o",
            dir.resolve("d").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(calibration(dir.resolve("d")).path("leniencyNote").asText())
        .endsWith("One panel is a small pool, and the panel history held no other.");
  }

  @Test
  void aHistoryThatIsNotAFolderIsAUsageError() throws IOException {
    Path run = dir.resolve("run");
    Path one = rater(run, "ann.xlsx", "Priya Raman", "C-1001", "Ann Lee");
    CliRun r =
        CliRun.of(
            "report",
            run.toString(),
            "--panel-history",
            one.toString(),
            "-o",
            dir.resolve("c").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "--panel-history "
                + one
                + " is not a folder; give the folder that holds past"
                + " panels' workbooks");
  }

  @Test
  void forPanelWritesAPacketBesideNoFullReport() throws IOException {
    Path run = dir.resolve("run");
    rater(run, "ann.xlsx", "Priya Raman", "C-1001", "Ann Lee");
    rater(run, "bo.xlsx", "Priya Raman", "C-1001", "Bo Chen");
    CliRun r =
        CliRun.of(
            "report",
            run.toString(),
            "--for",
            "panel",
            "--format",
            "json",
            "-o",
            dir.resolve("d").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode root =
        new ObjectMapper()
            .readTree(dir.resolve("d/priya-raman-c-1001-2026-11-02-panel.json").toFile());
    assertThat(root.path("panelPacket").path("choices").toString())
        .isEqualTo("[\"Strong no\",\"No\",\"Yes\",\"Strong yes\"]");
    CliRun bad =
        CliRun.of("report", run.toString(), "--for", "hr", "-o", dir.resolve("e").toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--for \"hr\" is not known; expected candidate or panel");
    // the packet has no study plan, so no calendar of it either
    assertThat(root.path("plan").isNull()).isTrue();
    CliRun ics =
        CliRun.of(
            "report",
            run.toString(),
            "--for",
            "panel",
            "--format",
            "pdf,ics",
            "-o",
            dir.resolve("f").toString());
    assertThat(ics.exitCode()).isEqualTo(2);
    assertThat(ics.err())
        .contains(
            "--format ics writes the candidate's study plan as a calendar, and a panel's"
                + " packet (--for panel) has no study plan; drop ics from --format, or make the calendar without --for"
                + " panel");
    assertThat(dir.resolve("f")).doesNotExist();
  }

  @Test
  void aPacketForSomeoneWithoutAPanelIsRefused() throws IOException {
    Path run = dir.resolve("alone");
    Path ann = rater(run, "ann.xlsx", "Priya Raman", "C-1001", "Ann Lee");
    CliRun r =
        CliRun.of(
            "report", run.toString(), "--for", "panel", "-o", dir.resolve("g").toString(), "-q");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            ann
                + ": --for panel makes a hiring panel's packet, but Priya Raman has one rater's"
                + " workbook on 2026-11-02 (Ann Lee), not a panel's; put each panel rater's"
                + " workbook for that date in the run, or leave out --for panel"
                + System.lineSeparator());
  }
}
