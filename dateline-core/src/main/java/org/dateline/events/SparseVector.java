package org.dateline.events;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** A sparse vector over interned feature ids, sorted by id, so a dot product is one merge walk. */
final class SparseVector {

  // Beyond this ratio of lengths, searching the longer vector beats walking it.
  private static final int SKEW = 8;

  static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);

  private final int[] keys;
  private final double[] values;

  private SparseVector(int[] keys, double[] values) {
    this.keys = keys;
    this.values = values;
  }

  static SparseVector of(Map<Integer, Double> entries) {
    TreeMap<Integer, Double> sorted = new TreeMap<>(entries);
    int[] k = new int[sorted.size()];
    double[] v = new double[sorted.size()];
    int i = 0;
    for (Map.Entry<Integer, Double> e : sorted.entrySet()) {
      k[i] = e.getKey();
      v[i++] = e.getValue();
    }
    return new SparseVector(k, v);
  }

  double dot(SparseVector o) {
    if (keys.length * SKEW < o.keys.length) {
      return sparseDot(this, o);
    }
    if (o.keys.length * SKEW < keys.length) {
      return sparseDot(o, this);
    }
    int i = 0;
    int j = 0;
    double dot = 0;
    while (i < keys.length && j < o.keys.length) {
      int a = keys[i];
      int b = o.keys[j];
      if (a == b) {
        dot += values[i++] * o.values[j++];
      } else if (a < b) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  /**
   * The dot product of a short vector with a much longer one (an article with an event's sum): each
   * key of the short one is searched for in the rest of the long one. Products are added in key
   * order, as the merge walk adds them, so both give the same sum.
   */
  private static double sparseDot(SparseVector small, SparseVector large) {
    double dot = 0;
    int from = 0;
    for (int i = 0; i < small.keys.length && from < large.keys.length; i++) {
      int at = Arrays.binarySearch(large.keys, from, large.keys.length, small.keys[i]);
      if (at >= 0) {
        dot += small.values[i] * large.values[at];
        from = at + 1;
      } else {
        from = -at - 1;
      }
    }
    return dot;
  }

  /**
   * The element-wise sum of {@code vs}: an event's centroid times its size. The vectors' entries
   * are pooled and sorted by key once, which costs far less than a map of boxed sums.
   */
  static SparseVector sum(Iterable<SparseVector> vs) {
    int n = 0;
    for (SparseVector v : vs) {
      n += v.keys.length;
    }
    long[] order = new long[n];
    double[] pooled = new double[n];
    int at = 0;
    for (SparseVector v : vs) {
      for (int i = 0; i < v.keys.length; i++, at++) {
        order[at] = (long) v.keys[i] << 32 | at;
        pooled[at] = v.values[i];
      }
    }
    Arrays.sort(order);
    int[] k = new int[n];
    double[] w = new double[n];
    int size = 0;
    for (long o : order) {
      int key = (int) (o >>> 32);
      double value = pooled[(int) o];
      if (size > 0 && k[size - 1] == key) {
        w[size - 1] += value;
      } else {
        k[size] = key;
        w[size++] = value;
      }
    }
    return new SparseVector(Arrays.copyOf(k, size), Arrays.copyOf(w, size));
  }

  int size() {
    return keys.length;
  }

  @Override
  public String toString() {
    return Arrays.toString(keys);
  }
}
