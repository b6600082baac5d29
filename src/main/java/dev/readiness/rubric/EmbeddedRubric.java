package dev.readiness.rubric;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rubric packaged in the jar straight into its records: a JSON token stream, then each
 * record's components by name. Jackson's data binding, which works out how to build every record on
 * its first use, was a sixth of a cold report's start-up. Only the jar's own rubric is read this
 * way: the build checks it with every rule of {@link RubricChecker}, and a test compares this
 * reading with data binding's; a user's rubric goes through {@link RubricLoader#parse} and its
 * messages.
 */
final class EmbeddedRubric {
  private EmbeddedRubric() {}

  static RubricJson read(byte[] json) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(json)) {
      p.nextToken();
      return (RubricJson) convert(value(p), RubricJson.class);
    }
  }

  /** The value at the parser's token: a map, list, string, number, boolean or null. */
  private static Object value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT:
        {
          Map<String, Object> map = new LinkedHashMap<>();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            map.put(name, value(p));
          }
          return map;
        }
      case START_ARRAY:
        {
          List<Object> list = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            list.add(value(p));
          }
          return list;
        }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getNumberValue();
      case VALUE_TRUE:
      case VALUE_FALSE:
        return p.getBooleanValue();
      case VALUE_NULL:
        return null;
      default:
        throw new IOException("unexpected " + t + " in the embedded rubric");
    }
  }

  /**
   * The value as the type a record component declares: a record, a list or map of them, text or a
   * number.
   */
  private static Object convert(Object value, Type type) throws IOException {
    if (value == null) {
      return null;
    }
    if (type instanceof ParameterizedType pt) {
      Type[] args = pt.getActualTypeArguments();
      if (pt.getRawType() == List.class) {
        List<Object> out = new ArrayList<>();
        for (Object item : (List<?>) value) {
          out.add(convert(item, args[0]));
        }
        return out;
      }
      if (pt.getRawType() == Map.class) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
          out.put((String) e.getKey(), convert(e.getValue(), args[1]));
        }
        return out;
      }
    }
    if (type == String.class) {
      return (String) value;
    }
    if (type == int.class || type == Integer.class) {
      return ((Number) value).intValue();
    }
    if (type == double.class || type == Double.class) {
      return ((Number) value).doubleValue();
    }
    if (type instanceof Class<?> c && c.isRecord()) {
      return record(c, (Map<?, ?>) value);
    }
    throw new IOException(
        "the embedded rubric has a value of a type this reader does not know: " + type);
  }

  private static Object record(Class<?> c, Map<?, ?> fields) throws IOException {
    RecordComponent[] components = c.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      args[i] = convert(fields.get(components[i].getName()), components[i].getGenericType());
      if (args[i] == null && types[i].isPrimitive()) {
        throw new IOException(
            "the embedded rubric lacks " + c.getSimpleName() + "." + components[i].getName());
      }
    }
    try {
      Constructor<?> canonical = c.getDeclaredConstructor(types);
      return canonical.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IOException("cannot build " + c.getSimpleName() + " from the embedded rubric", e);
    }
  }
}
