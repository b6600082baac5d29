package dev.readiness.rubric;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.readiness.problem.Location;
import dev.readiness.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads a rubric from JSON and refuses one with a mistake, naming the JSON path and line of each.
 */
public final class RubricLoader {
  /** Where the default rubric sits inside the jar. */
  static final String EMBEDDED = "/rubric/python-architect-2026.json";

  /**
   * Made on the first rubric file read: the embedded rubric does without it (see {@link
   * EmbeddedRubric}).
   */
  static final class Mapper {
    static final ObjectMapper MAPPER =
        new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // a field given twice is a mistake, not "the last one wins"
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }

  /**
   * The largest rubric file read: the guide's rubric is some 40 KB, so a file a hundred times
   * larger is a wrong path (a log, a disk image, /dev/zero), refused before it fills the memory.
   */
  public static final int MAX_BYTES = 4 << 20;

  private static volatile Rubric embedded;

  private RubricLoader() {}

  /** The rubric packaged in the jar: the guide this tool was made for. Loaded once per process. */
  public static Rubric embedded() {
    Rubric r = embedded;
    if (r == null) {
      synchronized (RubricLoader.class) {
        if (embedded == null) {
          embedded = loadEmbedded();
        }
        r = embedded;
      }
    }
    return r;
  }

  private static Rubric loadEmbedded() {
    byte[] bytes = embeddedBytes();
    try {
      return new Rubric(EmbeddedRubric.read(bytes), sha256(bytes), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] embeddedBytes() {
    try (InputStream in = RubricLoader.class.getResourceAsStream(EMBEDDED)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no embedded rubric at " + EMBEDDED);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the rubric file; the messages of a refused one start with the file's name. */
  public static Rubric load(Path file) throws RubricException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw new RubricException(
          List.of(
              Problem.error(
                  file.toString(),
                  Location.FILE,
                  "no such rubric file; check the path" + " given to --rubric")));
    } catch (IOException e) {
      throw new RubricException(
          List.of(
              Problem.error(
                  file.toString(),
                  Location.FILE,
                  "cannot read the rubric file (" + e.getMessage() + ")")));
    }
    if (bytes.length > MAX_BYTES) {
      throw new RubricException(
          List.of(
              Problem.error(
                  file.toString(),
                  Location.FILE,
                  "the file is larger than "
                      + (MAX_BYTES >> 20)
                      + " MB, far more than a rubric (some 40 KB); check the path given to --rubric")));
    }
    return parse(file.toString(), bytes);
  }

  /** Parses and checks a rubric; {@code name} starts each message. */
  public static Rubric parse(String name, byte[] json) throws RubricException {
    RubricJson data;
    JsonLines lines = JsonLines.of(json);
    try {
      JsonNode tree = Mapper.MAPPER.readTree(json);
      List<Problem> nulls = new ArrayList<>();
      findNulls(
          tree,
          "$",
          path ->
              nulls.add(
                  Problem.error(
                      name,
                      Location.line(lines.lineOf(path), path),
                      "the value is null; give a value or remove the entry")));
      if (!nulls.isEmpty()) {
        throw new RubricException(nulls);
      }
      data = Mapper.MAPPER.treeToValue(tree, RubricJson.class);
    } catch (UnrecognizedPropertyException e) {
      String known =
          e.getKnownPropertyIds().stream()
              .map(Object::toString)
              .sorted()
              .collect(Collectors.joining(", "));
      throw new RubricException(
          List.of(
              Problem.error(
                  name,
                  Location.line(lines.lineOf(path(e)), path(e)),
                  "unknown field \"" + e.getPropertyName() + "\"; expected one of " + known)));
    } catch (JsonMappingException e) {
      throw new RubricException(
          List.of(
              Problem.error(
                  name, Location.line(lines.lineOf(path(e)), path(e)), JsonWords.mismatch(e))));
    } catch (JsonProcessingException e) {
      throw new RubricException(
          List.of(Problem.error(name, Location.line(line(e)), JsonWords.syntax(e))));
    } catch (IOException e) {
      throw new RubricException(
          List.of(
              Problem.error(
                  name, Location.FILE, "cannot read the rubric (" + e.getMessage() + ")")));
    }
    List<Problem> problems = new RubricChecker(data, lines, name).check();
    if (!problems.isEmpty()) {
      throw new RubricException(problems);
    }
    String digest = sha256(json);
    return new Rubric(
        data, digest, data.id().equals(EMBEDDED_ID) && !digest.equals(embeddedSha256()));
  }

  /**
   * The default rubric's ID, which a changed copy keeps: the file name of {@link #EMBEDDED} (a test
   * holds the two together).
   */
  static final String EMBEDDED_ID = "python-architect-2026";

  /**
   * The SHA-256 of the embedded rubric's bytes, without parsing it: a user's rubric is compared
   * with it.
   */
  private static String embeddedSha256() {
    Rubric r = embedded;
    return r != null ? r.sha256() : sha256(embeddedBytes());
  }

  /** The SHA-256 of the bytes in lower-case hex, as {@code sha256sum} prints it. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      // every Java runtime must provide SHA-256 (java.security.MessageDigest's contract)
      throw new IllegalStateException(e);
    }
  }

  /**
   * Every null in the document, wherever it is: no field of a rubric may be null, and a null inside
   * a list or map would otherwise reach the records' constructors before the checker could name it.
   */
  private static void findNulls(JsonNode node, String path, Consumer<String> found) {
    if (node.isNull()) {
      found.accept(path);
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        findNulls(node.get(i), path + "[" + i + "]", found);
      }
    } else if (node.isObject()) {
      node.properties().forEach(e -> findNulls(e.getValue(), path + "." + e.getKey(), found));
    }
  }

  private static int line(JsonProcessingException e) {
    return e.getLocation() == null ? 1 : e.getLocation().getLineNr();
  }

  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getFieldName() != null) {
        sb.append('.').append(ref.getFieldName());
      }
    }
    return sb.toString();
  }
}
