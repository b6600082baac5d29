package dev.readiness.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays topic work into weeks around the practice: focused weeks, where a topic's work comes in blocks of at least
 * an hour (only its very last piece may be shorter) and a week holds at most {@link #TOPICS_PER_WEEK} topics.
 */
final class WeekScheduler {
  /** At most this many topics a week besides practice. */
  static final int TOPICS_PER_WEEK = 3;
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

  /** The blocks of one week with {@code room} half-hours for topics, taking the tasks in their order. */
  List<Block> week(int room) {
    List<Block> blocks = new ArrayList<>();
    while (room > 0 && next < tasks.size() && blocks.size() < TOPICS_PER_WEEK) {
      Task t = tasks.get(next);
      int chunk = Math.min(room, t.left);
      if (chunk < MIN_BLOCK && chunk < t.left) {
        break;
      }
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
