package dev.readiness.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Every PDF the tool writes (report, kit, team summary) tells a screen reader its language and a
 * viewer its title, in the catalog and in XMP, and does not claim a tagged structure it does not
 * have.
 */
class AccessiblePdfTest {
  @TempDir Path dir;

  private List<Path> run(String out, String... args) throws IOException {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    String[] all =
        Stream.concat(Stream.of(args), Stream.of("-o", dir.resolve(out).toString()))
            .toArray(String[]::new);
    assertThat(Main.run(all, sink, sink)).isZero();
    try (Stream<Path> s = Files.list(dir.resolve(out))) {
      return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
  }

  private static byte[] xmp(PDDocument doc) throws IOException {
    return doc.getDocumentCatalog().getMetadata().toByteArray();
  }

  /**
   * The text of a Dublin Core property's one value, read as XML (so escaping is the parser's
   * business).
   */
  private static String xmpText(byte[] xmp, String property) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      NodeList found =
          f.newDocumentBuilder()
              .parse(new ByteArrayInputStream(xmp))
              .getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", property);
      assertThat(found.getLength()).as("dc:" + property).isEqualTo(1);
      return found.item(0).getTextContent().strip();
    } catch (ParserConfigurationException | SAXException e) {
      throw new AssertionError("the XMP is not well-formed XML", e);
    }
  }

  /** What every PDF must carry; returns its XMP. */
  private static byte[] accessible(Path pdf, String title, String author) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(doc.getDocumentCatalog().getLanguage()).as(pdf.toString()).isEqualTo("en");
      assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(title);
      assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo(author);
      assertThat(xmpText(xmp(doc), "title")).isEqualTo(title);
      assertThat(xmpText(xmp(doc), "creator")).isEqualTo(author);
      // no /MarkInfo /Marked true over an empty structure tree: a screen reader would trust tags
      // that hold nothing
      assertThat(doc.getDocumentCatalog().getCOSObject().containsKey(COSName.MARK_INFO)).isFalse();
      assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNull();
      return xmp(doc);
    }
  }

  @Test
  void theReportHasItsLanguageTitleInTheTitleBarAndTheSameXmpEachRun() throws IOException {
    String priya = Path.of("samples", "priya-raman.xlsx").toString();
    Path a = run("a", "report", priya).get(0);
    String rater;
    try (PDDocument doc = Loader.loadPDF(a.toFile())) {
      rater = doc.getDocumentInformation().getAuthor();
    }
    assertThat(rater).as("the rater, named in the sample").isNotBlank().isNotEqualTo("readiness");
    byte[] first = accessible(a, "Interview readiness report: Priya Raman", rater);
    byte[] again =
        accessible(
            run("b", "report", priya).get(0), "Interview readiness report: Priya Raman", rater);
    assertThat(again).as("the same XMP for the same input").isEqualTo(first);
  }

  @Test
  void bothKitCopiesCarryTheirTitleAndTheToolAsAuthor() throws IOException {
    List<Path> kits = run("k", "kit", Path.of("samples", "zoe-lukasiewicz.xlsx").toString());
    assertThat(kits).hasSize(2);
    for (Path kit : kits) {
      String title;
      try (PDDocument doc = Loader.loadPDF(kit.toFile())) {
        title = doc.getDocumentInformation().getTitle();
      }
      assertThat(title).contains("Zoë Łukasiewicz");
      accessible(kit, title, "readiness");
    }
  }

  @Test
  void theTeamSummaryHasXmpTooTheSameEachRun() throws IOException {
    Path first = dir.resolve("t1").resolve("summary.pdf");
    run("t1", "report", "samples");
    byte[] xmp = accessible(first, "Team readiness summary", "readiness");
    run("t2", "report", "samples");
    assertThat(
            accessible(
                dir.resolve("t2").resolve("summary.pdf"), "Team readiness summary", "readiness"))
        .isEqualTo(xmp);
  }
}
