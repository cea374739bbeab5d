package org.dateline.bench.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two metrics of the WCXB README: word F1 (a bag of lower-cased {@code \w+} words, per page,
 * averaged) and the article-extraction-benchmark 4-word-shingle P/R over pages.
 */
final class Scores {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private Scores() {}

  /** Word precision, recall and F1 of one page. */
  record Words(double precision, double recall, double f1) {}

  /** Normalised true positives, false positives and false negatives of one page's shingles. */
  record Shingles(double tp, double fp, double fn) {}

  static Words words(String predicted, String gold) {
    Map<String, Integer> p = bag(tokens(predicted.toLowerCase(Locale.ROOT)), 1);
    Map<String, Integer> g = bag(tokens(gold.toLowerCase(Locale.ROOT)), 1);
    int np = size(p);
    int ng = size(g);
    if (ng == 0) {
      return np == 0 ? new Words(1, 1, 1) : new Words(0, 1, 0);
    }
    int overlap = overlap(p, g);
    double precision = np == 0 ? 0 : (double) overlap / np;
    double recall = (double) overlap / ng;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Words(precision, recall, f1);
  }

  static Shingles shingles(String predicted, String gold) {
    Map<String, Integer> p = bag(tokens(predicted), 4);
    Map<String, Integer> g = bag(tokens(gold), 4);
    double tp = overlap(p, g);
    double fp = size(p) - tp;
    double fn = size(g) - tp;
    double sum = tp + fp + fn;
    return sum == 0 ? new Shingles(1, 0, 0) : new Shingles(tp / sum, fp / sum, fn / sum);
  }

  private static List<String> tokens(String text) {
    Matcher m = WORD.matcher(text);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static Map<String, Integer> bag(List<String> tokens, int n) {
    Map<String, Integer> bag = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      String key = n == 1 ? tokens.get(i) : String.join(" ", tokens.subList(i, i + n));
      bag.merge(key, 1, Integer::sum);
    }
    return bag;
  }

  private static int size(Map<String, Integer> bag) {
    return bag.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static int overlap(Map<String, Integer> a, Map<String, Integer> b) {
    int overlap = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      overlap += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
    }
    return overlap;
  }
}
