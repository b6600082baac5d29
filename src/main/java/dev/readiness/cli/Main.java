package dev.readiness.cli;

import dev.readiness.text.Visible;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Entry point: {@code bin/readiness <command>} or {@code java -jar readiness.jar <command>}, always
 * in this one JVM (a second JVM doubled the start-up and outlived a killed first one).
 */
public final class Main {
  /**
   * Exit codes: everything fine, bad data in an input (or a computer that lacks what the tool
   * needs), bad usage of the command line, a bug in readiness itself.
   */
  public static final int OK = 0;

  public static final int BAD_DATA = 1;
  public static final int BAD_USAGE = 2;
  public static final int INTERNAL_ERROR = 3;

  private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

  private Main() {}

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /**
   * The command line for these arguments. Picocli reads every option of every subcommand by
   * reflection before it parses anything, which was most of the start-up of {@code --version}; so
   * only the subcommand named first is built, none for a lone {@code --version}, and all of them
   * otherwise (for {@code --help} and its suggestions).
   */
  static CommandLine commandLine(PrintStream out, PrintStream err, String... args) {
    // picocli registers a converter for each java.sql type by reflection, loading those classes; no
    // option of the tool has such a type (the runtime of bin/readiness does hold java.sql, which
    // jdeps finds the libraries use), so the lookups are skipped: they were about 2 % of a cold
    // report
    if (System.getProperty(CONVERTER_EXCLUDES) == null) {
      System.setProperty(CONVERTER_EXCLUDES, "java\\.sql\\..*");
    }
    CommandLine cli = new CommandLine(new ReadinessCommand(out, err));
    boolean versionOnly = args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]));
    List<Method> methods = CommandLine.getCommandMethods(ReadinessCommand.class, null);
    Optional<Method> named =
        args.length == 0
            ? Optional.empty()
            : methods.stream()
                .filter(m -> m.getAnnotation(CommandLine.Command.class).name().equals(args[0]))
                .findFirst();
    if (!versionOnly) {
      for (Method m : named.map(List::of).orElse(methods)) {
        cli.addSubcommand(new CommandLine(m));
      }
    }
    return cli;
  }

  /**
   * picocli's text in the streams' own encoding, UTF-8 (see main), not the platform's: in a POSIX
   * locale that is ASCII, and "…" in report --help came out as "?".
   */
  private static PrintWriter utf8Writer(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /** Runs one command with the given streams and returns its exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]))) {
      // the same line picocli prints, without building a command line by reflection to print it
      out.println(new Version().getVersion()[0]);
      return OK;
    }
    PrintWriter outWriter = utf8Writer(out);
    PrintWriter errWriter = utf8Writer(err);
    CommandLine cli = commandLine(out, err, args);
    cli.setOut(outWriter);
    cli.setErr(errWriter);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          CommandLine cmd = ex.getCommandLine();
          errWriter.println(Visible.of("readiness: " + ex.getMessage()));
          CommandLine.UnmatchedArgumentException.printSuggestions(ex, errWriter);
          errWriter.println(
              "Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
          return BAD_USAGE;
        });
    cli.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          if (ex instanceof UsageException) {
            // a usage message may quote a path or a name given: shown escaped like any text from
            // outside
            errWriter.println(Visible.of("readiness: " + ex.getMessage()));
            return BAD_USAGE;
          }
          Optional<String> library = MissingLibrary.of(ex);
          if (library.isPresent()) {
            errWriter.println(Visible.of("readiness: " + library.get()));
            return BAD_DATA;
          }
          boolean verbose =
              parsed != null
                  && parsed.subcommand() != null
                  && parsed.subcommand().hasMatchedOption("--verbose");
          if (verbose) {
            ex.printStackTrace(errWriter);
          }
          // the command's own exception, not picocli's "Error while calling command" around it
          Throwable cause =
              ex instanceof CommandLine.ExecutionException && ex.getCause() != null
                  ? ex.getCause()
                  : ex;
          errWriter.println(
              Visible.of("readiness: internal error: " + cause)
                  + "\nThis is a bug in readiness, not in your files; please report it with the command you ran"
                  + (verbose
                      ? " and the lines above."
                      : ", and what the same command prints with --verbose (the cause)."));
          return INTERNAL_ERROR;
        });
    int code = cli.execute(args);
    outWriter.flush();
    errWriter.flush();
    return code;
  }
}
