package dev.readiness.rubric;

import java.util.List;

/**
 * How an interview kit spends its slot and what it gives the interviewer to judge by. A rubric may
 * leave the section out, or any field added after format version 1's first release; those get
 * {@link #CONVENTIONAL}'s.
 *
 * @param designMinutes the system-design question's slot
 * @param deepDiveMinutes each deep-dive question's slot
 * @param stepMinutes the time box of each step of the System Design Interview Structure, adding up
 *     to designMinutes
 * @param listenFor per step, what a good answer covers (drawn from the guide's structure and its
 *     Architecture Decision Framework)
 * @param openingMinutes the opening time box: introductions and how the interview runs
 * @param closingMinutes the closing time box at the least: the candidate's questions and the
 *     wrap-up; it also takes the minutes no question fills, so that the time boxes add up to the
 *     slot
 * @param probes the follow-up probes of a deep dive, each with "{point}" where one of the
 *     question's key points goes (the probes take the last points, which a first answer most often
 *     leaves out)
 * @param stepCues per step of the structure, a regular expression (case-insensitive) that picks the
 *     design question's own key points to listen for in that step; the first step that matches
 *     takes the point, and the step whose expression is empty takes the points no other step
 *     matches
 * @param recommendation the overall recommendation's choices, from the strongest no to the
 *     strongest yes
 */
public record KitRules(
    int designMinutes,
    int deepDiveMinutes,
    List<Integer> stepMinutes,
    List<String> listenFor,
    Integer openingMinutes,
    Integer closingMinutes,
    List<String> probes,
    List<String> stepCues,
    List<String> recommendation) {
  public KitRules {
    stepMinutes = stepMinutes == null ? null : List.copyOf(stepMinutes);
    listenFor = listenFor == null ? null : List.copyOf(listenFor);
    probes = probes == null ? null : List.copyOf(probes);
    stepCues = stepCues == null ? null : List.copyOf(stepCues);
    recommendation = recommendation == null ? null : List.copyOf(recommendation);
  }

  /**
   * The values used when a rubric has no interviewKit section: a 30-minute design slot, 10-minute
   * deep dives.
   */
  public static final KitRules CONVENTIONAL =
      new KitRules(
          30,
          10,
          List.of(4, 3, 6, 6, 4, 4, 3),
          List.of(
              "Asks before designing: the users, the use cases, what is out of scope, the requirements and constraints"
                  + " (the Decision Framework's first step).",
              "Puts numbers on it: load, data volume, latency and availability targets, and what they rule out.",
              "Names more than one viable architecture and says why one is chosen, against weighted criteria.",
              "Takes the key components down to Python choices (concurrency model, libraries, data stores) with their"
                  + " trade-offs.",
              "Finds the bottlenecks (the GIL, I/O, the database, hot keys) and measures before optimising.",
              "Walks through failures (timeouts, retries, partial outages, data loss) and how the system recovers.",
              "Says how it grows and changes: migration and implementation plan, success metrics, review points."),
          5,
          5,
          List.of(
              "Take \"{point}\": where have you done this, what did you choose, and what did it cost?",
              // asked of any kind of point (a design choice, a practice, a leadership habit): a
              // question about load made no sense for "Success measurement" or "Backfill
              // strategies"
              "How would you know \"{point}\" is working, and what would you do when it is not?"),
          List.of(
              "criteria|requirement|scope|compliance|governance|ownership|polic|access control|model design",
              "scale|volume|capacity|latency|throughput|cost|quota|resource|batching",
              " vs\\.?|versus|selection|decision|strateg|abstraction|architecture|pattern",
              "",
              "performance|bottleneck|optimi[sz]|profil|benchmark|memory|backpressure|metric|monitor",
              "fail|fallback|recover|rollback|disaster|fault|incident|emergency|dead letter|retr|idempot|circuit|"
                  + "security|debug",
              "migrat|evolution|versioning|growth|rotation|retirement|onboarding|update|promotion|test"),
          List.of("Strong no", "No", "Yes", "Strong yes"));

  /** These rules with every field the rubric left out taken from {@link #CONVENTIONAL}. */
  public KitRules withDefaults() {
    KitRules c = CONVENTIONAL;
    return new KitRules(
        designMinutes,
        deepDiveMinutes,
        stepMinutes,
        listenFor,
        openingMinutes == null ? c.openingMinutes() : openingMinutes,
        closingMinutes == null ? c.closingMinutes() : closingMinutes,
        probes == null ? c.probes() : probes,
        // the conventional cues are one per step of the guide's structure; a rubric with other
        // steps has none
        stepCues != null
            ? stepCues
            : listenFor != null && listenFor.size() == c.stepCues().size()
                ? c.stepCues()
                : List.of(),
        recommendation == null ? c.recommendation() : recommendation);
  }
}
