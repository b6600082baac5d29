package dev.readiness.workbook;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.ReadResult;
import dev.readiness.assessment.Samples;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.RubricLoader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds filled workbooks for tests, optionally edited the way a user might edit them. */
public final class TestWorkbooks {
  public static final Rubric RUBRIC = RubricLoader.embedded();

  private TestWorkbooks() {}

  /** The first sample's assessment (Priya Raman, every topic rated). */
  public static Assessment priya() {
    return new Samples(RUBRIC).all().get(0).assessment();
  }

  public static Path write(Path dir, String name, Assessment a, Consumer<Workbook> edit)
      throws IOException {
    try (XSSFWorkbook wb = new TemplateWriter(RUBRIC).build(TemplateValues.of(a))) {
      edit.accept(wb);
      Path file = dir.resolve(name);
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
      return file;
    }
  }

  /** Priya's assessment under another name and ID: a distinct candidate. */
  public static Assessment as(String name, String id) {
    Assessment a = priya();
    return a.toBuilder()
        .candidate(new dev.readiness.assessment.Candidate(name, id))
        .rater(name)
        .daysOff(null)
        .build();
  }

  public static Path write(Path dir, String name, Consumer<Workbook> edit) throws IOException {
    return write(dir, name, priya(), edit);
  }

  /** The errors reading the file gives, each as the user sees it. */
  public static java.util.List<String> errors(WorkbookReader reader, Path file) {
    return reader.read(file).problems().stream()
        .filter(dev.readiness.problem.Problem::isError)
        .map(dev.readiness.problem.Problem::toString)
        .toList();
  }

  /** Reads the file, asserting it has no errors. */
  public static Assessment readOk(WorkbookReader reader, Path file) {
    ReadResult r = reader.read(file);
    org.assertj.core.api.Assertions.assertThat(r.problems())
        .filteredOn(dev.readiness.problem.Problem::isError)
        .isEmpty();
    return r.assessment().orElseThrow();
  }

  /** The cell of a topic's (or skill's) column, found by header like the reader does. */
  public static Cell cell(Workbook wb, String sheet, String id, String header) {
    Sheet s = wb.getSheet(sheet);
    int col = column(s, header);
    for (Row row : s) {
      Cell idCell = row.getCell(column(s, "ID"));
      if (idCell != null && id.equals(text(idCell))) {
        Cell c = row.getCell(col);
        return c != null ? c : row.createCell(col);
      }
    }
    throw new IllegalArgumentException("no row " + id);
  }

  /** The value cell of a Profile label. */
  public static Cell profile(Workbook wb, String label) {
    for (Row row : wb.getSheet("Profile")) {
      if (label.equals(text(row.getCell(0)))) {
        return row.getCell(1) != null ? row.getCell(1) : row.createCell(1);
      }
    }
    throw new IllegalArgumentException("no profile row " + label);
  }

  /** A cell's text as shown: the way a user sees it, for finding rows. */
  public static String text(Cell c) {
    return c == null ? "" : new DataFormatter(java.util.Locale.ROOT).formatCellValue(c);
  }

  /** The column of a header, in the first row that has an "ID" header. */
  static int column(Sheet s, String header) {
    for (Row row : s) {
      int found = -1;
      boolean id = false;
      for (Cell c : row) {
        id |= text(c).strip().equalsIgnoreCase("ID");
        found = text(c).strip().equalsIgnoreCase(header) && found < 0 ? c.getColumnIndex() : found;
      }
      if (id) {
        return found;
      }
    }
    throw new IllegalArgumentException("no header row in " + s.getSheetName());
  }

  /** A formula as openpyxl writes it: the formula alone, no saved result. */
  public static void noValue(org.apache.poi.xssf.usermodel.XSSFCell c, String formula) {
    c.setCellFormula(formula);
    if (c.getCTCell().isSetV()) {
      c.getCTCell().unsetV();
    }
    if (c.getCTCell().isSetT()) {
      c.getCTCell().unsetT();
    }
  }

  /**
   * A copy of a workbook with one part's XML edited as text: what a script could write, which POI
   * would refuse to.
   */
  public static Path rewrite(
      Path from, Path to, String part, java.util.function.UnaryOperator<String> edit)
      throws IOException {
    boolean found = false;
    try (java.util.zip.ZipInputStream in =
            new java.util.zip.ZipInputStream(Files.newInputStream(from));
        java.util.zip.ZipOutputStream out =
            new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
      java.util.zip.ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        byte[] bytes = in.readAllBytes();
        if (e.getName().equals(part)) {
          String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
          String edited = edit.apply(xml);
          org.assertj.core.api.Assertions.assertThat(edited)
              .as("the edit of " + part)
              .isNotEqualTo(xml);
          bytes = edited.getBytes(java.nio.charset.StandardCharsets.UTF_8);
          found = true;
        }
        out.write(bytes);
        out.closeEntry();
      }
    }
    org.assertj.core.api.Assertions.assertThat(found).as(part + " in " + from).isTrue();
    return to;
  }
}
