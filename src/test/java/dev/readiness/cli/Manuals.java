package dev.readiness.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the bash completion and the man pages of the distribution from the command definitions
 * themselves; run by {@link ManualsTest}, which fails when the pages kept in src/dist/share (the
 * ones packaging copies) drift from {@code --help}. Lives with the tests so that the generators
 * (picocli-codegen, AsciidoctorJ and its Ruby runtime) never reach the shipped jar nor slow down
 * {@code mvn package}.
 *
 * <p>Usage: {@code Manuals DIST_DIR} writes {@code share/bash-completion/completions/readiness} and
 * {@code share/man/man1/readiness.1} plus {@code readiness-COMMAND.1} per subcommand.
 */
public final class Manuals {
  private Manuals() {}

  public static void main(String[] args) throws IOException {
    Path dist = Path.of(args[0]);
    PrintStream quiet =
        new PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    CommandLine cli = Main.commandLine(quiet, quiet);
    Path completion = dist.resolve("share/bash-completion/completions/readiness");
    Files.createDirectories(completion.getParent());
    Files.writeString(completion, AutoComplete.bash("readiness", cli), StandardCharsets.UTF_8);

    Path man = Files.createDirectories(dist.resolve("share/man/man1"));
    List<CommandSpec> specs = new ArrayList<>();
    specs.add(cli.getCommandSpec());
    cli.getSubcommands().values().forEach(sub -> specs.add(sub.getCommandSpec()));
    try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
      for (CommandSpec spec : specs) {
        StringWriter adoc = new StringWriter();
        try (PrintWriter w = new PrintWriter(adoc)) {
          ManPageGenerator.writeSingleManPage(w, spec);
        }
        // a fixed date, so the same commands give the same pages
        String troff =
            asciidoctor.convert(
                adoc.toString(),
                Options.builder()
                    .backend("manpage")
                    .standalone(true)
                    .safe(SafeMode.SAFE)
                    .attributes(
                        Attributes.builder()
                            .attribute("reproducible", "")
                            .attribute("docdate", "2026-01-01")
                            .attribute("manmanual", "Readiness Manual")
                            .attribute("mansource", "readiness " + version())
                            .build())
                    .build());
        Files.writeString(
            man.resolve(spec.qualifiedName("-") + ".1"), troff, StandardCharsets.UTF_8);
      }
    }
    System.out.println(
        "[manuals] completion and " + specs.size() + " man pages in " + dist.resolve("share"));
  }

  private static String version() {
    String v = System.getProperty("readiness.version");
    return v == null ? "" : v;
  }
}
