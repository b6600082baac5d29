package dev.readiness.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A null anywhere in a rubric, or a field left out, is refused with the JSON path and line, never
 * an exception: one case per field and per collection of the rubric (the first element of each list
 * stands for all of them).
 */
class RubricNullTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String original() throws IOException {
    try (InputStream in = RubricLoader.class.getResourceAsStream(RubricLoader.EMBEDDED)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Each field and list element, keyed by its path, the first element of each list only. */
  private static Map<String, List<Object>> places(JsonNode root) {
    Map<String, List<Object>> out = new LinkedHashMap<>();
    walk(root, "$", new ArrayList<>(), out);
    return out;
  }

  private static void walk(
      JsonNode node, String path, List<Object> steps, Map<String, List<Object>> out) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e -> {
                List<Object> s = new ArrayList<>(steps);
                s.add(e.getKey());
                out.put(path + "." + e.getKey(), s);
                walk(e.getValue(), path + "." + e.getKey(), s, out);
              });
    } else if (node.isArray() && !node.isEmpty()) {
      List<Object> s = new ArrayList<>(steps);
      s.add(0);
      out.put(path + "[0]", s);
      walk(node.get(0), path + "[0]", s, out);
    }
  }

  /** Applies {@code change} to the parent of the place, with the last step. */
  private static String changed(
      String json, List<Object> steps, BiConsumer<JsonNode, Object> change) throws IOException {
    JsonNode root = MAPPER.readTree(json);
    JsonNode parent = root;
    for (Object step : steps.subList(0, steps.size() - 1)) {
      parent = step instanceof Integer i ? parent.get(i) : parent.get((String) step);
    }
    change.accept(parent, steps.get(steps.size() - 1));
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private static RubricException refused(String json) {
    return catchThrowableOfType(
        RubricException.class,
        () -> RubricLoader.parse("bad.json", json.getBytes(StandardCharsets.UTF_8)));
  }

  @TestFactory
  Stream<DynamicTest> aNullIsRefusedAtItsPathAndLine() throws IOException {
    String json = original();
    return places(MAPPER.readTree(json)).entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey(),
                    () -> {
                      String bad =
                          changed(
                              json,
                              e.getValue(),
                              (parent, step) -> {
                                if (step instanceof Integer i) {
                                  ((ArrayNode) parent).set(i, MAPPER.nullNode());
                                } else {
                                  ((ObjectNode) parent).putNull((String) step);
                                }
                              });
                      RubricException ex = refused(bad);
                      assertThat(ex).as("a null at %s must be refused", e.getKey()).isNotNull();
                      int line = lineOfNull(bad, e.getKey());
                      assertThat(ex.messages())
                          .containsExactly(
                              "bad.json: line "
                                  + line
                                  + ": "
                                  + e.getKey()
                                  + ": the value is null; give a value or remove the entry");
                    }));
  }

  @TestFactory
  Stream<DynamicTest> aFieldLeftOutIsRefusedOrLoadsButNeverCrashes() throws IOException {
    String json = original();
    return places(MAPPER.readTree(json)).entrySet().stream()
        .filter(e -> !e.getKey().endsWith("]"))
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey(),
                    () -> {
                      String bad =
                          changed(
                              json,
                              e.getValue(),
                              (parent, step) -> ((ObjectNode) parent).remove((String) step));
                      try {
                        RubricLoader.parse("bad.json", bad.getBytes(StandardCharsets.UTF_8));
                      } catch (RubricException ex) {
                        assertThat(ex.messages())
                            .isNotEmpty()
                            .allSatisfy(p -> assertThat(p).startsWith("bad.json: line "));
                      }
                    }));
  }

  @Test
  void nullsInsideListsAndMapsAreAllNamed() throws IOException {
    String json = original().replaceFirst("\"P1\": 3,", "\"P1\": null,");
    RubricException ex = refused(json);
    assertThat(ex.messages())
        .containsExactly(
            "bad.json: line "
                + (json.substring(0, json.indexOf("\"P1\": null")).split("\n", -1).length)
                + ": $.roles[0].partTargets.P1: the value is null; give a value or remove the entry");
  }

  /** The line of the null the change wrote (the pretty printer puts each value on its own line). */
  private static int lineOfNull(String json, String path) throws IOException {
    return RubricLoaderLines.lineOf(json, path);
  }
}
