package dev.readiness.cli;

/** The command line asks for something impossible: exit code 2 with the message. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
