/**
 * The PDF report: summary with charts, a section per part, the study plan, the checklists and an
 * appendix. OpenPDF and JFreeChart are used here and nowhere else; the scoring and planning modules
 * do not know it exists.
 */
package dev.readiness.pdf;
