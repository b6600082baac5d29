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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes files so that each is either whole or absent: never half-written, even when the run is
 * interrupted. A temporary file is named {@code .NAME.readiness-PID-RANDOM.part}, beside its
 * target: the process ID says whose it is, so that a later run removes only what a dead run left,
 * never a concurrent run's file.
 */
public final class AtomicFiles {
  /**
   * A temporary file older than this is abandoned even when a process of its ID runs: a writer
   * touches its file all the time, and after a day the ID belongs to some other program.
   */
  public static final Duration ABANDONED_AFTER = Duration.ofHours(24);

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final long PID = ProcessHandle.current().pid();
  private static final Pattern TEMP =
      Pattern.compile("\\..+\\.readiness-([0-9]{1,18})-[0-9a-f]{16}\\.part");

  /**
   * Temporary files being written now: an interrupted run (Ctrl-C, kill) deletes them on its way
   * out.
   */
  private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

  private static boolean shuttingDown;

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(AtomicFiles::deleteInFlight, "readiness-cleanup"));
  }

  private AtomicFiles() {}

  /** Something that writes the content to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  public static void write(Path target, Content content) throws IOException {
    try (Batch batch = new Batch()) {
      batch.add(target, content);
      batch.commit();
    }
  }

  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /**
   * Several files that belong together (a report's formats, the team summary's three files): each
   * is written to its temporary file first, and only when all are written are they moved into
   * place. Closing the batch removes whatever was not moved.
   */
  public static final class Batch implements AutoCloseable {
    private final List<Path> temps = new ArrayList<>();
    private final List<Path> targets = new ArrayList<>();
    private final List<Path> moved = new ArrayList<>();

    /** Writes the content to the target's temporary file. */
    public void add(Path target, Content content) throws IOException {
      Path dir = target.toAbsolutePath().getParent();
      try {
        Files.createDirectories(dir);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        throw new java.nio.file.NotDirectoryException(e.getFile());
      }
      // not Files.createTempFile: its owner-only permissions would stay on the finished file
      Path temp =
          dir.resolve(
                  "."
                      + target.getFileName()
                      + ".readiness-"
                      + PID
                      + "-"
                      + String.format("%016x", RANDOM.nextLong())
                      + ".part")
              .normalize();
      OutputStream stream = open(temp);
      temps.add(temp);
      targets.add(target);
      try (OutputStream out = new BufferedOutputStream(stream, 1 << 16)) {
        content.writeTo(out);
      }
    }

    /** Moves every file written into place, in the order added; returns the targets. */
    public List<Path> commit() throws IOException {
      for (int i = 0; i < temps.size(); i++) {
        try {
          Files.move(
              temps.get(i),
              targets.get(i),
              StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temps.get(i), targets.get(i), StandardCopyOption.REPLACE_EXISTING);
        }
        IN_FLIGHT.remove(temps.get(i));
        moved.add(targets.get(i));
      }
      return List.copyOf(targets);
    }

    /** The files already in place: after a failed commit, those moved before it failed. */
    public List<Path> moved() {
      return List.copyOf(moved);
    }

    /**
     * After a failure, what of the set is in place: "no file of the kit was written", "only x.json
     * of … was …".
     */
    public String written(String what) {
      return moved.isEmpty()
          ? "no file of " + what + " was written"
          : "only "
              + moved.stream()
                  .map(Path::toString)
                  .collect(java.util.stream.Collectors.joining(", "))
              + " of "
              + what
              + (moved.size() == 1 ? " was" : " were")
              + " written";
    }

    @Override
    public void close() throws IOException {
      IOException first = null;
      for (Path temp : temps) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          first = first == null ? e : first;
        }
        IN_FLIGHT.remove(temp);
      }
      if (first != null) {
        throw first;
      }
    }
  }

  /**
   * Creates the temporary file, unless the process is shutting down; the clean-up then knows of it.
   */
  private static OutputStream open(Path temp) throws IOException {
    synchronized (IN_FLIGHT) {
      if (shuttingDown) {
        throw new IOException("the run was interrupted");
      }
      IN_FLIGHT.add(temp);
      try {
        return Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (IOException | RuntimeException e) {
        IN_FLIGHT.remove(temp);
        throw e;
      }
    }
  }

  /**
   * Removes the temporary files of this tool's exact form ({@code .NAME.readiness-PID-RANDOM.part})
   * that are provably abandoned: no process of that ID runs (or it is this one, which did not make
   * it), or it has not been written to for {@link #ABANDONED_AFTER}. A concurrent run's files and a
   * user's own files are never touched.
   *
   * @return the files removed
   */
  public static List<Path> removeStale(Path dir) throws IOException {
    List<Path> removed = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return removed;
    }
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Matcher m = TEMP.matcher(p.getFileName().toString());
        if (m.matches() && Files.isRegularFile(p) && abandoned(p, Long.parseLong(m.group(1)))) {
          Files.deleteIfExists(p);
          removed.add(p);
        }
      }
    }
    return removed;
  }

  private static boolean abandoned(Path temp, long pid) throws IOException {
    if (pid == PID) {
      return !IN_FLIGHT.contains(temp.toAbsolutePath().normalize());
    }
    boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    return !alive
        || Files.getLastModifiedTime(temp)
            .toInstant()
            .isBefore(Instant.now().minus(ABANDONED_AFTER));
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
