package dev.readiness.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.readiness.assessment.Assessment;
import dev.readiness.assessment.RaterRole;
import dev.readiness.assessment.Samples;
import dev.readiness.rubric.Rubric;
import dev.readiness.rubric.RubricLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Alpha's bootstrap interval against a reference: Hayes &amp; Krippendorff's algorithm written
 * again here, the way their KALPHA macro lays it out (observers × units with missing cells; the
 * coincidence matrix built pair of observers by pair of observers; M = min(25 q, (m − 1) n.. / 2);
 * the no-variation resamples corrected by their expected count afterwards), with a different random
 * generator and seed and twice the resamples. The two must agree within Monte Carlo tolerance.
 */
class BootstrapTest {
  /**
   * The interval's ends and the shortfall probability move by at most 0.005 (one standard
   * deviation) between seeds at 10,000 resamples, measured over 20 seeds of the reference on the
   * panel sample's parts; 0.02 is about three and a half standard deviations of the difference
   * between the two implementations.
   */
  private static final double TOLERANCE = 0.02;

  @Test
  void krippendorffsExampleMatchesTheReference() {
    Double[][] data = {
      {1.0, 2.0, 3.0, 3.0, 2.0, 1.0, 4.0, 1.0, 2.0, null, null, null},
      {1.0, 2.0, 3.0, 3.0, 2.0, 2.0, 4.0, 1.0, 2.0, 5.0, null, 3.0},
      {null, 3.0, 3.0, 3.0, 2.0, 3.0, 4.0, 2.0, 2.0, 5.0, 1.0, null},
      {1.0, 2.0, 3.0, 3.0, 2.0, 4.0, 4.0, 1.0, 2.0, 5.0, 1.0, null},
    };
    compare(data, 0.667);
  }

  @Test
  void thePanelSampleMatchesTheReferenceOverallAndInEveryPart() {
    Rubric rubric = RubricLoader.embedded();
    List<Assessment> panel =
        new Samples(rubric)
            .panel().stream()
                .map(Samples.Sample::assessment)
                .filter(a -> a.raterRole() != RaterRole.SELF)
                .toList();
    compare(matrix(rubric, panel, null), 0.667);
    rubric.parts().forEach(p -> compare(matrix(rubric, panel, p.id()), 0.667));
  }

  @Test
  void theLowestPartOfThePanelSample() {
    // Part 4 of the sample: alpha 0.453, whose interval reaches from far below the tentative bound
    // to above it
    Rubric rubric = RubricLoader.embedded();
    List<Assessment> panel =
        new Samples(rubric)
            .panel().stream()
                .map(Samples.Sample::assessment)
                .filter(a -> a.raterRole() != RaterRole.SELF)
                .toList();
    Interval i =
        Bootstrap.interval(
            KrippendorffTest.units(matrix(rubric, panel, "P4")), Metric.ORDINAL, 5, 0.667);
    assertThat(i.low()).isCloseTo(0.15, within(TOLERANCE));
    assertThat(i.high()).isCloseTo(0.73, within(TOLERANCE));
    assertThat(i.belowBound()).isCloseTo(0.93, within(TOLERANCE));
  }

  @Test
  void theSameRatingsGiveTheSameInterval() {
    List<List<Double>> units =
        KrippendorffTest.units(
            new Double[][] {
              {1.0, 2.0, 3.0, 4.0, 2.0}, {1.0, 3.0, 3.0, 5.0, 2.0}, {2.0, 2.0, 3.0, 4.0, 1.0}
            });
    assertThat(Bootstrap.interval(units, Metric.ORDINAL, 3, 0.667))
        .isEqualTo(Bootstrap.interval(units, Metric.ORDINAL, 3, 0.667));
  }

  @Test
  void noIntervalWhereAlphaIsUndefined() {
    assertThat(
            Bootstrap.interval(
                List.of(List.of(3.0, 3.0), List.of(3.0, 3.0)), Metric.ORDINAL, 2, 0.667))
        .isNull();
    assertThat(Bootstrap.interval(List.of(List.of(3.0), List.of(4.0)), Metric.ORDINAL, 2, 0.667))
        .isNull();
  }

  private static void compare(Double[][] data, double bound) {
    List<List<Double>> units = KrippendorffTest.units(data);
    Interval ours = Bootstrap.interval(units, Metric.ORDINAL, data.length, bound);
    Reference ref = Reference.run(data, bound, 20_000, new SplittableRandom(91));
    double alpha = Krippendorff.alpha(units, Metric.ORDINAL).value();
    assertThat(ref.alpha).as("the reference's alpha").isCloseTo(alpha, within(1e-9));
    assertThat(ours.low()).as("lower end").isCloseTo(ref.low, within(TOLERANCE));
    assertThat(ours.high()).as("upper end").isCloseTo(ref.high, within(TOLERANCE));
    assertThat(ours.belowBound()).as("P(alpha < bound)").isCloseTo(ref.below, within(TOLERANCE));
    assertThat(ours.low()).isLessThan(alpha);
    assertThat(ours.high()).isGreaterThan(alpha);
    assertThat(ours.resamples()).isEqualTo(Bootstrap.RESAMPLES);
  }

