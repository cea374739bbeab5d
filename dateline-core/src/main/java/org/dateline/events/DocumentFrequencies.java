package org.dateline.events;

import java.util.HashMap;
import java.util.Map;

/** How many active articles carry each feature; maintained as articles arrive and retire. */
final class DocumentFrequencies {

  private final Map<String, Integer> df = new HashMap<>();
  // Interned ids are never recycled: the vocabulary, not the article count, bounds this map.
  private final Map<String, Integer> ids = new HashMap<>();
  private int documents;

  void add(EventFeatures features) {
    documents++;
    for (String key : features.counts().keySet()) {
      df.merge(key, 1, Integer::sum);
    }
  }

  void remove(EventFeatures features) {
    documents = Math.max(0, documents - 1);
    for (String key : features.counts().keySet()) {
      df.computeIfPresent(key, (k, v) -> v <= 1 ? null : v - 1);
    }
  }

  int documentFrequency(String key) {
    return df.getOrDefault(key, 0);
  }

  /** Smoothed inverse document frequency; never below 1. */
  double idf(String key) {
    return idfOf(documentFrequency(key));
  }

  /** The smoothed inverse document frequency of a feature this many active articles carry. */
  double idfOf(int documentFrequency) {
    return Math.log((documents + 1.0) / (documentFrequency + 1.0)) + 1.0;
  }

  /** A dense integer id for the feature key, assigned on first sight. */
  int intern(String key) {
    return ids.computeIfAbsent(key, k -> ids.size());
  }

  int documents() {
    return documents;
  }
}
