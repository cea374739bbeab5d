package org.dateline.bench.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Scores found direct quotations against the gold ones of a document. A found quotation matches a
 * gold one when their spans overlap (each gold one matched at most once); its speaker is right when
 * both name nobody, or when every word of the shorter name is in the longer one ("Bush" and "George
 * Bush"), ignoring case, titles and punctuation.
 */
final class QuoteScore {
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "president", "the");

  int gold;
  int found;
  int matched;
  int rightSpeaker;
  int namedGoldMatched;
  int namedGoldRight;

  /** Wrong matches by kind: a named speaker left without one, a wrong name, a name for nobody. */
  final Map<String, Integer> wrong = new TreeMap<>();

  void add(List<GoldQuote> goldQuotes, List<Found> system) {
    gold += goldQuotes.size();
    found += system.size();
    boolean[] used = new boolean[goldQuotes.size()];
    for (Found f : system) {
      for (int i = 0; i < goldQuotes.size(); i++) {
        GoldQuote g = goldQuotes.get(i);
        if (!used[i] && f.begin() < g.end() && g.begin() < f.end()) {
          used[i] = true;
          matched++;
          boolean right = sameSpeaker(g.speaker(), f.speaker());
          if (right) {
            rightSpeaker++;
          } else {
            String kind =
                g.speaker().isEmpty()
                    ? "name-for-unnamed"
                    : f.speaker() == null ? "no-speaker" : "wrong-name";
            wrong.merge(kind, 1, Integer::sum);
          }
          if (!g.speaker().isEmpty()) {
            namedGoldMatched++;
            if (right) {
              namedGoldRight++;
            }
          }
          break;
        }
      }
    }
  }

  static boolean sameSpeaker(String gold, @Nullable String found) {
    if (gold.isEmpty() || found == null) {
      return gold.isEmpty() && found == null;
    }
    Set<String> a = words(gold);
    Set<String> b = words(found);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    return a.size() <= b.size() ? b.containsAll(a) : a.containsAll(b);
  }

  private static Set<String> words(String name) {
    Set<String> out = new TreeSet<>();
    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && !TITLES.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  String line(String name) {
    double detectP = ratio(matched, found);
    double detectR = ratio(matched, gold);
    double p = ratio(rightSpeaker, found);
    double r = ratio(rightSpeaker, gold);
    return String.format(
        Locale.ROOT,
        "%-22s gold %4d found %4d | found P %.3f R %.3f | with right speaker P %.3f R %.3f F1 %.3f"
            + " | named speaker right %.3f (%d/%d) | wrong %s",
        name,
        gold,
        found,
        detectP,
        detectR,
        p,
        r,
        2 * p * r / Math.max(1e-9, p + r),
        ratio(namedGoldRight, namedGoldMatched),
        namedGoldRight,
        namedGoldMatched,
        wrong);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
