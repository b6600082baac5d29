package dev.readiness.workbook;

import static dev.readiness.workbook.TestWorkbooks.RUBRIC;
import static dev.readiness.workbook.TestWorkbooks.cell;
import static dev.readiness.workbook.TestWorkbooks.priya;
import static dev.readiness.workbook.TestWorkbooks.profile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Assessment;
import dev.readiness.testing.LibreOffice;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks that went through LibreOffice Calc, as .xlsx, .xls and .ods, are read correctly. Tagged
 * "libreoffice": {@code mvn verify} runs it after the fast tests; each workbook is converted once
 * per format for the class.
 */
@Tag("libreoffice")
class LibreOfficeRoundTripTest {
  @RegisterExtension static final LibreOffice OFFICE = new LibreOffice();
  @TempDir static Path dir;

  /**
   * Priya's filled workbook as LibreOffice saved it, by format: converted once, read by several
   * tests.
   */
  private static final Map<String, Path> PRIYA_AS = new HashMap<>();

  private final WorkbookReader reader = new WorkbookReader(RUBRIC);

  private static Path priyaOriginal() throws Exception {
    Path original = dir.resolve("priya.xlsx");
    if (!Files.exists(original)) {
      new TemplateWriter(RUBRIC).write(TemplateValues.of(priya()), original);
    }
    return original;
  }

  private static Path priyaAs(String format) throws Exception {
    Path converted = PRIYA_AS.get(format);
    if (converted == null) {
      converted = OFFICE.convert(priyaOriginal(), format, dir.resolve("lo-priya-" + format));
      PRIYA_AS.put(format, converted);
    }
    return converted;
  }

  private Assessment readOk(Path file) {
    return TestWorkbooks.readOk(reader, file);
  }

  @Test
  void templateSavedByLibreOfficeThenFilledIsRead() throws Exception {
    Path blank = dir.resolve("blank.xlsx");
    new TemplateWriter(RUBRIC).write(TemplateValues.blank(), blank);
    Path resaved = OFFICE.convert(blank, "xlsx", dir.resolve("lo-blank-xlsx"));
    Assessment expected = priya();
    Path filled = dir.resolve("filled.xlsx");
    try (InputStream in = Files.newInputStream(resaved);
        Workbook wb = WorkbookFactory.create(in)) {
      profile(wb, "Candidate").setCellValue("Priya Raman");
      profile(wb, "Rater role").setCellValue("self");
      profile(wb, "Assessment date").setCellValue(LocalDate.of(2026, 11, 2));
      expected.topicRatings().forEach((id, v) -> cell(wb, "Topics", id, "Rating").setCellValue(v));
      try (OutputStream out = Files.newOutputStream(filled)) {
        wb.write(out);
      }
    }
    Assessment a = readOk(filled);
    assertThat(a.topicRatings()).isEqualTo(expected.topicRatings());
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 11, 2));
  }

  @Test
  void filledWorkbookResavedAsXlsxXlsAndOdsIsRead() throws Exception {
    Assessment expected = readOk(priyaOriginal());
    for (String format : new String[] {"xlsx", "xls", "ods"}) {
      Path resaved = priyaAs(format);
      Assessment a = readOk(resaved);
      assertThat(a.topicRatings()).as(format).isEqualTo(expected.topicRatings());
      assertThat(a.topicNotes()).as(format).isEqualTo(expected.topicNotes());
      assertThat(a.skillRatings()).as(format).isEqualTo(expected.skillRatings());
      assertThat(a.checklist()).as(format).isEqualTo(expected.checklist());
      assertThat(a.candidate()).as(format).isEqualTo(expected.candidate());
      assertThat(a.date()).as(format).isEqualTo(expected.date());
      assertThat(a.interviewDate()).as(format).isEqualTo(expected.interviewDate());
      assertThat(a.hoursPerWeek()).as(format).isEqualTo(expected.hoursPerWeek());
      assertThat(a.raterRole()).as(format).isEqualTo(expected.raterRole());
    }
  }

  @Test
  void xlsWithAnXlsxNameIsDetectedByContent() throws Exception {
    Path xls = priyaAs("xls");
    Path misnamed = Files.copy(xls, dir.resolve("actually-xls.xlsx"));
    assertThat(readOk(misnamed).topicRatings()).hasSize(55);
  }

  @Test
  void theTemplateSavedAsOdsFilledInAndReadBack() throws Exception {
    Path blank = dir.resolve("blank-for-ods.xlsx");
    new TemplateWriter(RUBRIC).write(TemplateValues.blank(), blank);
    Path ods = OFFICE.convert(blank, "ods", dir.resolve("lo-blank-ods"));
    com.github.miachm.sods.SpreadSheet sheet = new com.github.miachm.sods.SpreadSheet(ods.toFile());
    com.github.miachm.sods.Sheet profile = sheet.getSheet("Profile");
    for (int r = 0; r < profile.getMaxRows(); r++) {
      Object label = profile.getRange(r, 0).getValue();
      if ("Candidate".equals(label)) {
        profile.getRange(r, 1).setValue("Alex Doe");
      } else if ("Assessment date".equals(label)) {
        profile.getRange(r, 1).setValue(LocalDate.of(2026, 11, 2));
      }
    }
    com.github.miachm.sods.Sheet topics = sheet.getSheet("Topics");
    for (int r = 1; r < topics.getMaxRows(); r++) {
      if (topics.getRange(r, 0).getValue() instanceof String id && id.startsWith("T")) {
        topics.getRange(r, 4).setValue((double) (Integer.parseInt(id.substring(1)) % 6));
      }
    }
    Path filled = dir.resolve("alex.ods");
    sheet.save(filled.toFile());
    Assessment a = readOk(filled);
    assertThat(a.candidate().name()).isEqualTo("Alex Doe");
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(a.topicRatings()).hasSize(55).containsEntry("T07", 1.0).containsEntry("T12", 0.0);
  }
}
