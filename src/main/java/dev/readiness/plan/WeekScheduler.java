package dev.readiness.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays topic work into weeks around the practice, in the order given: a week carries on with the topic the last
 * one ended on and takes the next ones only as its hours allow, so a week holds as few topics as its hours do. A
 * topic's work comes in blocks of at least {@link #MIN_BLOCK} half-hours; only its very last piece may be shorter.
 * That rule is the only one that can leave an hour idle while work remains: a week with one half-hour left and no
 * last piece to put in it. Where a block would leave such a half-hour, it ends one half-hour early and carries that
 * half-hour over as the topic's last piece, so the rule idles a half-hour only when no order can avoid it.
 */
final class WeekScheduler {
  /** The shortest block of a topic's work, in half-hours, but for its last piece. */
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
    return tasks.stream().anyMatch(t -> t.left > 0);
  }

  /**
   * The blocks of one week with {@code room} half-hours for topics, taking the tasks in their order.
   *
   * @param more whether a week follows, to carry a half-hour over to
   */
  List<Block> week(int room, boolean more) {
    List<Block> blocks = new ArrayList<>();
    for (int i = next; i < tasks.size() && room > 0; i++) {
      Task t = tasks.get(i);
      if (t.left == 0) {
        continue;
      }
      int chunk = Math.min(room, t.left);
      if (chunk < MIN_BLOCK && chunk < t.left) {
        continue;
      }
      if (more && room - chunk == 1 && chunk > MIN_BLOCK && needsBlockAfter(i)) {
        chunk--;
      }
      blocks.add(new Block(t, chunk));
      t.left -= chunk;
      room -= chunk;
    }
    while (next < tasks.size() && tasks.get(next).left == 0) {
      next++;
    }
    return blocks;
  }

  /** True when a later task has work that a lone half-hour could not take. */
  private boolean needsBlockAfter(int i) {
    for (int j = i + 1; j < tasks.size(); j++) {
      if (tasks.get(j).left > 1) {
        return true;
      }
    }
    return false;
  }
}
