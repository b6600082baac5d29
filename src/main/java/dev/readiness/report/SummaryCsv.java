package dev.readiness.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The team summary as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet apps read it as UTF-8).
 * Text a spreadsheet would run as a formula is neutralised, as OWASP's CSV-injection guidance says.
 */
public final class SummaryCsv {
  private SummaryCsv() {}

  public static byte[] render(TeamSummary s) {
    StringBuilder out = new StringBuilder("\uFEFF");
    List<String> header = new ArrayList<>(List.of("status", "candidate", "candidate_id", "latest_assessment",
        "target_role", "rater_role", "unrated_topics", "assessments", "raters", "readiness_index", "index_change",
        "verdict"));
    s.partIds().forEach(p -> header.add(p + "_coverage"));
    s.partIds().forEach(p -> header.add(p + "_change"));
    header.add("best_fit_role");
    header.add("file");
    header.add("reason");
    line(out, header);
    for (TeamSummary.Row r : s.rows()) {
      List<String> cells = new ArrayList<>(List.of("ok", text(r.candidate()), text(r.candidateId()),
          r.date().toString(), text(r.targetRole()), text(r.raterRole().label()),
          String.valueOf(r.unratedTopics()), String.valueOf(r.assessments()), String.valueOf(r.raters()),
          index(r.readinessIndex()), number(r.indexChange(), 1), text(r.verdict().id())));
      s.partIds().forEach(p -> cells.add(number(r.coverage().get(p), 4)));
      s.partIds().forEach(p -> cells.add(number(r.partChanges().get(p), 4)));
      cells.add(r.bestFit() == null ? "" : text(r.bestFit().role()));
      cells.add("");
      cells.add("");
      line(out, cells);
    }
    for (TeamSummary.Failure f : s.failures()) {
      List<String> cells = new ArrayList<>(List.of("failed", "", "", "", "", "", "", "", "", "", "", ""));
      s.partIds().forEach(p -> cells.add(""));
      s.partIds().forEach(p -> cells.add(""));
      cells.add("");
      cells.add(text(f.file()));
      cells.add(text(f.reason()));
      line(out, cells);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder out, List<String> cells) {
    out.append(String.join(",", cells)).append("\r\n");
  }

  /**
   * A text cell: a leading =, +, -, @, tab or carriage return gets a single quote in front, so that no
   * spreadsheet takes it for a formula; then it is quoted when it holds a comma, quote or line break.
   */
  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String v = value;
    char first = v.charAt(0);
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(value)) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }

  /** The index with its one decimal, as the PDF and the JSON show it ("80.0"). */
  private static String index(Double value) {
    return value == null ? "" : dev.readiness.text.Numbers.indexValue(value).toPlainString();
  }

  private static String number(Double value, int decimals) {
    if (value == null) {
      return "";
    }
    String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }
}
