package dev.readiness.rubric;

import java.util.List;

/**
 * How long an interview kit gives each kind of question, and what an interviewer listens for in each step of the
 * System Design Interview Structure. A rubric may leave the section out; it then gets {@link #CONVENTIONAL}.
 *
 * @param designMinutes the system-design question's slot
 * @param deepDiveMinutes each deep-dive question's slot
 * @param stepMinutes the time box of each step of the System Design Interview Structure, adding up to
 *     designMinutes
 * @param listenFor per step, what a good answer covers (drawn from the guide's structure and its Architecture
 *     Decision Framework)
 */
public record KitRules(int designMinutes, int deepDiveMinutes, List<Integer> stepMinutes, List<String> listenFor) {
  public KitRules {
    stepMinutes = stepMinutes == null ? null : List.copyOf(stepMinutes);
    listenFor = listenFor == null ? null : List.copyOf(listenFor);
  }

  /** The values used when a rubric has no interviewKit section: a 30-minute design slot, 10-minute deep dives. */
  public static final KitRules CONVENTIONAL = new KitRules(30, 10, List.of(4, 3, 6, 6, 4, 4, 3), List.of(
      "Asks before designing: the users, the use cases, what is out of scope, the requirements and constraints"
          + " (the Decision Framework's first step).",
      "Puts numbers on it: load, data volume, latency and availability targets, and what they rule out.",
      "Names more than one viable architecture and says why one is chosen, against weighted criteria.",
      "Takes the key components down to Python choices (concurrency model, libraries, data stores) with their"
          + " trade-offs.",
      "Finds the bottlenecks (the GIL, I/O, the database, hot keys) and measures before optimising.",
      "Walks through failures (timeouts, retries, partial outages, data loss) and how the system recovers.",
      "Says how it grows and changes: migration and implementation plan, success metrics, review points."));
}
