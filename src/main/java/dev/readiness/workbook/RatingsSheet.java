package dev.readiness.workbook;

import dev.readiness.assessment.Assessment.Ratings;
import dev.readiness.problem.Location;
import dev.readiness.rubric.Rubric;
import dev.readiness.text.Limits;
import dev.readiness.text.Lists;
import dev.readiness.text.Names;
import dev.readiness.text.Numbers;
import dev.readiness.text.Plural;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One sheet of ratings (Topics or Skills) being read: a row per rubric ID with its level and notes,
 * found by the header's column names; each row the rubric does not know, each duplicate and each
 * value off the scale is a problem named by its cell.
 */
final class RatingsSheet {
  /** Where the ID, Rating and Notes columns are (notes -1 when the sheet has none). */
  private record Columns(int headerRow, int id, int rating, int notes) {}

  private final Rubric rubric;
  private final Problems problems;
  private final Grid.Sheet sheet;
  private final String what;
  private final List<String> expectedIds;
  private final Predicate<String> known;

  private final Map<String, Double> ratings = new LinkedHashMap<>();
  private final Map<String, String> notes = new LinkedHashMap<>();

  /** Each ID read, with the cell it is in, so a duplicate can say where the first one is. */
  private final Map<String, String> seenAt = new LinkedHashMap<>();

  private final List<String> blank = new ArrayList<>();

  /**
   * @param what the kind of row, as the messages name it ("topic", "skill")
   * @param expectedIds the rubric's IDs of that kind, in its order
   * @param known whether an ID is one of the rubric's
   */
  RatingsSheet(
      Rubric rubric,
      Problems problems,
      Grid.Sheet sheet,
      String what,
      List<String> expectedIds,
      Predicate<String> known) {
    this.rubric = rubric;
    this.problems = problems;
    this.sheet = sheet;
    this.what = what;
    this.expectedIds = List.copyOf(expectedIds);
    this.known = known;
  }

  Ratings read() {
    Optional<Columns> found = columns();
    if (found.isEmpty()) {
      return Ratings.NONE;
    }
    Columns c = found.get();
    for (int r : sheet.rowNumbers()) {
      if (r <= c.headerRow()) {
        continue;
      }
      Grid.Value ratingCell = sheet.cell(r, c.rating());
      Optional<String> id = rowId(r, c, ratingCell);
      if (id.isEmpty()) {
        continue;
      }
      if (Cells.isBlank(ratingCell)) {
        blank.add(id.get());
      }
      rating(r, c.rating(), ratingCell).ifPresent(v -> ratings.put(id.get(), v));
      if (c.notes() >= 0) {
        String note = Cells.text(sheet.cell(r, c.notes())).strip();
        if (!note.isEmpty()) {
          notes.put(id.get(), note);
        }
      }
    }
    reportMissing();
    return new Ratings(inOrder(ratings, expectedIds), inOrder(notes, expectedIds));
  }

  /** The columns under the header row, or empty (an error said) when ID or Rating is missing. */
  private Optional<Columns> columns() {
    Optional<Header> found = Header.find(sheet, Layout.ID);
    if (found.isEmpty()) {
      problems.error(
          Location.sheet(sheet.name()),
          "no header row with an \""
              + Layout.ID
              + "\" column; put back the"
              + " header row of the template");
      return Optional.empty();
    }
    Header header = found.get();
    int ratingCol = header.column(Layout.RATING);
    if (ratingCol < 0) {
      problems.error(
          Cells.where(sheet.name(), header.row, 0),
          "no \""
              + Layout.RATING
              + "\" column in the header"
              + " row (found: "
              + header.names()
              + "); put back the Rating header");
      return Optional.empty();
    }
    return Optional.of(
        new Columns(header.row, header.column(Layout.ID), ratingCol, header.column(Layout.NOTES)));
  }

  /**
   * The row's ID when the row is one to read; empty for a row with no ID (an error if it has a
   * rating), an ID the rubric does not know, or one already read.
   */
  private Optional<String> rowId(int r, Columns c, Grid.Value ratingCell) {
    String id = Cells.text(sheet.cell(r, c.id())).strip();
    Location idWhere = Cells.where(sheet.name(), r, c.id());
    if (id.isEmpty()) {
      if (!Cells.isBlank(ratingCell)) {
        problems.error(
            Cells.where(sheet.name(), r, c.rating()),
            "a rating in a row with no "
                + what
                + " ID; put the"
                + " ID back in "
                + idWhere.text()
                + " or clear the rating");
      }
      return Optional.empty();
    }
    if (!known.test(id)) {
      problems.error(
          idWhere,
          what
              + " ID \""
              + id
              + "\" is not in the rubric "
              + rubric.id()
              + "; expected one"
              + " of "
              + range(expectedIds)
              + " (delete the row if you added it)");
      return Optional.empty();
    }
    String before = seenAt.putIfAbsent(id, idWhere.text());
    if (before != null) {
      problems.error(
          idWhere,
          "duplicate "
              + what
              + " ID \""
              + id
              + "\": it is also in "
              + before
              + "; keep one row per "
              + what);
      return Optional.empty();
    }
    return Optional.of(id);
  }

