package dev.readiness.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.assessment.Assessment;
import dev.readiness.calibration.Bootstrap;
import dev.readiness.calibration.Calibration;
import dev.readiness.calibration.Interval;
import dev.readiness.plan.PlanItem;
import dev.readiness.plan.StudyPlan;
import dev.readiness.plan.Week;
import dev.readiness.progress.Progress;
import dev.readiness.report.CalibrationView;
import dev.readiness.report.CandidateReport;
import dev.readiness.report.PartRow;
import dev.readiness.report.ReportModel;
import dev.readiness.report.RoleFit;
import dev.readiness.report.RuleBook;
import dev.readiness.report.SkillGroupRow;
import dev.readiness.scoring.GroupScore;
import dev.readiness.scoring.PartScore;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.TopicScore;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Renders a candidate's report as JSON. */
public final class JsonReport {
  /** Bumped only when a field is removed or changes meaning; new fields may be added within a version. */
  public static final int FORMAT_VERSION = 1;

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  public static byte[] render(CandidateReport r) {
    return pretty(tree(r));
  }

  /** The tree as indented UTF-8 JSON with a final newline. */
  static byte[] pretty(ObjectNode root) {
    try {
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
      String json = MAPPER.writer(printer).writeValueAsString(root) + "\n";
      return json.getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode tree(CandidateReport r) {
    Score s = r.score();
    Assessment a = r.assessment();
    ObjectNode root = F.objectNode();
    root.put("formatVersion", FORMAT_VERSION);
    ObjectNode rubric = root.putObject("rubric");
    rubric.put("id", r.rubric().id());
    rubric.put("title", r.rubric().title());
    ObjectNode candidate = root.putObject("candidate");
    candidate.put("name", r.candidate().name());
    candidate.put("id", r.candidate().id());
    ObjectNode assessment = root.putObject("assessment");
    assessment.put("date", r.date().toString());
    assessment.put("rater", a.rater());
    assessment.put("raterRole", a.raterRole().label());
    assessment.put("targetRole", s.role().id());
    assessment.put("targetRoleTitle", s.role().title());
    ArrayNode sources = assessment.putArray("sources");
    r.sources().forEach(sources::add);
    assessment.put("checkInNotes", a.checkInNotes());
    ReportModel m = r.model();
    putNumber(root, "readinessIndex", s.readinessIndex(), 1);
    root.put("verdict", s.verdict().id());
    root.put("verdictText", m.headline().text());
    ObjectNode headline = root.putObject("headline");
    headline.put("text", m.headline().text());
    strings(headline.putArray("focusParts"), m.headline().focusParts());
    strings(headline.putArray("gapTopics"), m.headline().gapTopics());
    headline.put("gapNote", m.headline().gapNote());
    ArrayNode fits = root.putArray("roleFit");
    for (RoleFit f : m.roleFit()) {
      ObjectNode fn = fits.addObject();
      fn.put("role", f.role());
      fn.put("title", f.title());
      putNumber(fn, "readinessIndex", f.readinessIndex(), 1);
      fn.put("verdict", f.verdict().id());
      strings(fn.putArray("notReadyParts"), f.notReadyParts());
      putNumber(fn, "hoursToTarget", f.hoursToTarget(), 1);
    }
    root.put("roleFitText", m.roleFitLine());
    strings(root.putArray("glance"), m.glance());
    ArrayNode parts = root.putArray("parts");
    for (int i = 0; i < s.parts().size(); i++) {
      PartScore p = s.parts().get(i);
      PartRow row = m.parts().get(i);
      ObjectNode n = parts.addObject();
      n.put("id", p.id());
      n.put("title", p.title());
      n.put("target", p.target());
      putNumber(n, "weight", p.weight(), 3);
      putNumber(n, "coverage", p.coverage(), 4);
      putNumber(n, "gapPoints", p.gapPoints(), 2);
      putNumber(n, "meanRating", row.meanRating(), 2);
      n.put("depthTopics", p.depthTopics());
      n.put("depthGoalApplies", row.depthApplies());
      n.put("depthMet", p.depthMet());
      n.put("status", p.status().id());
      n.put("rated", p.rated());
      n.put("unrated", p.unrated());
      n.put("complete", p.complete());
    }
    ArrayNode groups = root.putArray("skillGroups");
    for (int i = 0; i < s.skillGroups().size(); i++) {
      GroupScore g = s.skillGroups().get(i);
      SkillGroupRow row = m.skills().get(i);
      ObjectNode n = groups.addObject();
      n.put("id", g.id());
      n.put("title", g.title());
      n.put("target", g.target());
      putNumber(n, "coverage", g.coverage(), 4);
      putNumber(n, "gapPoints", g.gapPoints(), 2);
      n.put("status", g.status().id());
      n.put("rated", g.rated());
      n.put("unrated", g.unrated());
      putNumber(n, "meanRating", row.meanRating(), 2);
      ArrayNode skills = n.putArray("skills");
      for (SkillGroupRow.SkillRow k : row.skills()) {
        ObjectNode kn = skills.addObject();
        kn.put("id", k.id());
        kn.put("title", k.title());
        putNumber(kn, "rating", k.rating(), 1);
        kn.put("target", k.target());
        putNumber(kn, "gap", k.gap(), 1);
        kn.put("notes", k.notes());
      }
    }
    ArrayNode topics = root.putArray("topics");
    for (TopicScore t : s.topics()) {
      ObjectNode n = topics.addObject();
      n.put("id", t.id());
      n.put("part", t.part());
      n.put("title", t.title());
      putNumber(n, "rating", t.rating(), 1);
      n.put("target", t.target());
      putNumber(n, "gap", t.gap(), 1);
      putNumber(n, "weightedGap", t.weightedGap(), 3);
      n.put("notes", a.topicNotes().getOrDefault(t.id(), ""));
    }
    ids(root.putArray("strengths"), s.strengths());
    ids(root.putArray("largestGaps"), s.largestGaps());
    root.set("plan", plan(r.plan()));
    root.set("calibration", r.calibration() == null ? F.nullNode() : calibration(r.calibration(), m.calibration()));
    root.set("progress", r.progress() == null ? F.nullNode() : progress(r.progress()));
    root.set("panelPacket", m.packet() == null ? F.nullNode() : MAPPER.valueToTree(m.packet()));
    ArrayNode rules = root.putArray("rules");
    for (RuleBook.Rule rule : m.rules().rules()) {
      ObjectNode rn = rules.addObject();
      rn.put("term", rule.term());
      rn.put("text", rule.text());
    }
    return root;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static void ids(ArrayNode array, List<TopicScore> topics) {
    topics.stream().limit(5).forEach(t -> array.add(t.id()));
  }

  private static ObjectNode progress(Progress p) {
    ObjectNode n = F.objectNode();
    ArrayNode points = n.putArray("assessments");
    for (Progress.Point pt : p.assessments()) {
      ObjectNode pn = points.addObject();
      pn.put("date", pt.date().toString());
      putNumber(pn, "readinessIndex", pt.readinessIndex(), 1);
      pn.put("raters", pt.raters());
      ObjectNode parts = pn.putObject("parts");
      pt.parts().forEach((part, c) -> putNumber(parts, part, c, 4));
    }
    changes(n.putArray("changes"), p.changes());
    ArrayNode improved = n.putArray("improved");
    p.improved().forEach(c -> improved.add(c.topic()));
    ArrayNode regressed = n.putArray("regressed");
    p.regressed().forEach(c -> regressed.add(c.topic()));
    ObjectNode partChanges = n.putObject("partChanges");
    p.partChanges().forEach((part, d) -> putNumber(partChanges, part, d, 4));
    changes(n.putArray("focus"), p.focus());
    ArrayNode projection = n.putArray("projection");
    for (Progress.Projection pr : p.projection()) {
      ObjectNode pn = projection.addObject();
      pn.put("part", pr.part());
      putNumber(pn, "coverage", pr.coverage(), 4);
      putNumber(pn, "perMonth", pr.perMonth(), 4);
      pn.put("reachesTargetOn", pr.reachesTargetOn() == null ? null : pr.reachesTargetOn().toString());
      pn.put("reached", pr.reached());
    }
    ObjectNode checkIns = n.putObject("checkIns");
    checkIns.put("previousDate", p.checkIns().previousDate().toString());
    checkIns.put("previous", p.checkIns().previous());
    checkIns.put("latest", p.checkIns().latest());
    ObjectNode notes = checkIns.putObject("topicNotes");
    p.checkIns().topicNotes().forEach((id, pair) -> {
      ObjectNode nn = notes.putObject(id);
      nn.put("previous", pair.previous());
      nn.put("latest", pair.latest());
    });
    return n;
  }

  private static void changes(ArrayNode array, List<Progress.Change> changes) {
    for (Progress.Change c : changes) {
      ObjectNode cn = array.addObject();
      cn.put("topic", c.topic());
      putNumber(cn, "from", c.from(), 1);
      putNumber(cn, "to", c.to(), 1);
    }
  }

  private static ObjectNode calibration(Calibration c, CalibrationView v) {
    ObjectNode n = F.objectNode();
    ArrayNode raters = n.putArray("raters");
    for (int i = 0; i < c.raters().size(); i++) {
      Calibration.Rater r = c.raters().get(i);
      ObjectNode rn = raters.addObject();
      rn.put("name", r.name());
      rn.put("role", r.role().label());
      rn.put("source", r.source());
      putNumber(rn, "leniency", r.leniency() == null ? null : r.leniency().offset(), 3);
      rn.put("leniencyTopics", r.leniency() == null ? 0 : r.leniency().topics());
      rn.put("leniencyCandidates", r.leniency() == null ? 0 : r.leniency().candidates());
      rn.put("leniencyReading", v.raters().get(i).leniency());
    }
    ObjectNode alpha = n.putObject("alpha");
    putNumber(alpha, "overall", c.overall().value(), 4);
    if (!c.overall().defined()) {
      alpha.put("reason", c.overall().reason());
    }
    alpha.put("band", c.agreement().overall().id());
    alpha.put("meaning", c.agreement().meaning());
    alpha.put("metric", "ordinal");
    ObjectNode byPart = alpha.putObject("byPart");
    c.byPart().forEach((part, a) -> putNumber(byPart, part, a.value(), 4));
    ObjectNode bands = alpha.putObject("byPartBand");
    c.agreement().byPart().forEach((part, b) -> bands.put(part, b.id()));
    strings(alpha.putArray("lowParts"), c.agreement().lowParts());
    alpha.set("interval", interval(c.overall().interval()));
    ObjectNode intervals = alpha.putObject("byPartInterval");
    c.byPart().forEach((part, a) -> intervals.set(part, interval(a.interval())));
    ObjectNode verdicts = alpha.putObject("byPartVerdict");
    v.agreement().forEach(row -> verdicts.put(row.part(), row.verdict()));
    ObjectNode bootstrap = alpha.putObject("bootstrap");
    bootstrap.put("resamples", Bootstrap.RESAMPLES);
    bootstrap.put("seed", Bootstrap.SEED);
    putNumber(bootstrap, "level", Bootstrap.LEVEL, 2);
    bootstrap.put("note", v.intervalNote());
    n.put("leniencyNote", v.leniencyNote());
    ArrayNode disagreements = n.putArray("disagreements");
    for (Calibration.Disagreement d : c.disagreements()) {
      ObjectNode dn = disagreements.addObject();
      dn.put("topic", d.topic());
      putNumber(dn, "spread", d.spread(), 1);
      ObjectNode ratings = dn.putObject("ratings");
      d.ratings().forEach((rater, x) -> putNumber(ratings, rater, x, 1));
    }
    ObjectNode selfBias = n.putObject("selfBias");
    c.selfBias().forEach((part, x) -> putNumber(selfBias, part, x, 3));
    ObjectNode selfReading = n.putObject("selfBiasReading");
    v.self().forEach(row -> selfReading.put(row.part(), row.reading()));
    ArrayNode summary = n.putArray("summary");
    v.summaryLines().forEach(summary::add);
    ArrayNode topics = n.putArray("topics");
    for (Calibration.TopicRatings t : c.topics()) {
      ObjectNode tn = topics.addObject();
      tn.put("topic", t.topic());
      ObjectNode ratings = tn.putObject("ratings");
      t.panel().forEach((rater, x) -> putNumber(ratings, rater, x, 1));
      putNumber(tn, "self", t.self(), 1);
      putNumber(tn, "median", t.median(), 1);
      putNumber(tn, "mean", t.mean(), 3);
      putNumber(tn, "spread", t.spread(), 1);
    }
    return n;
  }

  /** An alpha's bootstrap interval, or null. */
  private static com.fasterxml.jackson.databind.JsonNode interval(Interval i) {
    if (i == null) {
      return F.nullNode();
    }
    ObjectNode n = F.objectNode();
    putNumber(n, "low", i.low(), 4);
    putNumber(n, "high", i.high(), 4);
    putNumber(n, "bound", i.bound(), 4);
    putNumber(n, "belowBound", i.belowBound(), 4);
    return n;
  }

  private static ObjectNode plan(StudyPlan p) {
    ObjectNode n = F.objectNode();
    n.put("weeksAvailable", p.inputs().weeks());
    putNumber(n, "hoursPerWeek", p.inputs().hoursPerWeek(), 1);
    putNumber(n, "hoursAvailable", p.hoursAvailable(), 1);
    putNumber(n, "hoursPlanned", p.hoursPlanned(), 1);
    putNumber(n, "gapCovered", p.gapCovered(), 3);
    n.put("extraWeeksNeeded", p.extraWeeksNeeded());
    n.put("upkeep", p.upkeep());
    n.put("summary", p.summary());
    ObjectNode focus = n.putObject("focus");
    p.focus().forEach((part, topics) -> {
      ArrayNode list = focus.putArray(part);
      topics.forEach(list::add);
    });
    ArrayNode leftOut = n.putArray("leftOut");
    p.leftOut().forEach(leftOut::add);
    ArrayNode partly = n.putArray("partlyPlanned");
    for (StudyPlan.PartlyPlanned x : p.partlyPlanned()) {
      ObjectNode pn = partly.addObject();
      pn.put("topic", x.topic());
      putNumber(pn, "rating", x.rating(), 1);
      putNumber(pn, "plannedTo", x.plannedTo(), 1);
      pn.put("target", x.target());
    }
    ObjectNode projected = n.putObject("projectedRatings");
    p.projectedRatings().forEach((id, v) -> putNumber(projected, id, v, 1));
    putNumber(n, "projectedIndex", p.projectedIndex(), 1);
    n.put("projectedVerdict", p.projectedVerdict().id());
    ObjectNode projectedCoverage = n.putObject("projectedCoverage");
    p.projectedCoverage().forEach((id, v) -> putNumber(projectedCoverage, id, v, 4));
    n.put("achieves", p.achieves());
    ArrayNode weeks = n.putArray("weeks");
    for (Week w : p.weeks()) {
      ObjectNode wn = weeks.addObject();
      wn.put("week", w.week());
      wn.put("start", w.start().toString());
      putNumber(wn, "hours", w.hours(), 1);
      ArrayNode routines = wn.putArray("routines");
      for (PlanItem r : w.routines()) {
        ObjectNode rn = routines.addObject();
        rn.put("activity", r.activity().id());
        putNumber(rn, "hours", r.hours(), 1);
        rn.put("description", r.description());
      }
      ArrayNode items = wn.putArray("items");
      for (PlanItem i : w.items()) {
        ObjectNode in = items.addObject();
        in.put("topic", i.topic());
        in.put("activity", i.activity().id());
        putNumber(in, "hours", i.hours(), 1);
        in.put("description", i.description());
        if (i.topic() == null && i.question() != null) {
          in.put("question", i.question());
        }
        if (i.topic() != null) {
          putNumber(in, "fromLevel", i.fromLevel(), 1);
          in.put("toLevel", i.toLevel());
          in.put("question", i.question());
          ArrayNode points = in.putArray("points");
          i.points().forEach(points::add);
        }
      }
    }
    return n;
  }

  /** A number rounded to {@code scale} decimals, without trailing zeros; null stays null. */
  static void putNumber(ObjectNode n, String field, Double value, int scale) {
    if (value == null) {
      n.putNull(field);
    } else {
      n.put(field, number(value, scale));
    }
  }

  static BigDecimal number(double value, int scale) {
    BigDecimal d = BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }
}