  /** Observers × topics of one part (or all, with null), blanks as null. */
  private static Double[][] matrix(Rubric rubric, List<Assessment> panel, String part) {
    List<String> ids =
        rubric.topics().stream()
            .filter(t -> part == null || t.part().equals(part))
            .map(t -> t.id())
            .toList();
    Double[][] m = new Double[panel.size()][ids.size()];
    for (int r = 0; r < panel.size(); r++) {
      for (int u = 0; u < ids.size(); u++) {
        m[r][u] = panel.get(r).topicRatings().get(ids.get(u));
      }
    }
    return m;
  }

  /** The reference: KALPHA's bootstrap, ordinal metric, written from the published algorithm. */
  private record Reference(double alpha, double low, double high, double below) {
    static Reference run(Double[][] data, double bound, int resamples, SplittableRandom random) {
      int observers = data.length;
      int units = data[0].length;
      double[] levels =
          Arrays.stream(data)
              .flatMap(Arrays::stream)
              .filter(v -> v != null)
              .mapToDouble(v -> v)
              .distinct()
              .sorted()
              .toArray();
      int v = levels.length;
      double[][] coinc = new double[v][v];
      for (int u = 0; u < units; u++) {
        int mu = 0;
        for (Double[] row : data) {
          mu += row[u] == null ? 0 : 1;
        }
        for (int i1 = 0; i1 < observers - 1; i1++) {
          for (int i2 = i1 + 1; i2 < observers; i2++) {
            if (data[i1][u] != null && data[i2][u] != null) {
              int c = Arrays.binarySearch(levels, data[i1][u]);
              int k = Arrays.binarySearch(levels, data[i2][u]);
              if (c == k) {
                coinc[c][c] += 2.0 / (mu - 1);
              } else {
                coinc[c][k] += 1.0 / (mu - 1);
                coinc[k][c] += 1.0 / (mu - 1);
              }
            }
          }
        }
      }
      double[] nc = new double[v];
      double n = 0;
      for (int c = 0; c < v; c++) {
        for (int k = 0; k < v; k++) {
          nc[c] += coinc[c][k];
        }
        n += nc[c];
      }
      double[][] delta = new double[v][v];
      for (int c = 0; c < v; c++) {
        for (int k = 0; k < v; k++) {
          double s = 0;
          for (int g = Math.min(c, k); g <= Math.max(c, k); g++) {
            s += nc[g];
          }
          s -= (nc[c] + nc[k]) / 2;
          delta[c][k] = c == k ? 0 : s * s;
        }
      }
      double observed = 0;
      double expectedSum = 0;
      for (int c = 0; c < v; c++) {
        for (int k = 0; k < v; k++) {
          observed += coinc[c][k] * delta[c][k];
          expectedSum += nc[c] * (nc[k] - (c == k ? 1 : 0)) / (n - 1) * delta[c][k];
        }
      }
      double alpha = 1 - observed / expectedSum;
      double de = expectedSum / n;
      // the upper triangle as a cumulative distribution, with a (0, 0) entry in front
      List<double[]> pmat = new ArrayList<>();
      pmat.add(new double[] {0, 0});
      double psum = 0;
      int q = 0;
      for (int k = 0; k < v; k++) {
        for (int c = k; c < v; c++) {
          psum += (c == k ? 1 : 2) * coinc[c][k] / n;
          pmat.add(new double[] {psum, delta[c][k]});
        }
      }
      for (double[] row : coinc) {
        for (double x : row) {
          q += x != 0 ? 1 : 0;
        }
      }
      int bootM = (int) Math.min(25.0 * q, (observers - 1) * n / 2);
      double[] alphas = new double[resamples];
      int ones = 0;
      for (int z = 0; z < resamples; z++) {
        double sum = 0;
        for (int i = 0; i < bootM; i++) {
          double r = random.nextDouble();
          for (int j = 1; j < pmat.size(); j++) {
            if (r <= pmat.get(j)[0] && r >= pmat.get(j - 1)[0]) {
              sum += pmat.get(j)[1];
              break;
            }
          }
        }
        double a = Math.max(-1, 1 - sum / (de * bootM));
        ones += a == 1 ? 1 : 0;
        alphas[z] = a;
      }
      double diagonalOnly = 0;
      for (int c = 0; c < v; c++) {
        diagonalOnly += Math.pow(coinc[c][c] / n, bootM);
      }
      long toZero = Math.min(Math.round(resamples * diagonalOnly), ones);
      for (int z = 0; z < resamples && toZero > 0; z++) {
        if (alphas[z] == 1) {
          alphas[z] = 0;
          toZero--;
        }
      }
      Arrays.sort(alphas);
      double low = alphas[Math.max((int) (0.025 * resamples), 1) - 1];
      double high = alphas[Math.min((int) (0.975 * resamples) + 1, resamples) - 1];
      double below = (double) Arrays.stream(alphas).filter(a -> a < bound).count() / resamples;
      return new Reference(alpha, low, high, below);
    }
  }
}
