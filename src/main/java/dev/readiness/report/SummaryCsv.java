package dev.readiness.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The team summary as CSV, written by Commons CSV: RFC 4180, UTF-8 with a byte-order mark so that
 * spreadsheet apps read it as UTF-8. As OWASP's CSV-injection guidance says, every text cell is
 * quoted and one that a spreadsheet would run as a formula gets a single quote in front; numbers
 * stay bare, so they stay numbers.
 */
public final class SummaryCsv {
  /** The header: plain names, quoted only where RFC 4180 needs it. */
  private static final CSVFormat HEADER =
      CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get();

  /** The rows: text quoted, numbers and empty cells bare. */
  private static final CSVFormat ROWS =
      CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.NON_NUMERIC).setNullString("").get();

  private SummaryCsv() {}

  public static byte[] render(TeamSummary s) {
    StringBuilder out = new StringBuilder("\uFEFF");
    List<String> header = header(s);
    try {
      HEADER.printRecord(out, header.toArray());
      for (TeamSummary.Row r : s.rows()) {
        ROWS.printRecord(out, okRow(s, r).toArray());
      }
      for (TeamSummary.Failure f : s.failures()) {
        ROWS.printRecord(out, failedRow(f, header.size()).toArray());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The column names: a coverage and a change column for each part, in the rubric's order. */
  private static List<String> header(TeamSummary s) {
    List<String> header =
        new ArrayList<>(
            List.of(
                "status",
                "candidate",
                "candidate_id",
                "latest_assessment",
                "target_role",
                "rater_role",
                "unrated_topics",
                "assessments",
                "raters",
                "readiness_index",
                "index_change",
                "verdict"));
    s.partIds().forEach(p -> header.add(p + "_coverage"));
    s.partIds().forEach(p -> header.add(p + "_change"));
    header.addAll(
        List.of(
            "best_fit_role",
            "interview_date",
            "weeks_left",
            "projected_verdict",
            "file",
            "reason"));
    return header;
  }

  /** One candidate's row; its file and reason cells stay empty. */
  private static List<Object> okRow(TeamSummary s, TeamSummary.Row r) {
    List<Object> cells =
        new ArrayList<>(
            java.util.Arrays.asList(
                "ok",
                text(r.candidate()),
                text(r.candidateId()),
                r.date().toString(),
                text(r.targetRole()),
                text(r.raterRole().label()),
                r.unratedTopics(),
                r.assessments(),
                r.raters()));
    cells.add(number(r.readinessIndex(), 1, false));
    cells.add(number(r.indexChange(), 1, false));
    cells.add(r.verdictId());
    s.partIds().forEach(p -> cells.add(number(r.coverage().get(p), 4, true)));
    s.partIds().forEach(p -> cells.add(number(r.partChanges().get(p), 4, true)));
    cells.add(r.bestFitRole() == null ? null : text(r.bestFitRole()));
    cells.add(r.interviewDate() == null ? null : r.interviewDate().toString());
    cells.add(r.weeksLeft());
    cells.add(r.projectedVerdictId());
    cells.add(null);
    cells.add(null);
    return cells;
  }

  /** A file left out: only its status, file and reason cells filled, out to the header's width. */
  private static List<Object> failedRow(TeamSummary.Failure f, int width) {
    List<Object> cells = new ArrayList<>();
    cells.add("failed");
    while (cells.size() < width - 2) {
      cells.add(null);
    }
    cells.add(text(f.file()));
    cells.add(text(f.reason()));
    return cells;
  }

  /**
   * A text cell: a leading =, +, -, @, tab or carriage return gets a single quote in front, so that
   * no spreadsheet takes it for a formula; null for none.
   */
  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    char first = value.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + value
        : value;
  }

  /**
   * A number as the PDF prints it, with an ASCII minus: the index always with one decimal ("80.0",
   * as on the page), a coverage or its change to at most four places ("0.5").
   */
  private static BigDecimal number(Double value, int decimals, boolean strip) {
    if (value == null) {
      return null;
    }
    BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    if (strip) {
      d = d.stripTrailingZeros();
      d = d.scale() < 0 ? d.setScale(0) : d;
    }
    return d;
  }
}
