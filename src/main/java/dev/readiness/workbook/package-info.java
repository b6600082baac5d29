/**
 * The assessment workbook: writing the blank (or pre-filled) template and reading filled ones back,
 * with every problem explained by sheet and cell. Apache POI is used here and nowhere else.
 */
package dev.readiness.workbook;
