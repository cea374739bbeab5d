package org.dateline.bench.extraction;

import java.util.List;
import java.util.Locale;

/**
 * Single-threaded throughput of each system on the same pages, measured in turns (all pages with
 * one system, then the other, three rounds after a warm-up round) so that a loaded machine slows
 * both alike. Reports pages per second on one core and the ratio to the first system.
 */
final class Speed {
  private Speed() {}

  static void report(List<ExtractionHarness.Candidate> systems, List<WcxbPage> pages) {
    double[] nanos = new double[systems.size()];
    for (int round = 0; round < 4; round++) {
      for (int s = 0; s < systems.size(); s++) {
        long start = System.nanoTime();
        long sink = 0;
        for (WcxbPage page : pages) {
          try {
            sink += systems.get(s).extract().apply(page).length();
          } catch (RuntimeException e) {
            sink++;
          }
        }
        long elapsed = System.nanoTime() - start;
        if (round > 0) {
          nanos[s] += elapsed;
        }
        if (sink < 0) {
          System.out.print("");
        }
      }
    }
    System.out.println();
    System.out.println("| system | pages/s (1 core) | relative |");
    System.out.println("|---|---|---|");
    double base = 3.0 * pages.size() / (nanos[systems.size() - 1] / 1e9);
    for (int s = 0; s < systems.size(); s++) {
      double rate = 3.0 * pages.size() / (nanos[s] / 1e9);
      System.out.printf(
          Locale.ROOT, "| %s | %.1f | %.2fx |%n", systems.get(s).name(), rate, rate / base);
    }
  }
}
