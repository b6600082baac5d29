package dev.readiness.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet the tool never reads costs it nothing: a filled workbook with an extra 600,000-row sheet validates in a
 * JVM with 256 MB of heap (it once took 2.4 GB and failed with OutOfMemoryError).
 */
class UnreadSheetMemoryTest {
  @TempDir Path dir;

  @Test
  void anExtraSheetOf600000RowsIsNeverLoaded() throws Exception {
    Path file = dir.resolve("big.xlsx");
    try (XSSFWorkbook filled = new TemplateWriter(TestWorkbooks.RUBRIC).build(TemplateValues.of(TestWorkbooks.priya()));
        SXSSFWorkbook wb = new SXSSFWorkbook(filled, 200)) {
      Sheet extra = wb.createSheet("My own data");
      for (int r = 0; r < 600_000; r++) {
        Row row = extra.createRow(r);
        row.createCell(0).setCellValue(r);
        row.createCell(1).setCellValue("row " + r);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
      wb.dispose();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = dir.resolve("out.log");
    Process p = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        "-Dreadiness.relaunch=false", "dev.readiness.cli.Main", "validate", file.toString()))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("validate finished").isTrue();
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains(file + ": ok").doesNotContain("OutOfMemory");
    System.out.println("big.xlsx: " + new File(file.toString()).length() / 1024 + " KiB");
  }
}
