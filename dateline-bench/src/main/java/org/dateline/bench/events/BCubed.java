package org.dateline.bench.events;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** B-cubed precision, recall and F1 over documents. */
public final class BCubed {

  /** A B-cubed score. */
  public record Score(double precision, double recall, double f1) {
    @Override
    public String toString() {
      return String.format("P %.3f  R %.3f  F1 %.3f", precision, recall, f1);
    }
  }

  private BCubed() {}

  /**
   * Scores the documents in {@code over} (all of them must be keys of both maps) using their full
   * predicted and gold clusters.
   */
  public static Score score(
      Map<String, String> predicted, Map<String, String> gold, Collection<String> over) {
    Map<String, Integer> predSize = sizes(predicted);
    Map<String, Integer> goldSize = sizes(gold);
    Map<String, Integer> both = new HashMap<>();
    for (String doc : predicted.keySet()) {
      both.merge(predicted.get(doc) + "\u0000" + gold.get(doc), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (String doc : over) {
      String pc = predicted.get(doc);
      String gc = gold.get(doc);
      int overlap = both.getOrDefault(pc + "\u0000" + gc, 0);
      p += overlap / (double) predSize.getOrDefault(pc, 1);
      r += overlap / (double) goldSize.getOrDefault(gc, 1);
    }
    int n = Math.max(1, over.size());
    p /= n;
    r /= n;
    return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  /**
   * Agreement between two clusterings of the same documents: B-cubed F1 of one against the other.
   */
  public static double agreement(Map<String, String> a, Map<String, String> b) {
    return score(a, b, a.keySet()).f1();
  }

  private static Map<String, Integer> sizes(Map<String, String> clustering) {
    Map<String, Integer> sizes = new HashMap<>();
    clustering.values().forEach(c -> sizes.merge(c, 1, Integer::sum));
    return sizes;
  }
}
