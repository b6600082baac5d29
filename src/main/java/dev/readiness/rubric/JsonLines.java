package dev.readiness.rubric;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The line on which each value of a JSON document starts, keyed by its path ({@code
 * $.parts[0].id}). The lines are found on the first question: a rubric without a mistake never
 * needs them, and finding them was a tenth of loading one.
 */
final class JsonLines {
  private final byte[] json;
  private Map<String, Integer> lines;

  private JsonLines(byte[] json) {
    this.json = json;
  }

  static JsonLines of(byte[] json) {
    return new JsonLines(json);
  }

  private static Map<String, Integer> find(byte[] json) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      Deque<Object> path = new ArrayDeque<>();
      Deque<Integer> counters = new ArrayDeque<>();
      JsonToken token;
      while ((token = p.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME) {
          if (!path.isEmpty()) {
            path.removeLast();
          }
          path.addLast(p.currentName());
          continue;
        }
        if (!counters.isEmpty() && counters.peekLast() >= 0 && token != JsonToken.END_ARRAY) {
          int index = counters.removeLast();
          counters.addLast(index + 1);
          path.removeLast();
          path.addLast(index);
        }
        if (!token.isStructEnd()) {
          lines.putIfAbsent(render(path), p.currentTokenLocation().getLineNr());
        }
        if (token == JsonToken.START_OBJECT) {
          counters.addLast(-1);
          path.addLast("");
        } else if (token == JsonToken.START_ARRAY) {
          counters.addLast(0);
          path.addLast(0);
        } else if (token.isStructEnd()) {
          counters.removeLast();
          path.removeLast();
        }
      }
    } catch (IOException e) {
      // the document has already been parsed once; a failure here only loses line numbers
    }
    return lines;
  }

  /** The line of the path, or of its nearest parent that has one. */
  int lineOf(String path) {
    if (lines == null) {
      lines = find(json);
    }
    String p = path;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) {
        return 1;
      }
      p = p.substring(0, cut);
    }
  }

  private static String render(Deque<Object> path) {
    StringBuilder sb = new StringBuilder("$");
    for (Object o : path) {
      if (o instanceof Integer) {
        sb.append('[').append(o).append(']');
      } else {
        sb.append('.').append(o);
      }
    }
    return sb.toString();
  }
}
