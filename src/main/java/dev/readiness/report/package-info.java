/**
 * The view of every report and the batch that makes them. The view ({@code ReportModel} for the
 * PDF, {@code JsonView} with {@code PlanJson}, {@code CalibrationJson} and {@code ProgressJson} for
 * the JSON) decides every figure, label and sentence once from the core's results, so the renderers
 * only lay it out. The runner reads the workbooks, groups them by candidate and date, scores and
 * plans each candidate, and writes the outputs; the CLI calls it, and it knows no command-line
 * library.
 */
package dev.readiness.report;
