package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The man pages and the bash completion are made once from the command definitions and kept in
 * src/dist/share, so that packaging needs neither the generator nor its Ruby runtime; this test
 * makes them again and fails when the kept ones differ from what --help now says. After changing an
 * option: mvn test -Dtest=ManualsTest -Dmanuals.update=true, and commit src/dist/share.
 */
class ManualsTest {
  private static final Path KEPT = Path.of("src", "dist", "share");

  @TempDir Path dir;

  @Test
  void theKeptManualsAreTheOnesTheCommandsMakeNow() throws IOException {
    Manuals.main(new String[] {dir.toString()});
    Path made = dir.resolve("share");
    if (Boolean.getBoolean("manuals.update")) {
      for (Path p : files(made)) {
        Path target = KEPT.resolve(made.relativize(p).toString());
        Files.createDirectories(target.getParent());
        Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    List<String> madeNames = files(made).stream().map(p -> made.relativize(p).toString()).toList();
    assertThat(files(KEPT).stream().map(p -> KEPT.relativize(p).toString()).toList())
        .as("the kept manuals (run with -Dmanuals.update=true to renew them)")
        .isEqualTo(madeNames);
    for (String name : madeNames) {
      assertThat(Files.readString(KEPT.resolve(name)))
          .as(name + " (run with -Dmanuals.update=true to renew it)")
          .isEqualTo(Files.readString(made.resolve(name)));
    }
  }

  @Test
  void completionOffersTheValuesOfTheOptionsWithFixedChoices() throws IOException {
    String completion = Files.readString(KEPT.resolve("bash-completion/completions/readiness"));
    assertThat(completion)
        .contains(
            "local FORMATS_option_args=(\"json\" \"pdf\" \"ics\") # --format values",
            "local SIZE_option_args=(\"a4\" \"letter\") # --paper values",
            "local ROLE_option_args=(\"senior\" \"lead\" \"principal\") # --role values",
            "local FORMAT_option_args=(\"text\" \"json\") # --format values",
            "local DAYS_option_args=(\"mon\" \"tue\" \"wed\" \"thu\" \"fri\" \"sat\" \"sun\") # --study-days values");
  }

  /**
   * The kept script, run by bash as a shell does on TAB: what it offers after the words typed so
   * far.
   */
  private static String complete(String... words) throws IOException, InterruptedException {
    String script =
        "source "
            + KEPT.resolve("bash-completion/completions/readiness")
            + "\n"
            + "COMP_WORDS=("
            + String.join(" ", java.util.Arrays.stream(words).map(w -> "'" + w + "'").toList())
            + ")\n"
            + "COMP_CWORD="
            + (words.length - 1)
            + "\nCOMP_LINE=\"${COMP_WORDS[*]}\"\nCOMP_POINT=${#COMP_LINE}\n"
            // compopt works only inside a completion bash itself started; it changes how a reply is
            // shown, not what
            + "compopt() { :; }\n_complete_readiness\necho \"${COMPREPLY[*]}\"\n";
    Process bash =
        new ProcessBuilder("bash", "--norc", "--noprofile", "-c", script)
            .redirectErrorStream(true)
            .start();
    String out =
        new String(bash.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
            .strip();
    assertThat(bash.waitFor()).as(out).isZero();
    return out;
  }

  @Test
  void tabAfterAnOptionWithFixedChoicesOffersThem() throws Exception {
    assertThat(complete("readiness", "report", "--format", "")).isEqualTo("json pdf ics");
    assertThat(complete("readiness", "report", "--format", "p")).isEqualTo("pdf");
    assertThat(complete("readiness", "report", "x.xlsx", "--paper", "")).isEqualTo("a4 letter");
    assertThat(complete("readiness", "report", "--role", "")).isEqualTo("senior lead principal");
    assertThat(complete("readiness", "report", "--study-days", ""))
        .isEqualTo("mon tue wed thu fri sat sun");
    assertThat(complete("readiness", "report", "--for", "")).isEqualTo("candidate panel");
    assertThat(complete("readiness", "validate", "--format", "")).isEqualTo("text json");
  }

  @Test
  void everyManPageHasExamplesAndTheTopOneAWholeNameLine() throws IOException {
    for (Path page : files(KEPT.resolve("man/man1"))) {
      if (page.endsWith("readiness-help.1")) {
        continue; // picocli's own help command
      }
      assertThat(Files.readString(page)).as(page.toString()).contains(".SH \"EXAMPLES\"");
    }
    assertThat(Files.readString(KEPT.resolve("man/man1/readiness.1")))
        .contains("plan the study weeks.")
        .contains("3 an internal error");
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
