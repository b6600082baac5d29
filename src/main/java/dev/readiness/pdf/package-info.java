/**
 * The PDFs: the candidate's report (a chapter per class: summary with charts, progress,
 * calibration, a section per part, the study plan, the checklists, the appendix), the hiring
 * panel's packet (the same chapters without the plan, with the discussion and the decision), the
 * interview kit ({@code KitPdf}) and the team summary ({@code SummaryPdf}). Each lays out a view
 * ({@code report.ReportModel}, {@code kit.KitView}, {@code report.TeamSummary}) and decides
 * nothing. Every text goes through {@code Fonts} (shaping, bidi, missing glyphs, unbroken tokens)
 * and every table through {@code Pagination} (headings kept with what follows, no table piece under
 * three rows). OpenPDF and JFreeChart are used here and nowhere else.
 */
package dev.readiness.pdf;
