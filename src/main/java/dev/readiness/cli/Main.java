package dev.readiness.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import picocli.CommandLine;

/** Entry point: {@code java -jar readiness.jar <command>}. */
public final class Main {
  /** Exit codes: everything fine, bad data in an input, bad usage of the command line. */
  public static final int OK = 0;
  public static final int BAD_DATA = 1;
  public static final int BAD_USAGE = 2;

  private Main() {}

  public static void main(String[] args) {
    Optional<Integer> relaunched = Relauncher.relaunch(args);
    if (relaunched.isPresent()) {
      System.exit(relaunched.get());
    }
    System.setProperty("java.awt.headless", "true");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Runs one command with the given streams and returns its exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter outWriter = new PrintWriter(out, true);
    PrintWriter errWriter = new PrintWriter(err, true);
    CommandLine cli = new CommandLine(new ReadinessCommand(out, err));
    cli.setOut(outWriter);
    cli.setErr(errWriter);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler((ex, a) -> {
      CommandLine cmd = ex.getCommandLine();
      errWriter.println("readiness: " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, errWriter);
      errWriter.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
      return BAD_USAGE;
    });
    cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      if (ex instanceof UsageException) {
        errWriter.println("readiness: " + ex.getMessage());
        return BAD_USAGE;
      }
      errWriter.println("readiness: internal error: " + ex
          + "\nThis is a bug in readiness, not in your files; please report it with the command you ran.");
      return BAD_DATA;
    });
    int code = cli.execute(args);
    outWriter.flush();
    errWriter.flush();
    return code;
  }
}
