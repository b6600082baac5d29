package dev.readiness.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfWriter;
import org.junit.jupiter.api.Test;

/** A paragraph is laid out in the direction of its first strong character. */
class CellsTest {
  private final Cells cells = new Cells(Fonts.get(), 500);

  @Test
  void arabicFirstIsRightToLeftLatinFirstIsNot() {
    assertThat(Cells.rightToLeft("يحتاج إلى مزيد من الممارسة في أنظمة asyncio الكبيرة.")).isTrue();
    assertThat(Cells.rightToLeft("  (3) שלום")).isTrue();
    assertThat(Cells.rightToLeft("asyncio: يحتاج")).isFalse();
    assertThat(Cells.rightToLeft("12 — ")).isFalse();
    assertThat(cells.text("يحتاج إلى مزيد").getRunDirection()).isEqualTo(PdfWriter.RUN_DIRECTION_RTL);
    assertThat(cells.text("Needs practice").getRunDirection()).isEqualTo(PdfWriter.RUN_DIRECTION_LTR);
  }
}
