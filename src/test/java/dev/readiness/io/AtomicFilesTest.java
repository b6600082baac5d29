package dev.readiness.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  /** The ID of a process that has ended. */
  private static long deadPid() throws Exception {
    Process p = new ProcessBuilder("true").start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return p.pid();
  }

  private Path temp(String target, long pid) throws IOException {
    return Files.writeString(
        dir.resolve("." + target + ".readiness-" + pid + "-0123456789abcdef.part"), "half");
  }

  @Test
  void onlyTheToolsOwnAbandonedTemporaryFilesAreRemoved() throws Exception {
    Path dead = temp("a.pdf", deadPid());
    // a concurrent run: its process is alive (here, this JVM's parent, which outlives the test)
    Path live = temp("b.pdf", ProcessHandle.current().parent().orElseThrow().pid());
    Path old = temp("c.pdf", ProcessHandle.current().parent().orElseThrow().pid());
    Files.setLastModifiedTime(
        old, FileTime.from(Instant.now().minus(AtomicFiles.ABANDONED_AFTER).minusSeconds(60)));
    Path users = Files.writeString(dir.resolve(".draft.cafe.part"), "mine");
    Path oldForm = Files.writeString(dir.resolve(".report.pdf.1a2b3c4d5e6f7a8b.part"), "mine too");
    assertThat(AtomicFiles.removeStale(dir)).containsExactlyInAnyOrder(dead, old);
    assertThat(live).exists();
    assertThat(users).exists();
    assertThat(oldForm).exists();
  }

  @Test
  void aBatchIsMovedIntoPlaceWholeOrNotAtAll() throws IOException {
    Path first = dir.resolve("one.json");
    Path second = dir.resolve("two.json");
    assertThatThrownBy(
            () -> {
              try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
                batch.add(first, out -> out.write('1'));
                batch.add(
                    second,
                    out -> {
                      throw new IOException("No space left on device");
                    });
                batch.commit();
              }
            })
        .isInstanceOf(IOException.class);
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aTemporaryFileNamesItsProcess() throws IOException {
    AtomicFiles.write(
        dir.resolve("x.json"),
        out -> {
          try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                .singleElement()
                .asString()
                .startsWith(".x.json.readiness-" + ProcessHandle.current().pid() + "-")
                .endsWith(".part");
          }
          // this run's own file in flight is not abandoned
          assertThat(AtomicFiles.removeStale(dir)).isEmpty();
        });
    assertThat(dir.resolve("x.json")).exists();
  }
}
