/**
 * The study plan as an iCalendar file (RFC 5545), written with ical4j: only this package knows the
 * library, and it lays out the sessions the plan package decides.
 */
package dev.readiness.calendar;
