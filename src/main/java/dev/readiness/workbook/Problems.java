package dev.readiness.workbook;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.ReadResult;
import dev.readiness.problem.Location;
import dev.readiness.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects the problems of one file, up to a limit; past it they are only counted. */
final class Problems {
  private final String file;
  private final int limit;
  private final List<Problem> list = new ArrayList<>();
  private int dropped;
  private long errors;
  private long warnings;

  Problems(String file, int limit) {
    this.file = file;
    this.limit = limit;
  }

  void error(Location where, String message) {
    errors++;
    add(Problem.error(file, where, message));
  }

  void warning(Location where, String message) {
    warnings++;
    add(Problem.warning(file, where, message));
  }

  private void add(Problem p) {
    if (list.size() < limit) {
      list.add(p);
    } else {
      dropped++;
    }
  }

  boolean hasErrors() {
    return errors > 0;
  }

  /** What was found, listed up to the limit and counted in full. */
  ReadResult result(Optional<Assessment> assessment) {
    return new ReadResult(file, assessment, list(), errors, warnings);
  }

  private List<Problem> list() {
    List<Problem> out = new ArrayList<>(list);
    if (dropped > 0) {
      Problem summary =
          new Problem(
              errors > 0 ? Problem.Severity.ERROR : Problem.Severity.WARNING,
              file,
              Location.FILE,
              dropped + " more problems not listed; fix the ones above and check again");
      out.add(summary);
    }
    return out;
  }
}
