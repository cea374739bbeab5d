package org.dateline.bench.time;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * TempEval-3 task A counts: strict (exact span), relaxed (overlap, each gold and each system
 * expression matched at most once) and value (a relaxed match with the same value). F1 is 2·matches
 * / (|gold| + |system|).
 */
public final class Score {
  int gold;
  int system;
  int strict;
  int relaxed;
  int value;

  /** Adds one document's counts. */
  public void add(List<Mention> goldList, List<Mention> systemList) {
    gold += goldList.size();
    system += systemList.size();
    List<Mention> free = new ArrayList<>(systemList);
    for (Mention g : goldList) {
      if (systemList.stream().anyMatch(s -> s.begin() == g.begin() && s.end() == g.end())) {
        strict++;
      }
      @Nullable Mention best = null;
      for (Mention s : free) {
        if (s.overlaps(g)
            && (best == null || (s.value().equals(g.value()) && !best.value().equals(g.value())))) {
          best = s;
        }
      }
      if (best != null) {
        free.remove(best);
        relaxed++;
        if (best.value().equals(g.value())) {
          value++;
        }
      }
    }
  }

  public void add(Score other) {
    gold += other.gold;
    system += other.system;
    strict += other.strict;
    relaxed += other.relaxed;
    value += other.value;
  }

  public double strictF1() {
    return f1(strict);
  }

  public double relaxedF1() {
    return f1(relaxed);
  }

  public double valueF1() {
    return f1(value);
  }

  private double f1(int matches) {
    return gold + system == 0 ? 1.0 : 2.0 * matches / (gold + system);
  }

  @Override
  public String toString() {
    return String.format(
        "strict %.3f  relaxed %.3f  value %.3f  (gold %d, system %d)",
        strictF1(), relaxedF1(), valueF1(), gold, system);
  }
}
