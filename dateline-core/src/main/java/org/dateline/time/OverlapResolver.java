package org.dateline.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the longest of overlapping candidates (the higher priority on a tie) and sorts the rest by
 * position.
 */
final class OverlapResolver {
  private static final Comparator<Candidate> BEST_FIRST =
      Comparator.comparingInt(Candidate::length)
          .reversed()
          .thenComparing(Comparator.comparingInt(Candidate::priority).reversed())
          .thenComparingInt(Candidate::begin);

  List<Candidate> resolve(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(BEST_FIRST);
    // kept spans never overlap, so a new span need only be checked against its two neighbours
    TreeMap<Integer, Candidate> kept = new TreeMap<>();
    for (Candidate c : sorted) {
      Map.Entry<Integer, Candidate> before = kept.floorEntry(c.begin());
      Map.Entry<Integer, Candidate> after = kept.ceilingEntry(c.begin());
      boolean free =
          (before == null || !before.getValue().overlaps(c))
              && (after == null || !after.getValue().overlaps(c));
      if (free) {
        kept.put(c.begin(), c);
      }
    }
    return new ArrayList<>(kept.values());
  }
}
