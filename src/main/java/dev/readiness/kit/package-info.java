/**
 * The interview kit: from a scored assessment, the questions of a mock interview or a panel's loop
 * aimed at the candidate's gaps, with their time boxes, key points and what to listen for. Decided
 * here; the pdf package lays the two copies out and the workbook package writes the panel's rating
 * sheets.
 */
package dev.readiness.kit;
