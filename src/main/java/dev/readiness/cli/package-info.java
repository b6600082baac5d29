/**
 * The command line: turns arguments into options records and calls the core. picocli is used here
 * and nowhere else, and only {@link dev.readiness.cli.Main#main} ends the process.
 */
package dev.readiness.cli;