  private void reportMissing() {
    List<String> missingRows = expectedIds.stream().filter(id -> !seenAt.containsKey(id)).toList();
    if (!missingRows.isEmpty()) {
      boolean one = missingRows.size() == 1;
      problems.warning(
          Location.sheet(sheet.name()),
          Plural.count(missingRows.size(), what)
              + (one ? " has" : " have")
              + " no row ("
              + list(missingRows)
              + "); "
              + (one ? "it counts" : "they count")
              + " as not rated");
    }
    List<String> notRated = expectedIds.stream().filter(blank::contains).toList();
    if (!notRated.isEmpty()) {
      problems.warning(
          Location.sheet(sheet.name()),
          Plural.countIs(notRated.size(), what)
              + " not rated ("
              + list(notRated)
              + "); blank ratings are left out of the scores, never counted as 0");
    }
  }

  private Optional<Double> rating(int r, int col, Grid.Value cell) {
    if (Cells.isBlank(cell)) {
      return Optional.empty();
    }
    Location where = Cells.where(sheet.name(), r, col);
    Optional<String> formulaError = Cells.formulaError(cell);
    if (formulaError.isPresent()) {
      problems.error(
          where,
          "the formula gives the error "
              + formulaError.get()
              + "; type the rating "
              + rubric.scale().range()
              + " instead");
      return Optional.empty();
    }
    String text = Names.trimSpaces(Cells.text(cell));
    Optional<Double> v = Cells.numberOf(cell);
    if (v.isEmpty()) {
      problems.error(
          where,
          "rating \""
              + text
              + "\" is not a number; choose a level "
              + rubric.scale().range()
              + " from the drop-down, or leave it blank if not rated");
      return Optional.empty();
    }
    double value = v.get();
    // 3.0000000000000004 is a 3 that a script's floating point arithmetic left a trace on
    if (Math.abs(value - Math.rint(value)) < 1e-9) {
      value = Math.rint(value);
    }
    if (cell.isDate()) {
      return dateRating(where, cell, value);
    }
    if (!rubric.scale().contains(value)) {
      problems.error(
          where,
          "rating \""
              + text
              + "\" is outside the scale "
              + rubric.scale().range()
              + "; choose a level from "
              + rubric.scale().min()
              + " to "
              + rubric.scale().max());
      return Optional.empty();
    }
    if (value != Math.rint(value)) {
      problems.error(
          where,
          "rating \"" + text + "\" is not a whole level; choose one of " + rubric.scale().range());
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /**
   * A rating in a cell formatted as a date. A spreadsheet turns "3/5" or "3-5" into a date, and the
   * user sees that date, not the number it is saved as: the message names the date. A level typed
   * into a cell that kept a date format is still that level, shown as a date around 1900 (which one
   * differs between spreadsheet apps, so it is not named): it is read, and the user is told why the
   * cell looks odd.
   */
  private Optional<Double> dateRating(Location where, Grid.Value cell, double value) {
    if (!rubric.scale().contains(value) || value != Math.rint(value)) {
      problems.error(
          where,
          "the cell holds the date "
              + cell.date()
              + ", not a rating (a spreadsheet turns \"3/5\" or \"3-5\" into a date); choose a"
              + " level "
              + rubric.scale().range()
              + " from the drop-down, and format the cell as a number if it still shows a date");
      return Optional.empty();
    }
    problems.warning(
        where,
        "rating "
            + Numbers.level(value)
            + " is in a cell formatted as a date, so the spreadsheet shows a date, not "
            + Numbers.level(value)
            + "; it is read as "
            + Numbers.level(value)
            + ": format the cell as a number to see it as one");
    return Optional.of(value);
  }

  private static <V> Map<String, V> inOrder(Map<String, V> map, List<String> order) {
    Map<String, V> out = new LinkedHashMap<>();
    for (String id : order) {
      if (map.containsKey(id)) {
        out.put(id, map.get(id));
      }
    }
    return out;
  }

  private static String range(List<String> ids) {
    return ids.isEmpty() ? "none" : ids.get(0) + "–" + ids.get(ids.size() - 1);
  }

  private static String list(List<String> ids) {
    return Lists.firstOf(ids, Limits.LISTED_IDS, ", ");
  }
}
