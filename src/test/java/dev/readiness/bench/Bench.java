package dev.readiness.bench;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.Samples;
import dev.readiness.calibration.Krippendorff;
import dev.readiness.calibration.Metric;
import dev.readiness.pdf.PdfReport;
import dev.readiness.plan.PlanInputs;
import dev.readiness.plan.PlanInputsResolver;
import dev.readiness.plan.Planner;
import dev.readiness.plan.ReadyHours;
import dev.readiness.report.CandidateReport;
import dev.readiness.report.ReportOptions;
import dev.readiness.rubric.Role;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.Scorer;
import dev.readiness.testing.Reports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The warm benchmarks run by bench/run.sh (JMH), not by the test suite: the mean time of one
 * operation, in one forked JVM after a warm-up. Run one with {@code bench/run.sh scoring} (or plan,
 * report, alpha).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xss4m", "-Djava.awt.headless=true"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class Bench {
  private final Rubric rubric = RubricLoader.embedded();
  private List<Assessment> samples;
  private Scorer scorer;
  private Planner planner;
  private ReadyHours ready;
  private PdfReport pdf;
  private ReportOptions pdfOnly;
  private List<List<Double>> panel;
  private int next;

  @Setup
  public void setUp() {
    samples = new Samples(rubric).all().stream().map(Samples.Sample::assessment).toList();
    scorer = new Scorer(rubric);
    planner = new Planner(rubric);
    ready = new ReadyHours(rubric);
    pdf = new PdfReport("a4");
    pdfOnly =
        new ReportOptions(
            List.of(), Path.of("."), Set.of(ReportOptions.Format.PDF), null, null, null, "a4", 1);
    panel = panel(new Random(5));
  }

  /** The samples in turn, so that no one assessment's branches are all the JIT sees. */
  private Assessment nextSample() {
    return samples.get(next++ % samples.size());
  }

  /** Scoring plus planning of one assessment, 12 weeks at 8 hours. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public int scoring() {
    Assessment a = nextSample();
    Score score = scorer.score(a, scorer.roleFor(a, null));
    return planner.plan(a, score, new PlanInputs(a.date(), 12, 8)).weeks().size();
  }

  /**
   * The plan of one candidate as a report makes it: score, plan over the weeks to the sample's
   * interview at its study days, and the least hours to Ready for every role (issue 19's target: at
   * most 20 ms).
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void plan(Blackhole sink) {
    Assessment a = nextSample();
    Score score = scorer.score(a, scorer.roleFor(a, null));
    PlanInputs in = PlanInputsResolver.resolve(a, null, null).inputs();
    sink.consume(planner.plan(a, score, in));
    for (Role role : rubric.roles()) {
      sink.consume(ready.of(a, scorer.score(a, role)));
    }
  }

  /** One whole report of the first sample, single-threaded: build (score, plan, model) and PDF. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int report() throws IOException {
    CandidateReport r = Reports.build(rubric, List.of(samples.get(0)), pdfOnly).reports().get(0);
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 17);
    pdf.render(r, out);
    return out.size();
  }

  /**
   * Krippendorff's alpha (ordinal) for a panel of 10 raters × 55 topics, with some ratings missing.
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Object alpha() {
    return Krippendorff.alpha(panel, Metric.ORDINAL);
  }

  /** Ten raters within a level of each topic's truth, one rating in ten left blank. */
  private static List<List<Double>> panel(Random random) {
    List<List<Double>> units = new ArrayList<>();
    for (int t = 0; t < 55; t++) {
      int truth = random.nextInt(6);
      List<Double> values = new ArrayList<>();
      for (int r = 0; r < 10; r++) {
        if (random.nextInt(10) > 0) {
          values.add((double) Math.max(0, Math.min(5, truth + random.nextInt(3) - 1)));
        }
      }
      units.add(values);
    }
    return units;
  }
}
