package dev.readiness.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.assessment.ReadResult;
import dev.readiness.problem.Location;
import dev.readiness.problem.Problem;
import dev.readiness.rubric.RubricLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/**
 * The streaming .xlsx read, on packages written by hand the way other programs write them: inline
 * strings, rich and phonetic text, escaped characters, cells without positions, strict OOXML, ISO
 * dates.
 */
class XlsxGridTest {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
  private static final String STRICT_RELS =
      "http://purl.oclc.org/ooxml/officeDocument/relationships";

  /**
   * A package with the sheets given by name (their sheetData), shared strings, in the given
   * namespaces.
   */
  private static byte[] xlsx(
      String main, String rels, String sharedStrings, Map<String, String> sheets)
      throws IOException {
    return xlsx(main, rels, "", sharedStrings, sheets);
  }

  /** The same, with the workbook's properties ({@code <workbookPr .../>}) before its sheets. */
  private static byte[] xlsx(
      String main, String rels, String workbookPr, String sharedStrings, Map<String, String> sheets)
      throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    StringBuilder types =
        new StringBuilder(
            "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org"
                + "/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
    StringBuilder book =
        new StringBuilder(
            "<?xml version=\"1.0\"?><workbook xmlns=\""
                + main
                + "\" xmlns:r=\""
                + rels
                + "\">"
                + workbookPr
                + "<sheets>");
    StringBuilder bookRels =
        new StringBuilder(
            "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rIdS\" Type=\""
                + rels
                + "/sharedStrings\" Target=\"sharedStrings.xml\"/>");
    int n = 0;
    for (Map.Entry<String, String> s : sheets.entrySet()) {
      n++;
      book.append("<sheet name=\"")
          .append(s.getKey())
          .append("\" sheetId=\"")
          .append(n)
          .append("\" r:id=\"rId")
          .append(n)
          .append("\"/>");
      bookRels
          .append("<Relationship Id=\"rId")
          .append(n)
          .append("\" Type=\"")
          .append(rels)
          .append("/worksheet\"" + " Target=\"worksheets/sheet")
          .append(n)
          .append(".xml\"/>");
      types
          .append("<Override PartName=\"/xl/worksheets/sheet")
          .append(n)
          .append(
              ".xml\" ContentType=\"application/"
                  + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
      parts.put(
          "xl/worksheets/sheet" + n + ".xml",
          "<?xml version=\"1.0\"?><worksheet xmlns=\""
              + main
              + "\"><sheetData>"
              + s.getValue()
              + "</sheetData></worksheet>");
    }
    parts.put("[Content_Types].xml", types + "</Types>");
    parts.put(
        "_rels/.rels",
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
            + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
            + rels
            + "/officeDocument\" Target=\"xl/"
            + "workbook.xml\"/></Relationships>");
    parts.put("xl/workbook.xml", book + "</sheets></workbook>");
    parts.put("xl/_rels/workbook.xml.rels", bookRels + "</Relationships>");
    parts.put(
        "xl/sharedStrings.xml",
        "<?xml version=\"1.0\"?><sst xmlns=\"" + main + "\">" + sharedStrings + "</sst>");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> p : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(p.getKey()));
        zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static Grid read(byte[] bytes) throws Exception {
    return read(bytes, 5000);
  }

  private static Grid read(byte[] bytes, int keepRows) throws Exception {
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      Grid grid = XlsxGrid.read(pkg, keepRows);
      pkg.revert();
      return grid;
    }
  }

  /** The one sheet of a transitional package holding these rows. */
  private static Grid.Sheet sheet(String name, String sheetData) throws Exception {
    return read(xlsx(MAIN, RELS, STRINGS, Map.of(name, sheetData))).sheets(name).get(0);
  }

  private static final String STRINGS =
      "<si><t>ID</t></si>"
          + "<si><r><t>Rich </t></r><r><rPr><b/></rPr><t>text</t></r><rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></si>"
          + "<si><t>line_x000D_break</t></si>";

