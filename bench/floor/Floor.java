import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGraphics2D;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The libraries' floor that issue 13 names: one POI read of a workbook and one OpenPDF page with a JFreeChart chart,
 * nothing of the tool's own. bench/cold.sh times it beside hello world and the real report, in the same run.
 * Usage: Floor workbook.xlsx out.pdf
 */
public final class Floor {
  public static void main(String[] args) throws Exception {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    try (Workbook workbook = WorkbookFactory.create(new File(args[0]), null, true)) {
      Sheet topics = workbook.getSheet("Topics");
      for (Row row : topics) {
        Cell id = row.getCell(0);
        Cell level = row.getCell(4);
        if (row.getRowNum() > 0 && id != null && level != null && level.getCellType() == CellType.NUMERIC) {
          data.addValue(level.getNumericCellValue(), "level", id.toString());
        }
      }
    }
    JFreeChart chart = ChartFactory.createBarChart("Levels", "topic", "level", data);
    Document document = new Document();
    try (OutputStream out = new FileOutputStream(args[1])) {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      document.open();
      document.add(new Paragraph("One page with a chart of " + data.getColumnCount() + " topics."));
      PdfContentByte cb = writer.getDirectContent();
      PdfTemplate template = cb.createTemplate(500, 300);
      Graphics2D g2 = new PdfGraphics2D(template, 500, 300);
      chart.draw(g2, new Rectangle2D.Double(0, 0, 500, 300));
      g2.dispose();
      cb.addTemplate(template, 50, 400);
      document.close();
    }
  }
}
