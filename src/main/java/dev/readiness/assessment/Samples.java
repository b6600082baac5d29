package dev.readiness.assessment;

import dev.readiness.rubric.Checklist;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.SkillGroup;
import dev.readiness.rubric.Topic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The example assessments behind the workbooks in {@code samples/}: the workbook package writes
 * them through the current template, so they always match the format. Ratings come from a per-part
 * profile plus seeded noise, so they are the same on every run.
 */
public final class Samples {
  private final Rubric rubric;

  public Samples(Rubric rubric) {
    this.rubric = rubric;
  }

  /** One sample: the file name it is written under and its assessment. */
  public record Sample(String fileName, String description, Assessment assessment) {}

  /**
   * A person's level per part (P1..P6) and per skill group (G1..G4), and how often a rating is left
   * blank.
   */
  private record Shape(List<Integer> parts, List<Integer> groups, double blankShare, long seed) {
    Shape {
      parts = List.copyOf(parts);
      groups = List.copyOf(groups);
    }
  }

  /** Priya Raman: her self-assessment, and the levels her hiring panel reads in her. */
  private static final Shape PRIYA =
      new Shape(List.of(3, 4, 3, 5, 1, 2), List.of(4, 3, 1, 2), 0.0, 11);

  public List<Sample> all() {
    List<Sample> out = new ArrayList<>();
    out.add(
        new Sample(
            "priya-raman.xlsx",
            "Priya Raman, a data engineer aiming at lead: strong on data and distributed systems, weak on leadership.",
            person(
                "priya-raman.xlsx",
                "Priya Raman",
                "C-1001",
                "Priya Raman",
                RaterRole.SELF,
                "lead",
                LocalDate.of(2026, 11, 2),
                LocalDate.of(2027, 1, 25),
                8.0,
                PRIYA,
                "Agreed: lead the next design review; draft two ADRs before the next check-in.")));
    out.add(
        new Sample(
            "marcus-oyelaran.xlsx",
            "Marcus Oyelaran, a team lead aiming at lead architect: strong on leadership, weak on cloud-native; six"
                + " weeks at six hours a week is not enough, and the plan says so.",
            person(
                "marcus-oyelaran.xlsx",
                "Marcus Oyelaran",
                "C-1002",
                "Dana Whitfield",
                RaterRole.MENTOR,
                "lead",
                LocalDate.of(2026, 11, 9),
                LocalDate.of(2026, 12, 21),
                6.0,
                new Shape(List.of(3, 3, 1, 2, 5, 3), List.of(3, 4, 5, 2), 0.0, 22),
                "Marcus will pair with the platform team on the Kubernetes operator work.")));
    out.add(
        new Sample(
            "zoe-lukasiewicz.xlsx",
            "Zoë Łukasiewicz, early in her career, aiming at senior: many topics not rated yet, and a long runway.",
            person(
                "zoe-lukasiewicz.xlsx",
                "Zoë Łukasiewicz",
                "C-1003",
                "Zoë Łukasiewicz",
                RaterRole.SELF,
                "senior",
                LocalDate.of(2026, 10, 5),
                LocalDate.of(2027, 3, 29),
                5.0,
                new Shape(List.of(2, 1, 1, 1, 1, 1), List.of(2, 1, 1, 1), 0.35, 33),
                "")));
    return out;
  }

  /**
   * A hiring panel of five for Priya Raman on the date of her self-assessment, so that a run over
   * samples/ makes a calibration report: one lenient rater, one harsh, and two topics the panel
   * splits on.
   */
  public List<Sample> panel() {
    Assessment self = all().get(0).assessment();
    String[] names = {
      "Ana Petrović", "Kenji Watanabe", "Fatima Al-Sayed", "Tom Becker", "Grace Okafor"
    };
    int[] bias = {0, 1, -1, 0, 0};
    Map<String, Integer> trueLevel = panelTruth();
    List<Sample> out = new ArrayList<>();
    for (int r = 0; r < names.length; r++) {
      Map<String, String> notes = new LinkedHashMap<>();
      Map<String, Double> topics = panelTopics(r, bias[r], trueLevel, notes);
      Map<String, Double> skills = new LinkedHashMap<>();
      for (int g = 0; g < rubric.skillGroups().size(); g++) {
        for (SkillGroup.Skill sk : rubric.skillGroups().get(g).skills()) {
          skills.put(sk.id(), (double) clamp(PRIYA.groups().get(g) + bias[r]));
        }
      }
      // the first name: a space is the only separator in these names
      String file =
          "panel/priya-raman-" + names[r].toLowerCase(Locale.ROOT).split(" ", 2)[0] + ".xlsx";
      Assessment a =
          Assessment.builder()
              .source(file)
              .candidate(self.candidate())
              .rater(names[r])
              .raterRole(RaterRole.PANEL)
              .date(self.date())
              .targetRole("lead")
              .interviewDate(self.interviewDate())
              .hoursPerWeek(self.hoursPerWeek())
              .topicRatings(topics)
              .topicNotes(notes)
              .skillRatings(skills)
              .checklist(self.checklist())
              .build();
      out.add(new Sample(file, "Panel interviewer " + names[r] + " rating Priya Raman.", a));
    }
    return out;
  }

