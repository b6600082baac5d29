package dev.readiness.rubric;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON library's complaint said in the tool's words: what the rubric has wrong and what to do,
 * never "Cannot deserialize value of type …" or a class name.
 */
final class JsonWords {
  private static final Pattern DUPLICATE =
      Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);

  private JsonWords() {}

  /** A document that is not JSON, or breaks a reading limit. */
  static String syntax(JsonProcessingException e) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    Matcher duplicate = DUPLICATE.matcher(original);
    if (duplicate.lookingAt()) {
      return "the field \"" + duplicate.group(1) + "\" is given twice in one object; keep one";
    }
    if (e instanceof StreamConstraintsException) {
      return "the JSON nests too deep, or holds a number or a text too long for a rubric; check the file";
    }
    if (e instanceof JsonEOFException) {
      return "not valid JSON: the file ends in the middle (a closing }, ] or quote is missing)";
    }
    return "not valid JSON"
        + (e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr())
        + "; look for a missing comma, quote or bracket, or a word without quotes";
  }

  /** A value of the wrong kind where the rubric's format expects another. */
  static String mismatch(JsonMappingException e) {
    if (e.getCause() instanceof JsonProcessingException cause
        && !(cause instanceof JsonMappingException)) {
      return syntax(cause);
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      String found =
          e instanceof InvalidFormatException f && f.getValue() != null
              ? ", not \"" + f.getValue() + "\""
              : "";
      return "expected " + kind(m.getTargetType()) + " here" + found;
    }
    return "this value does not fit the rubric's format here; compare it with the same entry in the built-in"
        + " rubric (rubric/python-architect-2026.json)";
  }

  private static String kind(Class<?> type) {
    if (type == String.class) {
      return "a text in quotes";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
      return "a number";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "a list in [ ]";
    }
    if (type.isEnum()) {
      return "one of the names the rubric's format allows";
    }
    return Map.class.isAssignableFrom(type) || type.isRecord()
        ? "an object in { }"
        : "another kind of value";
  }
}