  @Test
  void everyKindOfCellIsReadAsTheSpreadsheetShowsIt() throws Exception {
    Grid grid =
        read(
            xlsx(
                MAIN,
                RELS,
                STRINGS,
                Map.of(
                    "Topics",
                    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                        + "<c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>"
                        + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>T01</t></is></c><c r=\"B3\"><v>4</v></c>"
                        + "<c r=\"C3\" t=\"b\"><v>1</v></c><c r=\"D3\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                        + "<c r=\"E3\" t=\"str\"><f>A3</f><v>T01</v></c><c r=\"F3\" t=\"d\"><v>2026-11-02</v></c>"
                        + "<c r=\"G3\" s=\"1\"/><c r=\"H3\" t=\"b\"><v>true</v></c>"
                        + "<c r=\"I3\" t=\"b\"><v>false</v></c></row>")));
    Grid.Sheet sheet = grid.sheets("topics").get(0);
    assertThat(Cells.text(sheet.cell(0, 0))).isEqualTo("ID");
    assertThat(Cells.text(sheet.cell(0, 1))).isEqualTo("Rich text");
    assertThat(Cells.text(sheet.cell(0, 2))).isEqualTo("line\rbreak");
    assertThat(Cells.text(sheet.cell(2, 0))).isEqualTo("T01");
    assertThat(Cells.numberOf(sheet.cell(2, 1))).contains(4.0);
    assertThat(Cells.text(sheet.cell(2, 2))).isEqualTo("TRUE");
    assertThat(Cells.formulaError(sheet.cell(2, 3))).contains("#DIV/0!");
    assertThat(sheet.cell(2, 4)).isEqualTo(Grid.Value.text("T01", true));
    assertThat(Cells.date(sheet.cell(2, 5), false)).contains(LocalDate.of(2026, 11, 2));
    assertThat(sheet.cell(2, 6)).isNull();
    assertThat(Cells.text(sheet.cell(2, 7))).isEqualTo("TRUE");
    assertThat(Cells.text(sheet.cell(2, 8))).isEqualTo("FALSE");
    assertThat(sheet.rowNumbers()).containsExactly(0, 2);
    assertThat(sheet.filledRows()).isEqualTo(2);
  }

