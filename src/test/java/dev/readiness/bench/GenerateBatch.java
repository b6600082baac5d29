package dev.readiness.bench;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.Candidate;
import dev.readiness.assessment.RaterRole;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.testing.Fixtures;
import dev.readiness.workbook.TemplateValues;
import dev.readiness.workbook.TemplateWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes N workbooks of distinct, randomly rated candidates into a folder: GenerateBatch N DIR
 * [HOSTILE]; the candidate numbered HOSTILE gets a hostile name (a surrogate pair at the old
 * 60-character cut, a right-to-left override, a 3-byte script).
 */
public final class GenerateBatch {
  /** A name that once stopped a whole batch. */
  public static final String HOSTILE = "a".repeat(59) + "𠀀𠀀\u202E漢字";

  private GenerateBatch() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    Path dir = Files.createDirectories(Path.of(args[1]));
    Rubric rubric = RubricLoader.embedded();
    TemplateWriter writer = new TemplateWriter(rubric);
    for (int i = 0; i < n; i++) {
      Assessment r = Fixtures.random(i, 0.1);
      String name =
          args.length > 2 && i == Integer.parseInt(args[2])
              ? HOSTILE
              : String.format("Candidate %04d", i);
      Assessment a =
          Assessment.builder()
              .source("b" + i)
              .candidate(new Candidate(name, "B-" + i))
              .rater("Rater " + (i % 7))
              .raterRole(RaterRole.PANEL)
              .date(r.date())
              .targetRole(new String[] {"senior", "lead", "principal"}[i % 3])
              .interviewDate(r.date().plusWeeks(6 + i % 20))
              .hoursPerWeek(4.0 + i % 9)
              .topicRatings(r.topicRatings())
              .skillRatings(r.skillRatings())
              .build();
      writer.write(TemplateValues.of(a), dir.resolve(String.format("candidate-%04d.xlsx", i)));
    }
  }
}
