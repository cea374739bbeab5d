package org.dateline.bench.events;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.events.EventSettings;

/**
 * Chooses the engine's weights the way they must work, on topics they were not fitted to: the
 * tuning topics (below {@link EcbHarness#FIRST_HELD_OUT}) are split into three folds by topic; for
 * each setting of the weights, the threshold is fitted on two folds and scored on the third. The
 * setting with the best mean score on left-out folds wins, and its threshold is then fitted on all
 * tuning topics. Held-out topics are not read.
 */
public final class EcbCrossValidation {
  private static final int FOLDS = 3;
  private static final double[] THRESHOLDS = {0.075, 0.1, 0.125, 0.15, 0.175, 0.2, 0.225, 0.25};

  private EcbCrossValidation() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "../shared/bench/events/ecbplus-dev");
    List<EcbDocument> tune =
        EcbCorpus.read(root, EcbHarness.SEED).stream()
            .filter(d -> d.topic() < EcbHarness.FIRST_HELD_OUT)
            .toList();
    EventSettings base = EventSettings.defaults();
    double bestScore = -1;
    double[] best = null;
    for (double idf : new double[] {1.0, 1.5, 2.0, 2.5}) {
      for (double names : new double[] {1.0, 1.5}) {
        for (double numbers : new double[] {0.0, 1.0, 2.0}) {
          for (double years : new double[] {0.0, 2.0}) {
            double[] w = {names, numbers, years, idf};
            double score = leftOutMean(tune, base, w);
            System.out.printf(
                "idf^%.1f names %.1f numbers %.1f years %.1f -> left-out F1 %.4f%n",
                idf, names, numbers, years, score);
            if (score > bestScore) {
              bestScore = score;
              best = w;
            }
          }
        }
      }
    }
    double t = fitThreshold(tune, base, best);
    System.out.printf(
        "best: idf^%.1f names %.1f numbers %.1f years %.1f threshold %.3f (left-out F1 %.4f)%n",
        best[3], best[0], best[1], best[2], t, bestScore);
  }

  private static double leftOutMean(List<EcbDocument> tune, EventSettings base, double[] w) {
    double sum = 0;
    for (int k = 0; k < FOLDS; k++) {
      List<EcbDocument> fit = new ArrayList<>();
      List<EcbDocument> left = new ArrayList<>();
      for (EcbDocument d : tune) {
        (d.topic() % FOLDS == k ? left : fit).add(d);
      }
      double t = fitThreshold(fit, base, w);
      sum += f1(left, settings(base, w, t));
    }
    return sum / FOLDS;
  }

  private static double fitThreshold(List<EcbDocument> docs, EventSettings base, double[] w) {
    double bestF = -1;
    double bestT = THRESHOLDS[0];
    for (double t : THRESHOLDS) {
      double f = f1(docs, settings(base, w, t));
      if (f > bestF) {
        bestF = f;
        bestT = t;
      }
    }
    return bestT;
  }

  private static EventSettings settings(EventSettings base, double[] w, double threshold) {
    return base.withWeights(threshold, w[0], w[1], w[2], 1.0, w[3]);
  }

  private static double f1(List<EcbDocument> docs, EventSettings s) {
    return EcbHarness.evaluate(EcbHarness.batch(docs, s), docs).all().f1();
  }
}
