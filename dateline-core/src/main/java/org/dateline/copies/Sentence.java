package org.dateline.copies;

import java.util.List;
import java.util.Set;

/**
 * One sentence of an article as copy detection sees it.
 *
 * @param text as written
 * @param words house-style normalised words
 * @param wordSet the distinct words, for Jaccard similarity
 * @param keys LSH band keys; empty when the sentence is too short to count
 */
record Sentence(String text, List<String> words, Set<String> wordSet, long[] keys) {

  boolean counts() {
    return keys.length > 0;
  }

  double jaccard(Sentence o) {
    if (wordSet.isEmpty() && o.wordSet.isEmpty()) {
      return 1;
    }
    Set<String> small = wordSet.size() <= o.wordSet.size() ? wordSet : o.wordSet;
    Set<String> large = small == wordSet ? o.wordSet : wordSet;
    int common = 0;
    for (String w : small) {
      if (large.contains(w)) {
        common++;
      }
    }
    return common / (double) (wordSet.size() + o.wordSet.size() - common);
  }
}