  /**
   * Past its size bound only the shared strings the sheets read use are kept: they read as when all
   * are kept.
   */
  @Test
  void aLargeSharedStringsPartKeepsWhatTheSheetsUseAndSaysWhatItLacks() throws Exception {
    StringBuilder many = new StringBuilder(STRINGS);
    int n = 3;
    while (many.length() <= SharedStrings.ALL_STRINGS_BYTES) {
      many.append("<si><t>user text ").append(n++).append("</t></si>");
    }
    String rows =
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
            + "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>"
            + (n - 1)
            + "</v></c>"
            + "<c r=\"E1\" t=\"s\"><v>20000</v></c><c r=\"F1\" t=\"s\"><v>"
            + " ".repeat(40)
            + "1</v></c>"
            // a value in pieces, as both readings of a cell join it
            + "<c r=\"G1\" t=\"s\"><v>1</v><v>0</v></c><c r=\"H1\" t=\"s\"><v>0000<!--x-->1</v></c>"
            + "<c r=\"I1\" t=\"s\"><is><t>2</t></is></c></row>";
    int count = n;
    Grid.Sheet sheet =
        read(xlsx(MAIN, RELS, many.toString(), Map.of("Topics", rows))).sheets("Topics").get(0);
    assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8).stream().map(c -> Cells.text(sheet.cell(0, c))))
        .containsExactly(
            "ID",
            "Rich text",
            "line\rbreak",
            "user text " + (n - 1),
            "user text 20000",
            "Rich text",
            "user text 10",
            "Rich text",
            "line\rbreak");
    assertThatThrownBy(
            () ->
                read(
                    xlsx(
                        MAIN,
                        RELS,
                        many.toString(),
                        Map.of(
                            "Topics",
                            "<row r=\"1\"><c r=\"B1\""
                                + " t=\"s\"><v>"
                                + count
                                + "</v></c></row>"))))
        .isInstanceOf(XlsxGrid.Impossible.class)
        .hasMessage("Topics!B1 refers to text the workbook does not hold");
  }

  /**
   * Text past the most a cell holds is cut to it and its cell named, however long it is in the
   * file.
   */
  @Test
  void aTextLongerThanACellHoldsIsCutAndNamed() throws Exception {
    // letters at random (seeded): a repeated one would compress past the zip-bomb bound
    java.util.Random random = new java.util.Random(13);
    StringBuilder text = new StringBuilder();
    while (text.length() < 2_000_000) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    String longer = text.toString();
    String first = longer.substring(0, Grid.MAX_CELL_CHARS);
    String escaped =
        "_x000D_".repeat(Grid.MAX_CELL_CHARS); // exactly as long as a cell holds, once unescaped
    Grid.Sheet sheet =
        read(xlsx(
                MAIN,
                RELS,
                STRINGS + "<si><t>" + longer + "</t></si>",
                Map.of(
                    "Topics",
                    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>3</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>"
                        + longer
                        + "</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>"
                        + escaped
                        + "</t></is></c></row>")))
            .sheets("Topics")
            .get(0);
    assertThat(sheet.cell(0, 0).text()).isEqualTo(first);
    assertThat(sheet.cell(0, 1).text()).isEqualTo(first);
    assertThat(sheet.cell(0, 2).text()).isEqualTo("\r".repeat(Grid.MAX_CELL_CHARS));
    assertThat(sheet.cut())
        .containsExactly(Location.cell("Topics", "A1"), Location.cell("Topics", "B1"));
  }

  @Test
  void aCellGivenTwiceKeepsItsLastValueAsPoiDoes() throws Exception {
    assertThat(
            sheet("Topics", "<row r=\"1\"><c r=\"E1\"><v>4</v></c><c r=\"E1\"><v>9</v></c></row>")
                .cell(0, 4)
                .number())
        .isEqualTo(9);
  }

  /**
   * In the 1904 date system a serial is a date 1,462 days later, and an ISO date is still the date
   * it shows.
   */
  @Test
  void aWorkbookOf1904SaysSoAndItsDatesAreTheDatesShown() throws Exception {
    for (String pr : List.of("<workbookPr date1904=\"1\"/>", "<workbookPr date1904=\"true\"/>")) {
      Grid grid =
          read(
              xlsx(
                  MAIN,
                  RELS,
                  pr,
                  STRINGS,
                  Map.of(
                      "Profile",
                      "<row r=\"1\"><c r=\"B1\"><v>44866</v></c>"
                          + "<c r=\"C1\" t=\"d\"><v>2026-11-02</v></c></row>")));
      assertThat(grid.date1904()).as(pr).isTrue();
      Grid.Sheet sheet = grid.sheets("Profile").get(0);
      assertThat(Cells.date(sheet.cell(0, 1), true)).as(pr).contains(LocalDate.of(2026, 11, 2));
      assertThat(Cells.date(sheet.cell(0, 2), true)).as(pr).contains(LocalDate.of(2026, 11, 2));
    }
    assertThat(read(xlsx(MAIN, RELS, "<workbookPr date1904=\"0\"/>", STRINGS, Map.of())).date1904())
        .isFalse();
    assertThat(read(xlsx(MAIN, RELS, STRINGS, Map.of())).date1904()).isFalse();
  }

  /** The ISO shapes writers give a date cell (t="d"), read as the date they show. */
  @Test
  void isoDatesOfEveryShapeAreDates() throws Exception {
    for (String iso :
        List.of(
            "2026-11-02",
            "2026-11-02T00:00:00",
            "2026-11-02T00:00:00.000Z",
            "2026-11-02T09:30:00+05:00",
            "2026-11-02 00:00:00")) {
      assertThat(
              Cells.date(
                  sheet("Profile", "<row r=\"1\"><c r=\"B1\" t=\"d\"><v>" + iso + "</v></c></row>")
                      .cell(0, 1),
                  false))
          .as(iso)
          .contains(LocalDate.of(2026, 11, 2));
    }
  }

  /**
   * A long sheet with a formula that has no saved result is refused for its length, not read whole.
   */
  @Test
  void aSheetPastTheRowLimitIsNotReadWholeForItsFormulas() throws Exception {
    StringBuilder rows = new StringBuilder("<row r=\"1\"><c r=\"Z1\"><f>1+1</f></c></row>");
    for (int r = 2; r <= 30; r++) {
      rows.append("<row r=\"")
          .append(r)
          .append("\"><c r=\"A")
          .append(r)
          .append("\"><v>1</v></c></row>");
    }
    assertThat(
            read(xlsx(MAIN, RELS, STRINGS, Map.of("Topics", rows.toString())), 10)
                .sheets("Topics")
                .get(0)
                .filledRows())
        .isEqualTo(29);
  }

  @Test
  void cellsWithoutAPositionFollowTheOneBefore() throws Exception {
    Grid.Sheet sheet =
        sheet(
            "Profile",
            "<row><c><v>1</v></c><c><v>2</v></c></row>"
                + "<row><c r=\"C2\"><v>3</v></c><c><v>4</v></c></row>");
    assertThat(sheet.cell(0, 1).number()).isEqualTo(2);
    assertThat(sheet.cell(1, 2).number()).isEqualTo(3);
    assertThat(sheet.cell(1, 3).number()).isEqualTo(4);
  }

  @Test
  void strictOoxmlIsReadLikeTransitional() throws Exception {
    Grid grid =
        read(
            xlsx(
                STRICT_MAIN,
                STRICT_RELS,
                STRINGS,
                Map.of("Skills", "<row r=\"2\"><c r=\"D2\">" + "<v>3</v></c></row>")));
    assertThat(grid.sheets("Skills").get(0).cell(1, 3).number()).isEqualTo(3);
  }

  @Test
  void onlyTheSheetsTheReaderUsesAreParsedButEveryOneIsNamed() throws Exception {
    Map<String, String> sheets = new LinkedHashMap<>();
    sheets.put("Notes of mine", "<row r=\"1\"><c r=\"A1\"><v>not xml at all");
    sheets.put("Checklist", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
    Grid grid = read(xlsx(MAIN, RELS, STRINGS, sheets));
    assertThat(grid.names()).isEqualTo("Notes of mine and Checklist");
    assertThat(grid.sheets("Notes of mine")).isEmpty();
    assertThat(grid.sheets("Checklist")).hasSize(1);
  }

  @Test
  void aSheetPastTheRowLimitIsCountedNotKept() throws Exception {
    StringBuilder rows = new StringBuilder();
    for (int r = 1; r <= 30; r++) {
      rows.append("<row r=\"")
          .append(r)
          .append("\"><c r=\"A")
          .append(r)
          .append("\"><v>")
          .append(r)
          .append("</v></c></row>");
    }
    Grid.Sheet sheet =
        read(xlsx(MAIN, RELS, STRINGS, Map.of("Topics", rows.toString())), 10)
            .sheets("Topics")
            .get(0);
    assertThat(sheet.filledRows()).isEqualTo(30);
    assertThat(sheet.rowNumbers()).hasSize(10).last().isEqualTo(9);
  }

  /**
   * Working formulas out takes POI's full model, about a kilobyte a cell: a sheet of many cells is
   * refused before it is loaded (a crafted one of a million cells took a gigabyte and minutes).
   */
  @Test
  void aWorkbookTooLargeForItsFormulasToBeWorkedOutIsRefusedAtItsLargestSheet(@TempDir Path dir)
      throws Exception {
    StringBuilder rows = new StringBuilder("<row r=\"1\"><c r=\"A1\"><f>1+1</f></c></row>");
    // seeded numbers, so the sheet compresses as a real one does and is not taken for a zip bomb
    java.util.Random random = new java.util.Random(7);
    for (int r = 2; r <= 501; r++) {
      rows.append("<row r=\"").append(r).append("\">");
      for (int c = 0; c < 101; c++) {
        rows.append("<c><v>").append(random.nextInt(1_000_000)).append("</v></c>");
      }
      rows.append("</row>");
    }
    Path file = dir.resolve("wide.xlsx");
    Files.write(file, xlsx(MAIN, RELS, STRINGS, Map.of("Topics", rows.toString())));
    List<Problem> problems = new WorkbookReader(RubricLoader.embedded()).read(file).problems();
    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            file
                + ": Topics: the workbook's formulas were saved without their results, and with"
                + " 50,500 cells it is too large to work them out (at most 50,000); open the file in"
                + " your spreadsheet app and save it again as .xlsx, which saves the results, or"
                + " delete what the assessment does not need");
  }

  @Test
  void aFormulaWithoutItsResultAsksForTheFullModel() throws Exception {
    byte[] bytes =
        xlsx(
            MAIN, RELS, STRINGS, Map.of("Topics", "<row r=\"1\"><c r=\"A1\"><f>1+1</f></c></row>"));
    assertThatThrownBy(() -> read(bytes)).isInstanceOf(XlsxGrid.NeedsFormulas.class);
    byte[] openpyxl =
        xlsx(
            MAIN,
            RELS,
            STRINGS,
            Map.of("Topics", "<row r=\"1\"><c r=\"A1\"><f>1+1</f><v></v></c>" + "</row>"));
    assertThatThrownBy(() -> read(openpyxl)).isInstanceOf(XlsxGrid.NeedsFormulas.class);
    for (String type : List.of("e", "b", "s")) {
      byte[] typed =
          xlsx(
              MAIN,
              RELS,
              STRINGS,
              Map.of(
                  "Topics",
                  "<row r=\"1\"><c r=\"A1\" t=\"" + type + "\"><f>1/0</f>" + "<v></v></c></row>"));
      assertThatThrownBy(() -> read(typed)).as(type).isInstanceOf(XlsxGrid.NeedsFormulas.class);
    }
    // an empty text result is a saved result
    byte[] empty =
        xlsx(
            MAIN,
            RELS,
            STRINGS,
            Map.of(
                "Topics", "<row r=\"1\"><c r=\"A1\" t=\"str\"><f>\"\"</f><v></v>" + "</c></row>"));
    assertThat(read(empty).sheets("Topics").get(0).cell(0, 0)).isEqualTo(Grid.Value.text("", true));
  }

  @Test
  void aCellBelowTheLastRowASpreadsheetHasIsDamage() throws Exception {
    byte[] bytes =
        xlsx(
            MAIN,
            RELS,
            STRINGS,
            Map.of("Topics", "<row r=\"2000000\"><c r=\"A2000000\"><v>1</v></c>" + "</row>"));
    assertThatThrownBy(() -> read(bytes)).isInstanceOf(SAXException.class);
    byte[] unknown =
        xlsx(
            MAIN,
            RELS,
            STRINGS,
            Map.of("Topics", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>9</v></c>" + "</row>"));
    assertThatThrownBy(() -> read(unknown)).isInstanceOf(SAXException.class);
  }

  /** What the XML cannot show is told by sheet and cell, in the tool's words. */
  @Test
  void impossibleCellsAreNamedInTheMessage(@TempDir Path dir) throws Exception {
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put(
        "<row r=\"2000000\"><c r=\"A2000000\"><v>1</v></c></row>",
        "Topics has a row numbered 2000000, where a" + " sheet's rows are numbered 1 to 1,048,576");
    cases.put(
        "<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>",
        "Topics has a cell (XFE1) right of the last column a sheet can have (XFD)");
    cases.put(
        "<row r=\"0\"><c><v>1</v></c></row>",
        "Topics has a row numbered 0, where a sheet's rows are numbered 1" + " to 1,048,576");
    cases.put(
        "<row r=\"1\"><c r=\"E2000000\"><v>1</v></c></row>",
        "Topics has a cell (E2000000) below the last row a" + " sheet can have");
    cases.put(
        "<row r=\"1\"><c r=\"A0\"><v>1</v></c></row>",
        "Topics has a cell whose position (\"A0\") is not a" + " cell reference");
    cases.put(
        "<row r=\"1\"><c r=\"Skills!E2\"><v>1</v></c></row>",
        "Topics has a cell whose position (\"Skills!E2\") is not a cell reference");
    cases.put(
        "<row r=\"1\"><c r=\"E\"><v>1</v></c></row>",
        "Topics has a cell whose position (\"E\") is not a" + " cell reference");
    cases.put(
        "<row r=\"x\"><c><v>1</v></c></row>",
        "Topics has a row number that is not a number (\"x\")");
    cases.put(
        "<row r=\"5\"><c r=\"B7\"><v>1</v></c></row>",
        "Topics has a cell (B7) saved inside row 5, so it is" + " unclear which row it belongs to");
    int n = 0;
    for (Map.Entry<String, String> c : cases.entrySet()) {
      Path file = dir.resolve("bad" + n++ + ".xlsx");
      Files.write(file, xlsx(MAIN, RELS, STRINGS, Map.of("Topics", c.getKey())));
      ReadResult r = new WorkbookReader(RubricLoader.embedded()).read(file);
      assertThat(r.problems())
          .extracting(Problem::toString)
          .containsExactly(
              file
                  + ": the workbook is damaged and"
                  + " cannot be opened ("
                  + c.getValue()
                  + "); open it in your spreadsheet app and save it again as .xlsx");
    }
  }

  /** Damage at one cell is reported at that cell, so validate's JSON has its sheet and cell. */
  @Test
  void anImpossibleCellIsAProblemAtThatCell(@TempDir Path dir) throws Exception {
    List<String[]> cases =
        List.of(
            new String[] {
              "<row r=\"1\"><c r=\"B1\" t=\"s\"><v>7</v></c></row>",
              "B1",
              "refers to text the workbook does not hold"
            },
            new String[] {
              "<row r=\"1\"><c r=\"C1\"><v>four</v></c></row>",
              "C1",
              "is a number cell that holds no number"
            },
            new String[] {
              "<row r=\"1\"><c r=\"D1\" t=\"x\"><v>1</v></c></row>",
              "D1",
              "is of a kind no spreadsheet app writes"
            },
            new String[] {
              "<row r=\"1\"><c r=\"B1\" t=\"s\"><v>-1</v></c></row>",
              "B1",
              "refers to text the workbook does not hold"
            },
            new String[] {
              "<row r=\"1\"><c r=\"E1\" t=\"e\"><v>4</v></c></row>",
              "E1",
              "is an error cell that holds no error (\"4\")"
            },
            new String[] {
              "<row r=\"1\"><c r=\"F1\" t=\"b\"><v>yes</v></c></row>",
              "F1",
              "is a true/false cell that holds neither"
            },
            new String[] {
              "<row r=\"1\"><c r=\"C1\"><v>3d</v></c></row>",
              "C1",
              "is a number cell that holds no number"
            },
            new String[] {
              "<row r=\"1\"><c r=\"C1\"><v>0x1.8p1</v></c></row>",
              "C1",
              "is a number cell that holds no number"
            });
    int n = 0;
    for (String[] c : cases) {
      Path file = dir.resolve("cell" + n++ + ".xlsx");
      Files.write(file, xlsx(MAIN, RELS, STRINGS, Map.of("Topics", c[0])));
      List<Problem> problems = new WorkbookReader(RubricLoader.embedded()).read(file).problems();
      assertThat(problems).hasSize(1);
      assertThat(problems.get(0).location()).isEqualTo(Location.cell("Topics", c[1]));
      assertThat(problems.get(0).toString())
          .isEqualTo(
              file
                  + ": Topics!"
                  + c[1]
                  + ": the workbook is damaged at this cell (it "
                  + c[2]
                  + "); open it in your spreadsheet app and save it again as .xlsx");
    }
  }

  @Test
  void excelsEscapesAreUndone() {
    assertThat(XlsxText.unescape("a_x0009_b_x000d_c_xZZZZ_")).isEqualTo("a\tb\rc_xZZZZ_");
  }
}
