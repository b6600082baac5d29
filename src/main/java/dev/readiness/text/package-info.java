/**
 * How numbers and names are written for people: one home for each formatter and normaliser, used by
 * the core's sentences and by both renderers, so that a figure reads the same wherever it appears.
 */
package dev.readiness.text;
