package dev.readiness.cli;

import static dev.readiness.workbook.TestWorkbooks.as;
import static dev.readiness.workbook.TestWorkbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.assessment.Candidate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded fuzz of the output side: batches of candidates whose names and IDs come from a generator
 * of hostile strings. Every batch gives one report per candidate, no two files that a folder would
 * take for one, nothing written outside -o, exit 0 or 1, and never an internal error.
 */
class OutputFuzzTest {
  private static final int BATCHES = 4;
  private static final int PER_BATCH = 6;
  private static final String[] PIECES = {
    "𠀀",
    "😀",
    "\uD800",
    "\uDC00",
    "\u202E",
    "\u202B",
    "\u2066",
    "\u2069",
    "\u200E",
    "\u200F",
    "e\u0301",
    "\u0308\u0308\u0308",
    "漢",
    "한",
    "ئ",
    "ש",
    "CON",
    "nul",
    "COM1",
    "LPT9",
    "aux",
    "PRN",
    "/",
    "\\",
    ":",
    "*",
    "?",
    "\"",
    "<",
    ">",
    "|",
    ".",
    "..",
    "...",
    " ",
    "\u00A0",
    "\u200B",
    "\uFEFF",
    "-",
    "_",
    "summary",
    "A",
    "b",
    "Zoë",
    "Ł",
    "ß",
    "İ",
    "ﬁ",
    "Ⅻ",
    "%2e%2e",
    "~",
    "$HOME",
    "\t",
    "'",
    "`",
    "=cmd",
    "9",
  };

  @TempDir Path dir;

  /** A hostile string: a few pieces, sometimes repeated far past any file-name limit. */
  static String hostile(Random random) {
    StringBuilder s = new StringBuilder();
    if (random.nextInt(3) == 0) {
      // up to the 60-character cut, then pairs of surrogates or 3-byte letters: a cut inside a
      // pair, or too many bytes
      s.append("x".repeat(55 + random.nextInt(10)))
          .append(
              (random.nextBoolean() ? "𠀀" : random.nextBoolean() ? "😀" : "漢")
                  .repeat(1 + random.nextInt(60)));
    }
    for (int n = 1 + random.nextInt(6); n > 0; n--) {
      String piece = PIECES[random.nextInt(PIECES.length)];
      s.append(random.nextInt(8) == 0 ? piece.repeat(20 + random.nextInt(200)) : piece);
    }
    return s.toString();
  }

  /** XML text of a string; characters XML cannot hold at all become a space. */
  private static String xml(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .forEach(
            c ->
                out.append(
                    switch (c) {
                      case '&' -> "&amp;";
                      case '<' -> "&lt;";
                      case '>' -> "&gt;";
                      case '"' -> "&quot;";
                      default -> c < 0x20 && c != '\t' ? " " : new String(Character.toChars(c));
                    }));
    return out.toString();
  }

  @Test
  void hostileNamesNeverBreakABatch() throws IOException {
    Random random = new Random(20261203);
    // one workbook written by POI, then only its shared strings edited per candidate: a few
    // seconds, not a minute
    Path template = write(dir, "template.xlsx", as("NAME-PLACEHOLDER", "ID-PLACEHOLDER"), wb -> {});
    ObjectMapper json = new ObjectMapper();
    for (int batch = 0; batch < BATCHES; batch++) {
      Path root = Files.createDirectories(dir.resolve("b" + batch));
      Path in = Files.createDirectories(root.resolve("in"));
      Set<String> keys = new HashSet<>();
      int workbooks = 0;
      for (int i = 0; i < PER_BATCH; i++) {
        String name = hostile(random);
        String id = random.nextBoolean() ? null : hostile(random);
        // one workbook per person: two of one person on one date would be a calibration, not this
        // test's subject
        if (keys.add(new Candidate(name, id).key())) {
          dev.readiness.workbook.TestWorkbooks.rewrite(
              template,
              in.resolve("w" + i + ".xlsx"),
              "xl/sharedStrings.xml",
              x ->
                  x.replace("NAME-PLACEHOLDER", xml(name))
                      .replace("ID-PLACEHOLDER", id == null ? "" : xml(id)));
          workbooks++;
        }
      }
      Path out = root.resolve("out");
      CliRun run =
          CliRun.of(
              "report", in.toString(), "--format", "json", "-o", out.toString(), "--threads", "2");
      String seen = "batch " + batch + ": " + run.all();
      assertThat(run.exitCode()).as(seen).isIn(0, 1);
      assertThat(run.all()).as(seen).doesNotContain("internal error").doesNotContain("Exception");
      long failed =
          run.err()
              .lines()
              .filter(l -> l.contains("/w") && !l.contains(": warning: "))
              .map(l -> l.substring(0, l.indexOf(".xlsx")))
              .distinct()
              .count();
      assertThat(run.exitCode() == 0).as(seen).isEqualTo(failed == 0);
      try (Stream<Path> rootFiles = Files.list(root)) {
        assertThat(rootFiles.map(p -> p.getFileName().toString()))
            .as("nothing outside -o: " + seen)
            .containsExactlyInAnyOrderElementsOf(
                Files.exists(out) ? List.of("in", "out") : List.of("in"));
      }
      try (Stream<Path> inFiles = Files.list(in)) {
        assertThat(inFiles).as(seen).hasSize(workbooks);
      }
      List<Path> reports = new ArrayList<>();
      if (Files.exists(out)) {
        try (Stream<Path> files = Files.walk(out)) {
          files
              .filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("summary."))
              .forEach(reports::add);
        }
      }
      assertThat(reports)
          .as(seen)
          .allSatisfy(p -> assertThat(p.getParent()).isEqualTo(out))
          .allSatisfy(
              p -> assertThat(p.getFileName().toString()).endsWith(".json").doesNotStartWith("."));
      assertThat(reports.size()).as(seen).isEqualTo(workbooks - failed);
      Set<String> folded = new HashSet<>();
      Set<String> reported = new HashSet<>();
      for (Path p : reports) {
        assertThat(
                folded.add(
                    p.getFileName().toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT)))
            .as("two reports a case-blind folder takes for one: " + p)
            .isTrue();
        JsonNode candidate = json.readTree(p.toFile()).path("candidate");
        String id = candidate.path("id").isNull() ? null : candidate.path("id").asText();
        assertThat(reported.add(new Candidate(candidate.path("name").asText(), id).key()))
            .as(seen)
            .isTrue();
      }
    }
  }
}
