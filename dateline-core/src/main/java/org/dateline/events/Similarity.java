package org.dateline.events;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Cosine similarity of weighted TF-IDF vectors over all feature families, gated by dates: two
 * articles whose happenings lie further apart than the date window are never one event.
 */
final class Similarity {

  /** The epoch day that stands for an unknown date. */
  static final long UNDATED = Long.MIN_VALUE;

  private final EventSettings settings;

  Similarity(EventSettings settings) {
    this.settings = settings;
  }

  /** The article's unit-length vector under the current document frequencies. */
  SparseVector vector(EventFeatures features, DocumentFrequencies df) {
    Map<Integer, Double> v = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> e : features.counts().entrySet()) {
      double family = familyWeight(e.getKey());
      if (family == 0) {
        continue;
      }
      double w =
          family * (1 + Math.log(e.getValue())) * Math.pow(df.idf(e.getKey()), settings.idfPower());
      v.put(df.intern(e.getKey()), w);
      norm += w * w;
    }
    if (norm > 0) {
      double n = Math.sqrt(norm);
      v.replaceAll((k, w) -> w / n);
    }
    return SparseVector.of(v);
  }

  double familyWeight(String key) {
    if (key.startsWith(EventFeatures.NAME)) {
      return settings.nameWeight();
    }
    if (key.startsWith(EventFeatures.NUMBER)) {
      return settings.numberWeight();
    }
    if (key.startsWith(EventFeatures.YEAR)) {
      return settings.yearWeight();
    }
    return 1.0;
  }

  static double cosine(SparseVector a, SparseVector b) {
    return a.dot(b);
  }

  /** False when both dates are known and further apart than the window. */
  boolean datesCompatible(@Nullable LocalDate a, @Nullable LocalDate b) {
    return datesCompatible(epochDay(a), epochDay(b));
  }

  /** {@link #datesCompatible(LocalDate, LocalDate)} on epoch days, for loops over many pairs. */
  boolean datesCompatible(long a, long b) {
    return a == UNDATED || b == UNDATED || Math.abs(a - b) <= settings.dateWindowDays();
  }

  /** A date as an epoch day, or {@link #UNDATED}. */
  static long epochDay(@Nullable LocalDate date) {
    return date == null ? UNDATED : date.toEpochDay();
  }

  /** The factor on a link between two groups of articles, given the years each group states. */
  double yearFactor(Set<String> a, Set<String> b) {
    return yearsConflict(a, b) ? settings.yearConflict() : 1.0;
  }

  /** Whether two groups of articles both state years and share none. */
  static boolean yearsConflict(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    for (String y : a) {
      if (b.contains(y)) {
        return false;
      }
    }
    return true;
  }

  double similarity(EventFeatures a, SparseVector va, EventFeatures b, SparseVector vb) {
    return datesCompatible(a.date(), b.date()) ? cosine(va, vb) : 0.0;
  }
}
