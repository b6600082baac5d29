package dev.readiness.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report PDF tells a screen reader its language and a viewer its title, in the catalog and in XMP. */
class AccessiblePdfTest {
  @TempDir Path dir;

  private byte[] report(String out) throws IOException {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    int code = Main.run(new String[] {"report", Path.of("samples", "priya-raman.xlsx").toString(), "-o",
        dir.resolve(out).toString()}, sink, sink);
    assertThat(code).isZero();
    try (Stream<Path> s = Files.list(dir.resolve(out))) {
      return Files.readAllBytes(s.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow());
    }
  }

  @Test
  void theReportHasItsLanguageTitleInTheTitleBarAndXmpMetadata() throws IOException {
    byte[] pdf = report("a");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
      assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Interview readiness report: Priya Raman");
      String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp).contains("<dc:title>", "Interview readiness report: Priya Raman", "<dc:creator>",
          doc.getDocumentInformation().getAuthor());
      byte[] again = report("b");
      try (PDDocument other = Loader.loadPDF(again)) {
        assertThat(other.getDocumentCatalog().getMetadata().toByteArray()).as("the same XMP for the same input")
            .isEqualTo(doc.getDocumentCatalog().getMetadata().toByteArray());
      }
    }
  }
}
