package org.dateline.events;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** A sparse vector over interned feature ids, sorted by id, so a dot product is one merge walk. */
final class SparseVector {

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

  /** The element-wise sum of {@code vs}: an event's centroid times its size. */
  static SparseVector sum(Iterable<SparseVector> vs) {
    Map<Integer, Double> acc = new java.util.HashMap<>();
    for (SparseVector v : vs) {
      for (int i = 0; i < v.keys.length; i++) {
        acc.merge(v.keys[i], v.values[i], Double::sum);
      }
    }
    return of(acc);
  }

  int size() {
    return keys.length;
  }

  @Override
  public String toString() {
    return Arrays.toString(keys);
  }
}
