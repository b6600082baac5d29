package dev.readiness.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rubric with a mistake is refused with the JSON path and line of each. */
class RubricLoaderTest {
  private static String original() throws IOException {
    try (InputStream in = RubricLoader.class.getResourceAsStream(RubricLoader.EMBEDDED)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static RubricException refused(String json) {
    return catchThrowableOfType(
        RubricException.class,
        () -> RubricLoader.parse("bad.json", json.getBytes(StandardCharsets.UTF_8)));
  }

  private static int lineOf(String json, String needle) {
    int at = json.indexOf(needle);
    return (int) json.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void theEmbeddedRubricLoads() throws Exception {
    assertThat(RubricLoader.parse("ok.json", original().getBytes(StandardCharsets.UTF_8)).topics())
        .hasSize(55);
  }

  /**
   * The jar's rubric is read without data binding; it must give exactly what data binding gives.
   */
  @Test
  void theEmbeddedRubricReadsAsDataBindingReadsIt() throws Exception {
    byte[] json = original().getBytes(StandardCharsets.UTF_8);
    RubricJson fast = EmbeddedRubric.read(json);
    assertThat(fast).isEqualTo(RubricLoader.Mapper.MAPPER.readValue(json, RubricJson.class));
    assertThat(fast.topics()).hasSize(55);
    assertThat(fast.roles().get(0).partTargets()).isNotEmpty();
    assertThat(fast.planning().practice().maxShare()).isPositive();
  }

  @Test
  void duplicateIdNamesBothPlaces() throws IOException {
    String json = original().replace("\"id\": \"T02\"", "\"id\": \"T01\"");
    RubricException e = refused(json);
    assertThat(e.messages())
        .singleElement()
        .asString()
        .isEqualTo(
            "bad.json: line "
                + lineOfNth(json, "\"id\": \"T01\"", 2)
                + ": $.topics[1].id: duplicate ID"
                + " \"T01\" (topic): it is already used at $.topics[0].id (line "
                + lineOf(json, "\"id\": \"T01\"")
                + "); every ID must be unique");
  }

  private static int lineOfNth(String json, String needle, int n) {
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = json.indexOf(needle, at + 1);
    }
    return (int) json.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  /** Several mistakes in one map are named in the file's order, the same on every run. */
  @Test
  void mistakesInAMapComeInTheFilesOrder() throws IOException {
    String json = original();
    for (String part : List.of("P1", "P2", "P3", "P4", "P5", "P6")) {
      json = json.replaceFirst("\"" + part + "\": \\d", "\"" + part + "\": 9");
    }
    RubricException e = refused(json);
    assertThat(e.messages()).hasSize(6);
    assertThat(e.messages())
        .extracting(m -> m.replaceAll(".*partTargets\\.(P\\d).*", "$1"))
        .containsExactly("P1", "P2", "P3", "P4", "P5", "P6");
  }

  /**
   * A role keeps its maps in the file's order, whichever that is (an unordered copy would fail one
   * of the two).
   */
  @Test
  void aRoleKeepsItsMapsInTheFilesOrder() {
    List<String> forward = List.of("P1", "P2", "P3", "P4", "P5", "P6");
    List<String> backward = new java.util.ArrayList<>(forward);
    java.util.Collections.reverse(backward);
    for (List<String> order : List.of(forward, backward)) {
      java.util.Map<String, Integer> targets = new java.util.LinkedHashMap<>();
      order.forEach(p -> targets.put(p, 3));
      Role role = new Role("r", "R", "", targets, java.util.Map.of(), java.util.Map.of());
      assertThat(role.partTargets().keySet()).containsExactlyElementsOf(order);
    }
  }

  @Test
  void targetOffTheScale() throws IOException {
    String json = original().replaceFirst("\"P2\": 3,", "\"P2\": 7,");
    RubricException e = refused(json);
    assertThat(e.messages())
        .singleElement()
        .asString()
        .isEqualTo(
            "bad.json: line "
                + lineOf(json, "\"P2\": 7")
                + ": $.roles[0].partTargets.P2: target 7 is off the"
                + " scale; a target is a level from 1 to 5");
  }

  @Test
  void unknownFieldListsTheKnownOnes() throws IOException {
    String json = original().replaceFirst("\"pointsHeading\"", "\"pointHeading\"");
    RubricException e = refused(json);
    assertThat(e.messages())
        .singleElement()
        .asString()
        .startsWith(
            "bad.json: line "
                + lineOf(json, "\"pointHeading\"")
                + ": $.topics[0].pointHeading: unknown"
                + " field \"pointHeading\"; expected one of ")
        .contains("pointsHeading", "question");
  }

  @Test
  void topicInNoPart() throws IOException {
    String json = original().replaceFirst("\"part\": \"P2\"", "\"part\": \"P9\"");
    RubricException e = refused(json);
    assertThat(e.messages())
        .singleElement()
        .asString()
        .isEqualTo(
            "bad.json: line "
                + lineOf(json, "\"part\": \"P9\"")
                + ": $.topics[10].part: topic T11 is in no"
                + " part: \"P9\" is not a part of this rubric; expected one of P1, P2, P3, P4, P5, P6");
  }

  @Test
  void notJsonAtAll() {
    RubricException e = refused("{\n  \"id\": oops\n}");
    assertThat(e.messages())
        .singleElement()
        .asString()
        .startsWith("bad.json: line 2: not valid JSON");
  }

  @Test
  void collectsEveryProblemAtOnce() throws IOException {
    String json =
        original()
            .replaceFirst("\"P2\": 3,", "\"P2\": 0,")
            .replace("\"defaultRole\": \"lead\"", "\"defaultRole\": \"boss\"");
    assertThat(refused(json).messages())
        .hasSize(2)
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "default role \"boss\" is not a role of this rubric; expected one of"
                            + " senior, lead, principal"));
  }
}
