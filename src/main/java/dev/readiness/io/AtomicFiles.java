package dev.readiness.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Writes a file so that it is either whole or absent: never half-written, even when the run is interrupted. */
public final class AtomicFiles {
  private static final SecureRandom RANDOM = new SecureRandom();
  /** Temporary files being written now: an interrupted run (Ctrl-C, kill) deletes them on its way out. */
  private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
  private static boolean shuttingDown;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deleteInFlight, "readiness-cleanup"));
  }

  private AtomicFiles() {}

  /** Something that writes the content to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  public static void write(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // not Files.createTempFile: its owner-only permissions would stay on the finished file
    Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
    OutputStream stream = open(temp);
    try {
      try (OutputStream out = new BufferedOutputStream(stream, 1 << 16)) {
        content.writeTo(out);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
      IN_FLIGHT.remove(temp);
    }
  }

  /** Creates the temporary file, unless the process is shutting down; the clean-up then knows of it. */
  private static OutputStream open(Path temp) throws IOException {
    synchronized (IN_FLIGHT) {
      if (shuttingDown) {
        throw new IOException("the run was interrupted");
      }
      IN_FLIGHT.add(temp);
      return Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
  }

  /**
   * Removes the temporary files of this tool's own naming ({@code .name.1f2e3d.part}) that a killed run left in a
   * folder; nothing else is touched.
   */
  public static void removeStale(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        if (STALE.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p)
            && !IN_FLIGHT.contains(p.toAbsolutePath().normalize())) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static final java.util.regex.Pattern STALE = java.util.regex.Pattern.compile("\\..+\\.[0-9a-f]{1,16}\\.part");

  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /** Deletes every temporary file still being written, and lets no new one be made. */
  static void deleteInFlight() {
    synchronized (IN_FLIGHT) {
      shuttingDown = true;
      for (Path p : IN_FLIGHT) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // the process is ending; nothing more can be done about this one
        }
      }
    }
  }
}
