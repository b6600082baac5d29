package dev.readiness.bench;

import dev.readiness.testing.Reports;
import dev.readiness.assessment.Assessment;
import dev.readiness.plan.PlanInputs;
import dev.readiness.plan.Planner;
import dev.readiness.pdf.PdfReport;
import dev.readiness.report.CandidateReport;
import dev.readiness.report.ReportOptions;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.RubricLoader;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.Scorer;
import dev.readiness.assessment.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Benchmarks run by bench/run.sh, not by the test suite: each warms up, then times many runs and prints the median
 * and the 90th percentile. Usage: Bench scoring|plan|report|alpha.
 */
public final class Bench {
  private static final Rubric RUBRIC = RubricLoader.embedded();

  private Bench() {}

  public static void main(String[] args) throws Exception {
    String what = args.length == 0 ? "scoring" : args[0];
    switch (what) {
      case "scoring":
        scoring();
        break;
      case "report":
        report();
        break;
      case "plan":
        plan();
        break;
      case "alpha":
        AlphaBench.run();
        break;
      default:
        throw new IllegalArgumentException("expected one of scoring, plan, report, alpha");
    }
  }

  /** Scoring plus planning of one assessment, warm. */
  static void scoring() {
    List<Assessment> samples = new Samples(RUBRIC).all().stream().map(Samples.Sample::assessment).toList();
    Scorer scorer = new Scorer(RUBRIC);
    Planner planner = new Planner(RUBRIC);
    long sink = 0;
    int batch = 1000;
    double[] perOp = time(50, 30, () -> {
      long s = 0;
      for (int i = 0; i < batch; i++) {
        Assessment a = samples.get(i % samples.size());
        Score score = scorer.score(a, scorer.roleFor(a, null));
        s += planner.plan(a, score, new PlanInputs(a.date(), 12, 8)).weeks().size();
      }
      return s;
    }, batch);
    print("score + plan of one assessment", perOp, "µs", 1e3);
  }

  /**
   * The plan of one candidate as a report makes it, warm: score, plan over the weeks to the sample's interview at
   * its study days, and the least hours to Ready for every role (issue 19's target: at most 20 ms).
   */
  static void plan() {
    List<Assessment> samples = new Samples(RUBRIC).all().stream().map(Samples.Sample::assessment).toList();
    Scorer scorer = new Scorer(RUBRIC);
    Planner planner = new Planner(RUBRIC);
    dev.readiness.plan.ReadyHours ready = new dev.readiness.plan.ReadyHours(RUBRIC);
    int batch = 100;
    double[] perOp = time(30, 30, () -> {
      long s = 0;
      for (int i = 0; i < batch; i++) {
        Assessment a = samples.get(i % samples.size());
        Score score = scorer.score(a, scorer.roleFor(a, null));
        PlanInputs in = dev.readiness.plan.PlanInputsResolver.resolve(a, null, null).inputs();
        s += planner.plan(a, score, in).weeks().size();
        for (var role : RUBRIC.roles()) {
          Double h = ready.of(a, scorer.score(a, role)).hours();
          s += h == null ? 0 : h.longValue();
        }
      }
      return s;
    }, batch);
    print("plan + hours to Ready (3 roles) of one candidate", perOp, "ms", 1e6);
  }

  /** One whole report, warm: score, plan and PDF, single-threaded. */
  static void report() throws IOException {
    Assessment a = new Samples(RUBRIC).all().get(0).assessment();
    ReportOptions o = new ReportOptions(List.of(), Path.of("."), Set.of(ReportOptions.Format.PDF), null, null, null,
        "a4", 1);
    PdfReport pdf = new PdfReport("a4");
    double[] perOp = time(60, 40, () -> {
      CandidateReport r = Reports.build(RUBRIC, List.of(a), o).reports().get(0);
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 17);
      try {
        pdf.render(r, out);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      return out.size();
    }, 1);
    print("score + plan + PDF of one report", perOp, "ms", 1e6);
  }

  /** A unit of work returning something, so that the JIT cannot drop it. */
  interface Work {
    long run();
  }

  /** Nanoseconds per operation of each measured run, sorted. */
  static double[] time(int warmups, int runs, Work work, int opsPerRun) {
    long sink = 0;
    for (int i = 0; i < warmups; i++) {
      sink += work.run();
    }
    double[] out = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      sink += work.run();
      out[i] = (System.nanoTime() - t) / (double) opsPerRun;
    }
    if (sink == 42) {
      System.out.println();
    }
    Arrays.sort(out);
    return out;
  }

  static void print(String what, double[] sortedNanos, String unit, double divisor) {
    double median = sortedNanos[sortedNanos.length / 2] / divisor;
    double p90 = sortedNanos[(int) (sortedNanos.length * 0.9)] / divisor;
    double min = sortedNanos[0] / divisor;
    System.out.println(String.format(Locale.ROOT, "%s: median %.3f %s, p90 %.3f %s, min %.3f %s (%d runs)", what,
        median, unit, p90, unit, min, unit, sortedNanos.length));
  }
}
