package org.dateline.bench.events;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dateline.events.EventSettings;

/**
 * Grid search of the engine's settings on the tuning topics only (topics below {@link
 * EcbHarness#FIRST_HELD_OUT}); prints one line per setting, best last. Held-out topics are not
 * read.
 */
public final class EcbTuner {

  private EcbTuner() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "../shared/bench/events/ecbplus-dev");
    List<EcbDocument> tune =
        EcbCorpus.read(root, EcbHarness.SEED).stream()
            .filter(d -> d.topic() < EcbHarness.FIRST_HELD_OUT)
            .toList();
    EventSettings base = EventSettings.defaults();
    double bestF = -1;
    String best = "";
    for (double idf : new double[] {2.5}) {
      for (double years : new double[] {2.0}) {
        for (double conflict : new double[] {1.0}) {
          for (double t = 0.05; t < 0.3; t += 0.025) {
            EventSettings s = base.withWeights(t, 1.5, 2.0, years, conflict, idf);
            double f = EcbHarness.evaluate(EcbHarness.batch(tune, s), tune).all().f1();
            String line =
                String.format(
                    "idf^%.1f years %.1f conflict %.2f threshold %.3f -> F1 %.4f",
                    idf, years, conflict, t, f);
            if (f > bestF) {
              bestF = f;
              best = line;
              System.out.println(line);
            }
          }
        }
      }
    }
    System.out.println("best: " + best);
  }
}
