/**
 * The JSON report: a public contract, documented in README.md. Field names are stable and the output is the same
 * byte for byte for the same input.
 */
package dev.readiness.json;
