package org.dateline.bench.time;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags every document with every system in turn (document 1 with each system, then document 2 ...),
 * so that all systems are timed under the same machine load, and keeps what each system found for
 * scoring.
 */
final class InterleavedRun {
  private final Map<String, List<List<Mention>>> found = new LinkedHashMap<>();
  private final Map<String, Long> nanos = new LinkedHashMap<>();
  private long chars;

  /**
   * Runs the systems over the documents after each has tagged the first {@code warmUp} of them
   * untimed.
   */
  static InterleavedRun of(List<TimexSystem> systems, List<GoldDocument> docs, int warmUp) {
    InterleavedRun run = new InterleavedRun();
    for (TimexSystem s : systems) {
      for (GoldDocument d : docs.subList(0, Math.min(warmUp, docs.size()))) {
        s.tag(d);
      }
      run.found.put(s.name(), new ArrayList<>());
      run.nanos.put(s.name(), 0L);
    }
    for (GoldDocument d : docs) {
      run.chars += d.text().length();
      for (TimexSystem s : systems) {
        long t0 = System.nanoTime();
        List<Mention> mentions = s.tag(d);
        run.nanos.merge(s.name(), System.nanoTime() - t0, Long::sum);
        run.found.get(s.name()).add(mentions);
      }
    }
    return run;
  }

  /** What the system found in each document, in document order. */
  List<List<Mention>> found(String system) {
    return found.get(system);
  }

  double docsPerSecond(String system, int documents) {
    return documents / (nanos.get(system) / 1e9);
  }

  double kcharsPerSecond(String system) {
    return chars / (nanos.get(system) / 1e6);
  }
}
