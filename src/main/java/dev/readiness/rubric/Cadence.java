package dev.readiness.rubric;

/** One line of the continuous-learning cadence, e.g. weekly: review PEPs. */
public record Cadence(String cadence, String activity) {}
