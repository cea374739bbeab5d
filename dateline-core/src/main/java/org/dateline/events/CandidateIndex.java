package org.dateline.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    Map<String, Double> score = new HashMap<>();
    for (String key : f.counts().keySet()) {
      Set<String> ids = postings.get(key);
      if (ids == null || ids.size() > maxPostings) {
        continue;
      }
      double idf = df.idf(key);
      for (String id : ids) {
        if (!id.equals(f.id())) {
          score.merge(id, idf, Double::sum);
        }
      }
    }
    List<String> ranked = new ArrayList<>(score.keySet());
    ranked.sort(
        Comparator.comparingDouble((String id) -> -score.getOrDefault(id, 0.0))
            .thenComparing(id -> id));
    return ranked.size() > maxCandidates ? ranked.subList(0, maxCandidates) : ranked;
  }
}
