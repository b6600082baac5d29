package dev.readiness.rubric;

import dev.readiness.problem.Location;
import dev.readiness.problem.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems found in one rubric file, each placed on its JSON line, with the field checks every
 * part of the rubric shares (required, unique IDs); one instance is shared by all the checkers so
 * an ID is unique across the whole rubric, not only within one list.
 */
final class RubricFindings {
  private final JsonLines lines;
  private final String name;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, String> seenIds = new HashMap<>();

  RubricFindings(JsonLines lines, String name) {
    this.lines = lines;
    this.name = name;
  }

  List<Problem> problems() {
    return problems;
  }

  boolean unique(String at, String id, String what) {
    String before = seenIds.putIfAbsent(id, at);
    if (before != null) {
      problem(
          at,
          "duplicate ID \""
              + id
              + "\" ("
              + what
              + "): it is already used at "
              + before
              + " (line "
              + lines.lineOf(before)
              + "); every ID must be unique");
      return false;
    }
    return true;
  }

  boolean required(String at, Object value) {
    if (value == null || (value instanceof String && ((String) value).isBlank())) {
      problem(at, "required field is missing or empty");
      return false;
    }
    return true;
  }

  boolean requiredList(String at, Collection<?> list) {
    if (list == null || list.isEmpty()) {
      problem(at, "required list is missing or empty");
      return false;
    }
    return true;
  }

  void nonEmptyStrings(String at, List<String> list) {
    if (requiredList(at, list)) {
      for (int i = 0; i < list.size(); i++) {
        required(at + "[" + i + "]", list.get(i));
      }
    }
  }

  void problem(String at, String message) {
    problems.add(Problem.error(name, Location.line(lines.lineOf(at), at), message));
  }
}
