package org.dateline.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Inverted index from feature to active articles, so a new article is compared only with articles
 * that share a reasonably rare feature with it: never all pairs.
 */
final class CandidateIndex {

  private final Map<String, Set<String>> postings = new HashMap<>();
  private final int maxPostings;
  private final int maxCandidates;

  CandidateIndex(int maxPostings, int maxCandidates) {
    this.maxPostings = maxPostings;
    this.maxCandidates = maxCandidates;
  }

  void add(EventFeatures f) {
    for (String key : f.counts().keySet()) {
      postings.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(f.id());
    }
  }

  void remove(EventFeatures f) {
    for (String key : f.counts().keySet()) {
      Set<String> ids = postings.get(key);
      if (ids != null) {
        ids.remove(f.id());
        if (ids.isEmpty()) {
          postings.remove(key);
        }
      }
    }
  }

  /** Articles sharing rare features with {@code f}, best first, at most maxCandidates. */
  List<String> candidates(EventFeatures f, DocumentFrequencies df) {
    Map<String, double[]> score = new HashMap<>();
    for (String key : f.counts().keySet()) {
      Set<String> ids = postings.get(key);
      if (ids == null || ids.size() > maxPostings) {
        continue;
      }
      double idf = df.idf(key);
      for (String id : ids) {
        if (!id.equals(f.id())) {
          score.computeIfAbsent(id, k -> new double[1])[0] += idf;
        }
      }
    }
    Comparator<Map.Entry<String, double[]>> best =
        Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[0])
            .thenComparing(Map.Entry::getKey);
    // Keep the best maxCandidates in a heap whose head is the worst kept, then order them.
    PriorityQueue<Map.Entry<String, double[]>> kept =
        new PriorityQueue<>(maxCandidates + 1, best.reversed());
    for (Map.Entry<String, double[]> e : score.entrySet()) {
      kept.add(e);
      if (kept.size() > maxCandidates) {
        kept.poll();
      }
    }
    List<Map.Entry<String, double[]>> ranked = new ArrayList<>(kept);
    ranked.sort(best);
    List<String> out = new ArrayList<>(ranked.size());
    ranked.forEach(e -> out.add(e.getKey()));
    return out;
  }
}
