package dev.readiness.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cell is laid out in the direction of its first strong character outside the names it isolates.
 */
class CellsTest {
  private final Cells cells = new Cells(Fonts.get().forDocument(List.of("محمد عبد الله")), 500);

  @Test
  void arabicFirstIsRightToLeftLatinFirstIsNot() {
    assertThat(cells.text("يحتاج إلى مزيد").getRunDirection())
        .isEqualTo(PdfWriter.RUN_DIRECTION_RTL);
    assertThat(cells.text("Needs practice").getRunDirection())
        .isEqualTo(PdfWriter.RUN_DIRECTION_LTR);
  }

  @Test
  void aNameWithItsIdReadsLeftToRight() {
    assertThat(cells.text("محمد عبد الله (C-2001)").getRunDirection())
        .isEqualTo(PdfWriter.RUN_DIRECTION_LTR);
    assertThat(cells.text("محمد عبد الله · self").getRunDirection())
        .isEqualTo(PdfWriter.RUN_DIRECTION_LTR);
  }
}
