package dev.readiness.bench;

import dev.readiness.calibration.Krippendorff;
import dev.readiness.calibration.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Krippendorff's alpha (ordinal) for a panel of 10 raters × 55 topics, with some ratings missing. */
final class AlphaBench {
  private AlphaBench() {}

  static void run() {
    Random random = new Random(5);
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
    int batch = 100;
    double[] perOp = Bench.time(50, 30, () -> {
      long s = 0;
      for (int i = 0; i < batch; i++) {
        s += Krippendorff.alpha(units, Metric.ORDINAL).pairable();
      }
      return s;
    }, batch);
    Bench.print("alpha (ordinal), 10 raters x 55 topics", perOp, "µs", 1e3);
  }
}
