/**
 * The rubric: the guide's parts, topics, skills and checklists, the rating scale, the role profiles
 * and the scoring and planning constants, loaded from JSON and checked before anything uses them.
 */
package dev.readiness.rubric;
