/**
 * Writing outputs safely: to a temporary file beside the target (named with the process ID, so only
 * abandoned ones are ever cleared), then moved into place in one step, several files together when
 * they belong together; and why a write failed, in plain words.
 */
package dev.readiness.io;
