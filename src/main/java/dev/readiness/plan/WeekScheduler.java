package dev.readiness.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays topic work into weeks around the practice, in the order given: a week carries on with the
 * topic the last one ended on and takes the next ones only as its hours allow, so a week holds as
 * few topics as its hours do, and no hour idles while work remains. A topic's work comes in blocks
 * of at least {@link #MIN_BLOCK} half-hours, with two exceptions that keep every hour in use: its
 * very last piece, and a week's last half-hour, which starts on the next topic rather than sit
 * idle. (Insisting on an hour there would leave a half-hour free in weeks of odd half-hours, and
 * the steps chosen for the hours would then not all fit by the interview.)
 */
final class WeekScheduler {
  /**
   * The shortest block of a topic's work, in half-hours, but for its last piece and a week's last
   * half-hour.
   */
  static final int MIN_BLOCK = 2;

  /** Topic work still to be placed, in half-hours. */
  static final class Task {
    final String topic;
    final Activity activity;
    final double from;
    final double to;
    final int total;
    int left;

    Task(String topic, Activity activity, double from, double to, int halves) {
      this.topic = topic;
      this.activity = activity;
      this.from = from;
      this.to = to;
      this.total = halves;
      this.left = halves;
    }

    int done() {
      return total - left;
    }
  }

  /** A block of a task placed in a week. */
  record Block(Task task, int halves) {}

  private final List<Task> tasks;
  private int next;

  WeekScheduler(List<Task> tasks) {
    this.tasks = tasks;
  }

  /** True while some task still has work to place. */
  boolean workLeft() {
    return next < tasks.size();
  }

  /**
   * The blocks of one week with {@code room} half-hours for topics, taking the tasks in their
   * order.
   */
  List<Block> week(int room) {
    List<Block> blocks = new ArrayList<>();
    while (room > 0 && next < tasks.size()) {
      Task t = tasks.get(next);
      int chunk = Math.min(room, t.left);
      blocks.add(new Block(t, chunk));
      t.left -= chunk;
      room -= chunk;
      if (t.left == 0) {
        next++;
      }
    }
    return blocks;
  }
}
