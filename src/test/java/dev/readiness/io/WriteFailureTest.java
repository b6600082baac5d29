package dev.readiness.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real write failures of this machine, said in plain words. */
class WriteFailureTest {
  @TempDir Path dir;

  private static String reasonOf(ThrowingWrite write) {
    try {
      write.run();
    } catch (Exception e) {
      return WriteFailure.reason(e);
    }
    throw new AssertionError("the write did not fail");
  }

  private interface ThrowingWrite {
    void run() throws Exception;
  }

  @Test
  void aFullDiskAsTheSystemSaysIt() {
    // /dev/full answers every write with ENOSPC; a library wraps that in its own runtime exception
    assertThat(
            reasonOf(
                () -> {
                  try (OutputStream out = new FileOutputStream("/dev/full")) {
                    out.write(new byte[1 << 16]);
                    out.flush();
                  } catch (IOException e) {
                    throw new RuntimeException("a library's words", new UncheckedIOException(e));
                  }
                }))
        .isEqualTo("the disk is full");
  }

  @Test
  void aFolderWhereTheFileShouldBe() throws IOException {
    Path target = Files.createDirectories(dir.resolve("report.pdf"));
    Files.writeString(target.resolve("inside"), "x");
    assertThat(reasonOf(() -> AtomicFiles.write(target, new byte[] {1})))
        .isEqualTo("a folder of that name is in" + " the way");
  }

  @Test
  void aNameTooLong() {
    Path target = dir.resolve("x".repeat(300) + ".pdf");
    assertThat(reasonOf(() -> AtomicFiles.write(target, new byte[] {1})))
        .isEqualTo("the name is too long for this file system");
  }

  @Test
  void aFileWhereTheFolderShouldBe() throws IOException {
    Path file = Files.writeString(dir.resolve("out"), "mine");
    assertThat(reasonOf(() -> AtomicFiles.write(file.resolve("report.pdf"), new byte[] {1})))
        .isEqualTo("a file stands where a folder should be");
  }

  @Test
  void somethingNotAnInputOutputFailureIsNamedAsABug() {
    assertThat(WriteFailure.message("out/x.pdf", new IllegalStateException("x")))
        .isEqualTo(
            "cannot write"
                + " out/x.pdf: an unexpected error (IllegalStateException); this is a bug in readiness, please report it"
                + " with the command you ran");
    assertThatThrownBy(
            () -> {
              throw new IOException();
            })
        .satisfies(e -> assertThat(WriteFailure.reason(e)).isEqualTo("the system refused it"));
  }
}
