package dev.readiness.report;

import dev.readiness.assessment.Assessment;
import dev.readiness.text.Numbers;
import java.util.List;

/**
 * What a hiring panel's packet adds to page 1, the calibration and the parts: the topics to discuss
 * with every rater's notes, and the line the panel records its decision on. The study plan is the
 * candidate's, not the panel's, and is left out.
 *
 * @param discussion the topics to discuss, largest spread first, with the ratings and every rater's
 *     notes
 * @param decisionIntro what the decision is taken on, in one sentence
 * @param choices the recommendation to tick, from no to yes
 * @param signature the lines the panel fills in by hand
 */
public record PanelPacket(
    List<Topic> discussion,
    String discussionNone,
    String decisionIntro,
    List<String> choices,
    List<String> signature) {
  public PanelPacket {
    discussion = List.copyOf(discussion);
    choices = List.copyOf(choices);
    signature = List.copyOf(signature);
  }

  /**
   * A topic to discuss.
   *
   * @param ratings every panel rating, one rater a line: "Ana Petrović 2\nFatima Al-Sayed 0\n…"
   * @param figures the panel's median and spread and the self-rating, in words
   * @param notes every rater's notes, the panel's first and the candidate's own labelled "(self)",
   *     or ""
   */
  public record Topic(String id, String title, String ratings, String figures, String notes) {}

  /**
   * @param v the panel's calibration, or null when one rater assessed the candidate on this date
   */
  static PanelPacket of(CalibrationView v, Assessment consensus, String role) {
    if (v == null) {
      return new PanelPacket(
          List.of(),
          "No panel: one rater assessed the candidate on this date, so there is no"
              + " calibration and nothing to reconcile.",
          decisionIntro(role),
          CHOICES,
          SIGNATURE);
    }
    List<Topic> topics =
        v.discuss().stream()
            .map(
                r ->
                    new Topic(
                        r.topic(),
                        r.title(),
                        String.join(
                            "\n",
                            v.panel().stream()
                                .filter(r.ratings()::containsKey)
                                .map(name -> name + " " + Numbers.level(r.ratings().get(name)))
                                .toList()),
                        "Median "
                            + Numbers.level(r.median())
                            + ", spread "
                            + Numbers.level(r.spread())
                            + (r.self() == null ? "" : "; self-rating " + Numbers.level(r.self())),
                        consensus.topicNotes().getOrDefault(r.topic(), "")))
            .toList();
    return new PanelPacket(topics, v.discussNone(), decisionIntro(role), CHOICES, SIGNATURE);
  }

  private static final List<String> CHOICES = List.of("Strong no", "No", "Yes", "Strong yes");
  private static final List<String> SIGNATURE = List.of("Chair", "Date", "Reasons");

  private static String decisionIntro(String role) {
    return "The panel's recommendation for "
        + role
        + ", taken after the topics to discuss (tick one):";
  }
}
