package org.dateline.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.ToDoubleBiFunction;

/**
 * Average-link agglomeration over a similarity matrix, merging the best-linked pair until no link
 * reaches the threshold. Quadratic memory, cubic time: for batch checks, single events and
 * experiments only.
 */
public final class Agglomeration {

  private Agglomeration() {}

  /**
   * The cluster of each item, as the smallest index in it.
   *
   * @param similarity pairwise similarities (read, not changed; the diagonal is not used)
   */
  public static int[] averageLink(double[][] similarity, double threshold) {
    return averageLink(
        similarity, Collections.nCopies(similarity.length, Set.of()), (a, b) -> 1.0, threshold);
  }

  /**
   * The cluster of each item, as the smallest index in it, with the year-conflict factor on links
   * between groups that state different years.
   *
   * @param similarity pairwise similarities (read, not changed)
   * @param years each item's stated years
   */
  static int[] averageLink(
      double[][] similarity, List<Set<String>> years, Similarity rules, double threshold) {
    return averageLink(similarity, years, rules::yearFactor, threshold);
  }

  /**
   * The clusters batch clustering gives the articles: average link over their pairwise
   * similarities, then lone articles joined to their nearest cluster when the settings allow it.
   *
   * @param similarity pairwise similarities of {@code fs} (read, not changed)
   */
  static int[] batch(
      double[][] similarity, List<EventFeatures> fs, Similarity rules, EventSettings settings) {
    List<Set<String>> years = new ArrayList<>();
    fs.forEach(f -> years.add(f.years()));
    int[] label = averageLink(similarity, years, rules, settings.threshold());
    if (settings.strayFloor() < 1) {
      joinStrays(
          label,
          similarity,
          years,
          (i, j) -> rules.datesCompatible(fs.get(i).date(), fs.get(j).date()),
          settings.strayFloor() * settings.threshold());
    }
    return label;
  }

  private static int[] averageLink(
      double[][] similarity,
      List<Set<String>> years,
      ToDoubleBiFunction<Set<String>, Set<String>> factor,
      double threshold) {
    int n = similarity.length;
    double[][] sum = new double[n][];
    List<Set<String>> groupYears = new ArrayList<>();
    int[] size = new int[n];
    int[] label = new int[n];
    for (int i = 0; i < n; i++) {
      sum[i] = similarity[i].clone();
      groupYears.add(new HashSet<>(years.get(i)));
      size[i] = 1;
      label[i] = i;
    }
    while (true) {
      int bi = -1;
      int bj = -1;
      double best = -1;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; size[i] > 0 && j < n; j++) {
          if (size[j] > 0) {
            double avg =
                factor.applyAsDouble(groupYears.get(i), groupYears.get(j))
                    * sum[i][j]
                    / ((double) size[i] * size[j]);
            if (avg > best) {
              best = avg;
              bi = i;
              bj = j;
            }
          }
        }
      }
      if (bi < 0 || best < threshold) {
        return label;
      }
      for (int k = 0; k < n; k++) {
        sum[bi][k] += sum[bj][k];
        sum[k][bi] = sum[bi][k];
        if (label[k] == bj) {
          label[k] = bi;
        }
      }
      size[bi] += size[bj];
      size[bj] = 0;
      groupYears.get(bi).addAll(groupYears.get(bj));
    }
  }

  /**
   * Moves each item left alone to the cluster it links to best on average, when that link reaches
   * {@code floor}, the two state no different years and the item may be one event with every
   * member; items in clusters of two or more stay. Labels are changed in place.
   *
   * @param similarity pairwise similarities (read, not changed)
   * @param years each item's stated years
   * @param together whether two items' dates allow them to be one event
   */
  static void joinStrays(
      int[] label,
      double[][] similarity,
      List<Set<String>> years,
      BiPredicate<Integer, Integer> together,
      double floor) {
    int n = label.length;
    Map<Integer, List<Integer>> clusters = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      clusters.computeIfAbsent(label[i], k -> new ArrayList<>()).add(i);
    }
    for (int i = 0; i < n; i++) {
      if (clusters.getOrDefault(label[i], List.of()).size() != 1) {
        continue;
      }
      double best = -1;
      int target = -1;
      for (Map.Entry<Integer, List<Integer>> c : clusters.entrySet()) {
        if (c.getValue().size() < 2) {
          continue;
        }
        double sum = 0;
        for (int j : c.getValue()) {
          sum += similarity[i][j];
        }
        double link = sum / c.getValue().size();
        if (link > best) {
          best = link;
          target = c.getKey();
        }
      }
      List<Integer> members = clusters.get(target);
      if (members != null
          && best >= floor
          && !yearsConflict(years, i, members)
          && allTogether(together, i, members)) {
        label[i] = target;
      }
    }
  }

  private static boolean yearsConflict(List<Set<String>> years, int item, List<Integer> cluster) {
    Set<String> theirs = new HashSet<>();
    cluster.forEach(j -> theirs.addAll(years.get(j)));
    return Similarity.yearsConflict(years.get(item), theirs);
  }

  private static boolean allTogether(
      BiPredicate<Integer, Integer> together, int item, List<Integer> members) {
    for (int j : members) {
      if (!together.test(item, j)) {
        return false;
      }
    }
    return true;
  }
}
