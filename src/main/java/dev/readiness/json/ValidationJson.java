package dev.readiness.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.problem.Problem;
import java.util.List;
import java.util.Locale;

/**
 * {@code readiness validate --format json}: one object per workbook, in the order checked, with its
 * problems in the order found. Documented in README.md ("validate --format json"); fields are only
 * ever added.
 */
public final class ValidationJson {
  private ValidationJson() {}

  /**
   * One workbook checked: its path as given, the problems listed (up to the reader's cap, then an
   * "N more" line) and how many errors and warnings were found in all.
   */
  public record Workbook(String file, List<Problem> problems, long errors, long warnings) {
    public Workbook {
      problems = List.copyOf(problems);
    }

    public boolean valid() {
      return errors == 0;
    }
  }

  public static byte[] render(List<Workbook> workbooks) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("formatVersion", JsonReport.FORMAT_VERSION);
    root.put("files", workbooks.size());
    root.put("valid", workbooks.stream().filter(Workbook::valid).count());
    ArrayNode list = root.putArray("workbooks");
    for (Workbook w : workbooks) {
      ObjectNode n = list.addObject();
      n.put("file", w.file());
      n.put("valid", w.valid());
      n.put("errors", w.errors());
      n.put("warnings", w.warnings());
      ArrayNode problems = n.putArray("problems");
      for (Problem p : w.problems()) {
        ObjectNode o = problems.addObject();
        o.put("severity", p.severity().name().toLowerCase(Locale.ROOT));
        o.put("where", p.where());
        o.put("sheet", p.location().sheet());
        o.put("cell", p.location().cell());
        o.put("message", p.message());
      }
    }
    return JsonReport.pretty(root);
  }
}