  /**
   * What the panel sees: Priya's level on each topic, her part's level give or take one, which
   * every rater then reads with their own bias.
   */
  private Map<String, Integer> panelTruth() {
    Random truth = new Random(77);
    Map<String, Integer> trueLevel = new LinkedHashMap<>();
    for (Topic t : rubric.topics()) {
      trueLevel.put(
          t.id(),
          PRIYA.parts().get(rubric.parts().indexOf(rubric.part(t.part()))) + truth.nextInt(3) - 1);
    }
    return trueLevel;
  }

  /**
   * Rater {@code r}'s topic ratings: the true level, their bias on two topics in five, an odd slip;
   * and the two topics the panel splits on, with the notes that say why (put in {@code notes}).
   */
  private Map<String, Double> panelTopics(
      int r, int bias, Map<String, Integer> trueLevel, Map<String, String> notes) {
    Random random = new Random(100 + r);
    Map<String, Double> topics = new LinkedHashMap<>();
    for (Topic t : rubric.topics()) {
      int level =
          trueLevel.get(t.id())
              + (random.nextInt(5) < 2 ? bias : 0)
              + (random.nextInt(8) == 0 ? random.nextInt(3) - 1 : 0);
      if (t.id().equals("T44") && r == 3) {
        level = 4;
        notes.put(t.id(), "Described an ADR process she ran at her last company; convincing.");
      }
      if (t.id().equals("T14") && r == 2) {
        level = 2;
        notes.put(t.id(), "Unclear on watermarks and late data.");
      }
      topics.put(t.id(), (double) clamp(level));
    }
    return topics;
  }

  /**
   * Marcus Oyelaran's two earlier quarterly check-ins with his mentor, so that a run over samples/
   * shows his progress: cloud-native climbing quarter by quarter, one leadership topic slipping.
   */
  public List<Sample> history() {
    Assessment now = all().get(1).assessment();
    List<Sample> out = new ArrayList<>();
    LocalDate[] dates = {LocalDate.of(2026, 5, 11), LocalDate.of(2026, 8, 10)};
    String[] checkIns = {
      "First check-in. Agreed: start with Kubernetes operators and serverless; read one PEP a week.",
      "Good progress on operators. Agreed: container optimization and GitOps next; pair with the platform team."
    };
    for (int q = 0; q < dates.length; q++) {
      int behind = dates.length - q;
      Map<String, Double> topics = new LinkedHashMap<>();
      Map<String, String> notes = new LinkedHashMap<>();
      for (Map.Entry<String, Double> e : now.topicRatings().entrySet()) {
        String part = rubric.topic(e.getKey()).part();
        double level = e.getValue();
        if (part.equals("P3")) {
          level -= behind;
        } else if (part.equals("P4")) {
          // whole levels: P4 is one level lower two quarters back, and the same one quarter back
          int wholeLevels = behind / 2;
          level -= wholeLevels;
        }
        if (e.getKey().equals("T45")) {
          level = Math.min(rubric.scale().max(), e.getValue() + 1);
        }
        topics.put(e.getKey(), (double) clamp((int) level));
      }
      notes.put(
          "T23",
          q == 0
              ? "Never built an operator; read the controller docs."
              : "Built a toy operator" + " with kopf; reconcile loops understood.");
      notes.put("T45", "Strong on team design; explained Conway's law with real examples.");
      String file = "history/marcus-oyelaran-" + dates[q] + ".xlsx";
      Assessment a =
          now.toBuilder()
              .source(file)
              .date(dates[q])
              .checkInNotes(checkIns[q])
              .topicRatings(topics)
              .topicNotes(notes)
              .skillNotes(Map.of())
              .checklistNotes(Map.of())
              .daysOff(null)
              .build();
      out.add(new Sample(file, "Marcus Oyelaran's check-in of " + dates[q] + ".", a));
    }
    return out;
  }

