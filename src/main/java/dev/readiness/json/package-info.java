/**
 * The JSON outputs: Jackson serialising the view records the {@code report} package builds ({@code
 * JsonView} for a candidate's report), laid out with a fixed indentation. A public contract,
 * documented in README.md: field names are stable and the output is the same byte for byte for the
 * same input. Nothing here reads a score, a plan, a calibration or a progress directly.
 */
package dev.readiness.json;
