package dev.readiness.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.Samples;
import dev.readiness.pdf.KitPdf;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.RubricException;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.testing.PdfText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kit's view: time boxes that fill the slot, the rubric's scale, probes and cues, and whose
 * ratings show.
 */
class KitViewsTest {
  private static final Rubric RUBRIC = RubricLoader.embedded();
  private static final Assessment ZOE = new Samples(RUBRIC).all().get(2).assessment();
  private static final KitViews.Options INTERVIEWER =
      new KitViews.Options(KitViews.Copy.INTERVIEWER, true, false);

  private static InterviewKit kit(Rubric rubric, int minutes) {
    return new KitBuilder(rubric).build(ZOE, minutes, 0, 0);
  }

  @Test
  void theTimeBoxesFollowOneAnotherAndAddUpToTheSlot() {
    for (int minutes = 40; minutes <= 130; minutes++) {
      InterviewKit kit = kit(RUBRIC, minutes);
      List<InterviewKit.TimeBox> boxes = kit.schedule();
      assertThat(boxes.get(0).start()).isZero();
      for (int i = 1; i < boxes.size(); i++) {
        assertThat(boxes.get(i).start())
            .as("minutes %d, box %d", minutes, i)
            .isEqualTo(boxes.get(i - 1).end());
      }
      assertThat(boxes.get(boxes.size() - 1).end()).isEqualTo(minutes);
      assertThat(boxes.stream().mapToInt(InterviewKit.TimeBox::minutes).sum()).isEqualTo(minutes);
      assertThat(boxes.get(0).kind()).isEqualTo(InterviewKit.Kind.OPENING);
      assertThat(boxes.get(0).minutes()).isEqualTo(5);
      // the closing keeps its 5 minutes and takes what no further deep dive could fill
      assertThat(boxes.get(boxes.size() - 1).minutes()).isBetween(5, 5 + 9);
    }
  }

  @Test
  void theRunningClockLabelsEveryBoxAndStep() {
    KitView view = new KitViews(RUBRIC).of(kit(RUBRIC, 60), INTERVIEWER);
    assertThat(view.runningOrder())
        .extracting(KitView.ClockRow::clock)
        .containsExactly("0:00–0:05", "0:05–0:35", "0:35–0:45", "0:45–0:55", "0:55–1:00");
    assertThat(view.runningOrder())
        .extracting(KitView.ClockRow::minutes)
        .containsExactly("5", "30", "10", "10", "5");
    assertThat(view.design().steps())
        .extracting(KitView.StepRow::clock)
        .containsExactly("0:05", "0:09", "0:12", "0:18", "0:24", "0:28", "0:32");
    assertThat(view.design().heading()).startsWith("1. System design · 0:05–0:35 (30 min): ");
    assertThat(view.closing().heading()).isEqualTo("0:55–1:00 · Closing (5 min)");
    assertThat(new KitViews(RUBRIC).of(kit(RUBRIC, 75), INTERVIEWER).runningOrder())
        .extracting(KitView.ClockRow::clock)
        .endsWith("1:05–1:15");
  }

  @Test
  void notesRoomGrowsWithTheTimeBox() {
    KitView view = new KitViews(RUBRIC).of(kit(RUBRIC, 60), INTERVIEWER);
    assertThat(view.design().noteLines()).isEqualTo(15);
    assertThat(view.deepDives()).allSatisfy(q -> assertThat(q.noteLines()).isEqualTo(5));
    assertThat(view.opening().noteLines()).isEqualTo(2);
  }

  @Test
  void eachDeepDiveHasTwoProbesAndWhatA2A3AndA4Sound() {
    KitView view = new KitViews(RUBRIC).of(kit(RUBRIC, 60), INTERVIEWER);
    assertThat(view.deepDives())
        .isNotEmpty()
        .allSatisfy(
            q -> {
              assertThat(q.probes()).hasSize(2);
              assertThat(q.probes().get(1))
                  .contains("\"" + q.points().get(q.points().size() - 1) + "\"");
              assertThat(q.probes().get(0))
                  .contains("\"" + q.points().get(q.points().size() - 2) + "\"");
              assertThat(q.anchors())
                  .extracting(KitView.Anchor::level)
                  .containsExactly("2 Working knowledge", "3 Practitioner", "4 Expert");
            });
    assertThat(view.deepDives().get(0).anchors().get(1).text())
        .isEqualTo(
            "Covers about 3 of the 5 key points;"
                + " has applied it on their own in real work and can explain its trade-offs.");
  }

