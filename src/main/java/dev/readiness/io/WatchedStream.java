package dev.readiness.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream that remembers the first failure of the stream below it. The spreadsheet library turns a
 * full disk into its own runtime exception and drops the system's IOException altogether; this
 * keeps it, so that the user is told "the disk is full".
 */
public final class WatchedStream extends FilterOutputStream {
  private IOException failure;

  public WatchedStream(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw seen(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw seen(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw seen(e);
    }
  }

  private IOException seen(IOException e) {
    failure = failure == null ? e : failure;
    return e;
  }

  /** The first failure of the stream below, or null. */
  public IOException failure() {
    return failure;
  }
}