  /** Every sample: the three people, the panel and the history. */
  public List<Sample> everything() {
    List<Sample> samples = new ArrayList<>(all());
    samples.addAll(panel());
    samples.addAll(history());
    return samples;
  }

  private Assessment person(
      String file,
      String name,
      String id,
      String rater,
      RaterRole role,
      String targetRole,
      LocalDate date,
      LocalDate interview,
      double hours,
      Shape shape,
      String notes) {
    Random random = new Random(shape.seed());
    Map<String, Double> topics = new LinkedHashMap<>();
    Map<String, String> topicNotes = new LinkedHashMap<>();
    for (Topic t : rubric.topics()) {
      int base = shape.parts().get(rubric.parts().indexOf(rubric.part(t.part())));
      int noise = random.nextInt(3) - 1;
      boolean blank = random.nextDouble() < shape.blankShare();
      if (!blank) {
        topics.put(t.id(), (double) clamp(base + noise));
      }
      if (random.nextInt(6) == 0) {
        topicNotes.put(
            t.id(), blank ? "Not sure yet: never worked on this." : noteFor(base + noise, t, role));
      }
    }
    Map<String, Double> skills = new LinkedHashMap<>();
    for (int g = 0; g < rubric.skillGroups().size(); g++) {
      SkillGroup group = rubric.skillGroups().get(g);
      for (SkillGroup.Skill s : group.skills()) {
        skills.put(s.id(), (double) clamp(shape.groups().get(g) + random.nextInt(3) - 1));
      }
    }
    Map<String, ChecklistStatus> checklist = new LinkedHashMap<>();
    ChecklistStatus[] statuses = ChecklistStatus.values();
    for (Checklist list : rubric.checklists()) {
      for (Checklist.Item item : list.items()) {
        checklist.put(item.id(), statuses[random.nextInt(statuses.length)]);
      }
    }
    return Assessment.builder()
        .source(file)
        .candidate(new Candidate(name, id))
        .rater(rater)
        .raterRole(role)
        .date(date)
        .checkInNotes(notes)
        .targetRole(targetRole)
        .interviewDate(interview)
        .hoursPerWeek(hours)
        .topicRatings(topics)
        .topicNotes(topicNotes)
        .skillRatings(skills)
        .checklist(checklist)
        .build();
  }

  private int clamp(int level) {
    return Math.max(rubric.scale().min(), Math.min(rubric.scale().max(), level));
  }

  /**
   * A rater's note on a topic, in the voice of who wrote it: the candidate of themself, or a mentor
   * or interviewer of the candidate (a self-assessment worded like an interviewer's read wrong
   * beside the panel's notes).
   */
  private static String noteFor(int level, Topic t, RaterRole role) {
    boolean self = role == RaterRole.SELF;
    if (level >= 4) {
      return (self
              ? "I have led this in production and can explain "
              : "Has led this in production; gave a clear answer on ")
          + midSentence(t.points().get(0))
          + ".";
    }
    if (level >= 2) {
      return (self ? "I know the basics; unsure about " : "Knows the basics; was unsure about ")
          + midSentence(t.points().get(2))
          + ".";
    }
    return (self ? "I cannot answer this yet: " : "Could not yet answer: ") + t.question();
  }

  /**
   * One of the guide's points inside a sentence: its first letter in lower case unless the first
   * word is an acronym or a name written with capitals inside ("ADR", "PyBind11"), and the rest as
   * the guide writes it, so "Custom allocator patterns in Python" reads "custom allocator patterns
   * in Python", not "… in python".
   */
  static String midSentence(String point) {
    String first = point.split("[\\s/-]", 2)[0];
    boolean plainWord =
        first.length() > 1 && first.substring(1).chars().allMatch(Character::isLowerCase);
    return plainWord ? Character.toLowerCase(point.charAt(0)) + point.substring(1) : point;
  }
}
