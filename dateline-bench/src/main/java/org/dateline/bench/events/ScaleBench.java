package org.dateline.bench.events;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.corpus.CorpusAnalysis;

/**
 * The cross-document stage at scale: grows ECB+ into corpora of the given sizes ({@link
 * GrownCorpus}), runs copies, events and storylines over each as {@code analyze} does (one thread,
 * articles in date order), and reports articles per second, the cost per article in each tenth of
 * the stream (flat when no step grows with the corpus), the live heap after a full collection at
 * each tenth, and B-cubed against the known clusters, scored as events are handed over so that the
 * bench itself keeps nothing per article. Usage: {@code ScaleBench ECB_ROOT SIZE...}.
 */
public final class ScaleBench {
  private static final int TENTHS = 10;

  private ScaleBench() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "../shared/bench/events/ecbplus-dev");
    List<EcbDocument> docs = EcbCorpus.read(root, EcbHarness.SEED);
    List<Integer> sizes = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      sizes.add(Integer.parseInt(args[i].replace("_", "")));
    }
    if (sizes.isEmpty()) {
      sizes = List.of(10_000, 100_000);
    }
    System.out.printf(
        "%-9s %10s %9s %30s %12s %7s %7s %7s%n",
        "articles",
        "articles/s",
        "finish s",
        "µs per article, by tenth",
        "live heap MB",
        "P",
        "R",
        "F1");
    for (int size : sizes) {
      run(docs, size);
    }
  }

  private static void run(List<EcbDocument> docs, int size) {
    GrownCorpus corpus = new GrownCorpus(docs, size, 11);
    StreamingBCubed scored = new StreamingBCubed(GrownCorpus::truthOf, corpus::truthSize);
    CorpusAnalysis analysis = CorpusAnalysis.streaming(scored);
    long[] tenthNanos = new long[TENTHS];
    long liveMax = live();
    int step = Math.max(1, size / TENTHS);
    int i = 0;
    long working = 0;
    long tenthStart = System.nanoTime();
    for (GrownCorpus.Grown g : corpus) {
      analysis.add(g.article());
      i++;
      if (i % step == 0 && i / step <= TENTHS) {
        long spent = System.nanoTime() - tenthStart;
        tenthNanos[i / step - 1] = spent;
        working += spent;
        long liveNow = live(); // not timed
        liveMax = Math.max(liveMax, liveNow);
        // a line per tenth, so that a long run shows its course before it ends
        System.out.printf(
            "  %,d of %,d: %d µs per article in this tenth, live heap %d MB%n",
            i, size, spent / 1_000 / step, liveNow / (1024 * 1024));
        System.out.flush();
        tenthStart = System.nanoTime();
      }
    }
    working += System.nanoTime() - tenthStart;
    long finishStart = System.nanoTime();
    analysis.end();
    long finish = System.nanoTime() - finishStart;
    liveMax = Math.max(liveMax, live());
    if (scored.articles() != size) {
      throw new IllegalStateException(scored.articles() + " of " + size + " articles in events");
    }
    BCubed.Score score = scored.score();
    StringBuilder tenths = new StringBuilder();
    for (long t : tenthNanos) {
      tenths.append(String.format("%d ", t / 1_000 / step));
    }
    double seconds = (working + finish) / 1e9;
    System.out.printf(
        "%-9d %10.0f %9.1f %30s %12d %7.3f %7.3f %7.3f%n",
        size,
        size / seconds,
        finish / 1e9,
        tenths.toString().strip(),
        liveMax / (1024 * 1024),
        score.precision(),
        score.recall(),
        score.f1());
    System.out.println("  " + scored.counts());
  }

  /** The heap still in use after a full collection. */
  private static long live() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }
}
