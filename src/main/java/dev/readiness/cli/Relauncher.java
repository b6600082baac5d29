package dev.readiness.cli;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Start-up is most of the time of a one-file run. When the build left a class-data archive ({@code readiness.jsa})
 * beside the jar, {@code java -jar readiness.jar} starts a second JVM that maps those classes in and compiles with
 * the quick compiler only; the first JVM just waits for it and passes its exit code on. Set
 * {@code -Dreadiness.relaunch=false} to run in one JVM.
 */
final class Relauncher {
  static final String PROPERTY = "readiness.relaunch";
  /** With more work than this (inputs named, or a folder), the optimising compiler pays for itself. */
  private static final int QUICK_COMPILE_MAX_INPUTS = 20;

  private Relauncher() {}

  /** The child's exit code, or empty when the tool should run in this JVM. */
  static Optional<Integer> relaunch(String[] args) {
    if ("false".equals(System.getProperty(PROPERTY))) {
      return Optional.empty();
    }
    Optional<Path> jar = jar();
    if (jar.isEmpty()) {
      return Optional.empty();
    }
    Path archive = jar.get().resolveSibling("readiness.jsa");
    if (!Files.isReadable(archive)) {
      return Optional.empty();
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    cmd.add("-XX:SharedArchiveFile=" + archive);
    cmd.add("-Xshare:auto");
    // a stale or foreign archive is simply not used; the JVM must not print about it
    cmd.add("-Xlog:disable");
    if (fewInputs(args)) {
      cmd.add("-XX:TieredStopAtLevel=1");
    }
    cmd.add("-D" + PROPERTY + "=false");
    cmd.add("-cp");
    cmd.add(jar.get().toString());
    cmd.add(Main.class.getName());
    cmd.addAll(List.of(args));
    try {
      Process child = new ProcessBuilder(cmd).inheritIO().start();
      // on Ctrl-C or kill, stop the child too and give it time to remove its partial files
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        child.destroy();
        try {
          child.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }));
      return Optional.of(child.waitFor());
    } catch (java.io.IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(130);
    }
  }

  private static final java.util.Set<String> OPTIONS_WITH_VALUES = java.util.Set.of("-o", "--output", "--format",
      "--role", "--weeks", "--hours", "--paper", "--threads", "--rubric", "--from", "--candidate", "--candidate-id",
      "--rater", "--rater-role");

  private static boolean fewInputs(String[] args) {
    int files = 0;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (OPTIONS_WITH_VALUES.contains(a)) {
        i++;
        continue;
      }
      if (a.startsWith("-")) {
        continue;
      }
      File f = new File(a);
      if (f.isDirectory()) {
        return false;
      }
      if (f.isFile()) {
        files++;
      }
    }
    return files <= QUICK_COMPILE_MAX_INPUTS;
  }

  private static Optional<Path> jar() {
    try {
      Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return location.toString().endsWith(".jar") ? Optional.of(location) : Optional.empty();
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