  @Test
  void aQuestionWithOnePointIsAnsweredAtEveryAnchoredLevelByThatPoint() {
    assertThat(new KitViews(RUBRIC).anchors(1))
        .extracting(KitView.Anchor::text)
        .allSatisfy(t -> assertThat(t).startsWith("Covers about 1 of the 1 key point;"));
  }

  @Test
  void theBottomOfAScaleIsNeverAnAnchorAndEveryLevelAboveItCoversAPoint()
      throws IOException, RubricException {
    Rubric oneToFour;
    try (InputStream in = KitViewsTest.class.getResourceAsStream("/rubrics/scale-1-to-4.json")) {
      oneToFour = RubricLoader.parse("scale-1-to-4.json", in.readAllBytes());
    }
    KitView view = new KitViews(oneToFour).of(kit(oneToFour, 60), INTERVIEWER);
    assertThat(view.deepDives().get(0).anchors())
        .extracting(KitView.Anchor::level)
        .containsExactly("2 Working knowledge", "3 Practitioner");
    assertThat(view.deepDives().get(0).anchors().get(0).text())
        .startsWith("Covers about 2 of the 5 key points; has used it with guidance");
  }

  @Test
  void aSlotWithRoomForOneQuestionSaysSoWithoutAnEmptyListOfDeepDives() {
    KitView view = new KitViews(RUBRIC).of(kit(RUBRIC, 40), INTERVIEWER);
    assertThat(view.subtitle()).contains(": 1 question in 30 minutes,");
    assertThat(view.opening().lines().get(0))
        .isEqualTo(
            "Introduce yourself and say how the time runs: one system-design question (30 min),"
                + " then time for questions.");
  }

  @Test
  void theSecondProbeAsksHowThePointIsKnownToWorkWhateverKindOfPointItIs() {
    assertThat(new KitViews(RUBRIC).probes(List.of("Success measurement", "Backfill strategies")))
        .containsExactly(
            "Take \"Success measurement\": where have you done this, what did you choose, and what"
                + " did it cost?",
            "How would you know \"Backfill strategies\" is working, and what would you do when it"
                + " is not?");
  }

  @Test
  void theDesignQuestionsOwnPointsAreCuedInTheirSteps() {
    InterviewKit kit = kit(RUBRIC, 60);
    // the part most in need is Part 3, and its largest gap with a design question is T26 (GitOps)
    assertThat(kit.design().topic()).isEqualTo("T26");
    KitView view = new KitViews(RUBRIC).of(kit, INTERVIEWER);
    List<KitView.StepRow> steps = view.design().steps();
    assertThat(steps.get(0).cues()).containsExactly("Compliance and audit trails");
    assertThat(steps.get(2).cues())
        .containsExactly("Configuration management patterns", "Secret management strategies");
    assertThat(steps.get(5).cues()).containsExactly("Disaster recovery procedures");
    assertThat(steps.get(6).cues()).containsExactly("Environment promotion workflows");
    assertThat(steps.stream().mapToInt(s -> s.cues().size()).sum())
        .isEqualTo(kit.design().points().size());
  }

  @Test
  void aPanelsCopyHidesTheEarlierRatingsAndTheCandidatesShowsNoKeyPoints() {
    InterviewKit kit = kit(RUBRIC, 60);
    KitViews views = new KitViews(RUBRIC);
    KitView panel = views.of(kit, new KitViews.Options(KitViews.Copy.INTERVIEWER, false, true));
    assertThat(panel.deepDives()).allSatisfy(q -> assertThat(q.earlier()).isNull());
    assertThat(panel.design().earlier()).isNull();
    KitView shown = views.of(kit, INTERVIEWER);
    assertThat(shown.design().earlier()).isEqualTo("Earlier self-rating: 0 · the role's target: 3");
    KitView candidate = views.of(kit, new KitViews.Options(KitViews.Copy.CANDIDATE, true, true));
    assertThat(candidate.scale()).isEmpty();
    assertThat(candidate.decision()).isEmpty();
    assertThat(candidate.deepDives())
        .allSatisfy(
            q -> {
              assertThat(q.points()).isEmpty();
              assertThat(q.probes()).isEmpty();
              assertThat(q.anchors()).isEmpty();
              assertThat(q.earlier()).isNull();
            });
    assertThat(shown.decision().get(0))
        .isEqualTo("Overall recommendation:   ☐ Strong no    ☐ No    ☐ Yes    ☐ Strong" + " yes");
  }

