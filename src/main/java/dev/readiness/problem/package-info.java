/**
 * The one diagnostic type: a problem in an input (a workbook, a rubric, a command's values), with
 * the file, the place in it (a {@link dev.readiness.problem.Location}, worded only by {@code
 * Location.text}) and what to do. Every stage reports through it, so every message reads and prints
 * alike.
 */
package dev.readiness.problem;
