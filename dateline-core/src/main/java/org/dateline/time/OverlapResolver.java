package org.dateline.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Keeps the longest of overlapping candidates (the higher priority on a tie) and sorts the rest by position. */
final class OverlapResolver {
  private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingInt(Candidate::length)
      .reversed()
      .thenComparing(Comparator.comparingInt(Candidate::priority).reversed())
      .thenComparingInt(Candidate::begin);

  List<Candidate> resolve(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(BEST_FIRST);
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : sorted) {
      if (kept.stream().noneMatch(c::overlaps)) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(Candidate::begin));
    return kept;
  }
}
