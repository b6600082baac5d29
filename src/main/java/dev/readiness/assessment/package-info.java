/**
 * One filled assessment as plain records: who was rated, by whom, when, and the ratings given; and
 * the problems found while reading it.
 */
package dev.readiness.assessment;
