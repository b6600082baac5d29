/**
 * Runs the report pipeline: reads the workbooks, groups them by candidate and date, scores and plans each
 * candidate, and writes the JSON and PDF outputs. The CLI calls it; it knows no command-line library.
 */
package dev.readiness.report;
