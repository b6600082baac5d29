/** Writing outputs safely: to a temporary file beside the target, then moved into place in one step. */
package dev.readiness.io;
