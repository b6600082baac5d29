package dev.readiness.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file could not be written, in plain words: "the disk is full", never a library's exception.
 * The PDF and spreadsheet libraries wrap the system's IOException in their own runtime exceptions,
 * so the cause chain is searched for it; the one home of these words for every command.
 */
public final class WriteFailure {
  private WriteFailure() {}

  /** "cannot write out/x.pdf: the disk is full". */
  public static String message(Object file, Throwable failure) {
    return "cannot write " + file + ": " + reason(failure);
  }

  /** The reason, for any exception a write can end in. */
  public static String reason(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InvalidPathException) {
        return "the name cannot be written in this system's file-name encoding; run with a UTF-8 locale"
            + " (LANG=C.UTF-8)";
      }
      if (t instanceof IOException io) {
        return of(io);
      }
    }
    return "an unexpected error ("
        + failure.getClass().getSimpleName()
        + "); this is a bug in readiness, please"
        + " report it with the command you ran";
  }

  private static String of(IOException e) {
    String os =
        e instanceof FileSystemException fs && fs.getReason() != null
            ? fs.getReason()
            : e.getMessage();
    String known = byOsText(os == null ? "" : os.toLowerCase(Locale.ROOT));
    if (known != null) {
      return known;
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "a folder of that name is in the way";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "something of that name is in the way";
    }
    if (e instanceof NotDirectoryException) {
      return "a file stands where a folder should be";
    }
    if (e instanceof NoSuchFileException) {
      return "the folder it goes into does not exist";
    }
    return os == null || os.isBlank()
        ? "the system refused it"
        : "the system says \"" + os.strip() + "\"";
  }

  /** The system's own words (strerror) for the usual failures, said plainly. */
  private static String byOsText(String os) {
    if (os.contains("no space left")) {
      return "the disk is full";
    }
    if (os.contains("quota")) {
      return "the disk quota is used up";
    }
    if (os.contains("read-only file system")) {
      return "the disk is read-only";
    }
    if (os.contains("file name too long")) {
      return "the name is too long for this file system";
    }
    if (os.contains("is a directory")) {
      return "a folder of that name is in the way";
    }
    if (os.contains("not a directory")) {
      return "a file stands where a folder should be";
    }
    if (os.contains("permission denied") || os.contains("operation not permitted")) {
      return "permission denied";
    }
    return null;
  }
}