  @Test
  void aKitUnderARubricWithAnotherScalePrintsThatScale() throws IOException, RubricException {
    assertThat(defaultRubric()).contains(LAST_LEVEL, HOURS);
    String json =
        defaultRubric()
            .replace("\"max\": 5,", "\"max\": 7,")
            .replace(
                LAST_LEVEL,
                LAST_LEVEL
                    + ",\n      {\"level\": 6, \"label\": \"Shaper\", \"descriptor\": \"Has changed"
                    + " how several teams use it.\"},\n      {\"level\": 7, \"label\": \"Pioneer\", \"descriptor\": \"Has moved the"
                    + " field forward with it.\"}")
            .replace(HOURS, "\"hoursPerLevelStep\": [1, 2, 3, 4, 6, 8, 10]")
            .replace("\"Strong no\",", "\"Definitely not\",");
    Rubric custom = RubricLoader.parse("custom.json", json.getBytes(StandardCharsets.UTF_8));
    assertThat(custom.scale().max()).isEqualTo(7);
    KitView view = new KitViews(custom).of(kit(custom, 60), INTERVIEWER);
    assertThat(view.design().rating()).isEqualTo("Your rating: 0 · 1 · 2 · 3 · 4 · 5 · 6 · 7");
    assertThat(view.scale())
        .hasSize(8)
        .last()
        .isEqualTo("7 Pioneer: Has moved the field forward with it.");
    assertThat(view.deepDives().get(0).anchors())
        .extracting(KitView.Anchor::level)
        .containsExactly("4 Expert", "5 Authority", "6 Shaper");
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    new KitPdf("a4").render(view, ZOE.date(), pdf);
    String text = PdfText.flat(pdf.toByteArray());
    assertThat(text)
        .contains(
            "Your rating: 0 · 1 · 2 · 3 · 4 · 5 · 6 · 7",
            "6 Shaper: Has changed how several",
            "☐ Definitely not")
        .doesNotContain("· 5 Notes", "Strong no");
  }

  @Test
  void anArabicNameWithAnEmojiIsShapedInTheTitleAndTheEmojiWarnedOf() throws IOException {
    Assessment a =
        ZOE.toBuilder()
            .candidate(new dev.readiness.assessment.Candidate("محمد ✅", "C-2001"))
            .checkInNotes("")
            .build();
    KitView view = new KitViews(RUBRIC).of(new KitBuilder(RUBRIC).build(a, 60, 0, 0), INTERVIEWER);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    List<String> warnings = new KitPdf("a4").render(view, ZOE.date(), List.of("محمد ✅"), pdf);
    assertThat(warnings)
        .containsExactly(
            "the PDF cannot draw ✅ (U+2705 WHITE HEAVY CHECK MARK) in \"Interview kit:"
                + " محمد ✅\"; it is shown as □");
    // read back left to right as drawn: the name, its emoji marked, is one right-to-left unit (the
    // mark at its end, on its left), in the title as in the header
    assertThat(PdfText.of(pdf.toByteArray()).lines().map(String::strip))
        .contains(
            "Interview kit: □ محمد", "Interview kit · 2026-10-05 · □ محمد interviewer's copy");
  }

  private static final String LAST_LEVEL =
      "\"descriptor\": \"Has led it in production and could teach it to other"
          + " architects.\"\n      }";

  private static final String HOURS =
      "\"hoursPerLevelStep\": [\n      1,\n      2,\n      3,\n      4,\n      6\n    ]";

  private static String defaultRubric() throws IOException {
    try (InputStream in =
        KitViewsTest.class.getResourceAsStream("/rubric/python-architect-2026.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
