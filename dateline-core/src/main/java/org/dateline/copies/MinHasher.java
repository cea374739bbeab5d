package org.dateline.copies;

import java.util.List;

/**
 * MinHash over a sentence's word bigrams, cut into LSH bands: two sentences whose bigram sets have
 * Jaccard similarity J share at least one band key with probability 1 - (1 - J^rows)^bands. With 12
 * bands of 2 rows a sentence with one word changed in ten is found 99.8% of the time.
 */
final class MinHasher {

  private final int bands;
  private final int rows;
  private final long[] seeds;

  MinHasher(int bands, int rows) {
    this.bands = bands;
    this.rows = rows;
    this.seeds = new long[bands * rows];
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < seeds.length; i++) {
      x = mix(x + i);
      seeds[i] = x;
    }
  }

  /** One key per band; empty for sentences with fewer than two words. */
  long[] bandKeys(List<String> words) {
    if (words.size() < 2) {
      return new long[0];
    }
    long[] min = new long[seeds.length];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    for (int w = 0; w + 1 < words.size(); w++) {
      long shingle = mix(words.get(w).hashCode() * 31L + words.get(w + 1).hashCode());
      for (int i = 0; i < seeds.length; i++) {
        long h = mix(shingle ^ seeds[i]);
        if (h < min[i]) {
          min[i] = h;
        }
      }
    }
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long k = b;
      for (int r = 0; r < rows; r++) {
        k = mix(k * 0x100000001B3L + min[b * rows + r]);
      }
      keys[b] = k;
    }
    return keys;
  }

  /** SplitMix64's finaliser: a cheap, well-spread 64-bit hash. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
