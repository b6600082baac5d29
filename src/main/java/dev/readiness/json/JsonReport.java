package dev.readiness.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.report.CandidateReport;
import dev.readiness.report.JsonView;
import dev.readiness.text.Numbers;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Renders a candidate's report as JSON: Jackson serialising the report's {@link JsonView}, whose
 * records hold every field in order, already rounded. Nothing is decided here but the layout of the
 * text.
 */
public final class JsonReport {
  /**
   * Bumped only when a field is removed or changes meaning; new fields may be added within a
   * version.
   */
  public static final int FORMAT_VERSION = JsonView.FORMAT_VERSION;

  private static final ObjectWriter WRITER =
      new ObjectMapper()
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writer(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                  .withSeparators(
                      Separators.createDefaultInstance()
                          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

  private JsonReport() {}

  public static byte[] render(CandidateReport r) {
    return pretty(r.json());
  }

  /** A view (records, or a tree) as indented UTF-8 JSON with a final newline. */
  static byte[] pretty(Object view) {
    try {
      return (WRITER.writeValueAsString(view) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A number rounded to {@code scale} decimals as the JSON reports show it (see {@link
   * Numbers#decimal}).
   */
  static void putNumber(ObjectNode n, String field, Double value, int scale) {
    if (value == null) {
      n.putNull(field);
    } else {
      n.put(field, Numbers.decimal(value, scale));
    }
  }
}
