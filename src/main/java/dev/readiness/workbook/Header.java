package dev.readiness.workbook;

import dev.readiness.text.Limits;
import dev.readiness.text.Lists;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A sheet's header row, with its columns found by their text. */
final class Header {
  /** The header may sit below a few rows a user added on top, but not further. */
  private static final int SEARCH_ROWS = 20;

  final int row;
  private final Map<String, Integer> columns;
  private final Map<String, String> names;

  private Header(int row, Map<String, Integer> columns, Map<String, String> names) {
    this.row = row;
    this.columns = columns;
    this.names = names;
  }

  /** The first row, among the first few, that has a cell reading {@code anchor}. */
  static Optional<Header> find(Grid.Sheet sheet, String anchor) {
    for (int r : sheet.rowNumbers()) {
      if (r > SEARCH_ROWS) {
        break;
      }
      Map<String, Integer> columns = new LinkedHashMap<>();
      Map<String, String> names = new LinkedHashMap<>();
      for (Map.Entry<Integer, Grid.Value> c : sheet.row(r).entrySet()) {
        String text = Cells.text(c.getValue()).strip();
        String key = Layout.key(text);
        if (!key.isEmpty() && !columns.containsKey(key)) {
          columns.put(key, c.getKey());
          names.put(key, text);
        }
      }
      if (columns.containsKey(Layout.key(anchor))) {
        return Optional.of(new Header(r, columns, names));
      }
    }
    return Optional.empty();
  }

  /** The column index of the header, or -1 when there is none. */
  int column(String name) {
    return columns.getOrDefault(Layout.key(name), -1);
  }

  /** The headers found, for a message: the first few, then how many more. */
  String names() {
    return Lists.firstOf(List.copyOf(names.values()), Limits.NAMED_COLUMNS, ", ");
  }
}
