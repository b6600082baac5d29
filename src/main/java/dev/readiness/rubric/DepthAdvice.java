package dev.readiness.rubric;

/**
 * The guide's "master 2–3 scenarios from each section in depth": met with minTopics topics at level
 * or above.
 */
public record DepthAdvice(String text, int level, int minTopics, int maxTopics) {}
