package org.dateline.bench.time;

import java.io.PrintWriter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Writes one document's misses, false alarms and wrong values, for reading while tuning. */
final class Diff {
  private Diff() {}

  static void write(PrintWriter out, GoldDocument d, List<Mention> found) {
    for (Mention g : d.gold()) {
      @Nullable Mention s = found.stream().filter(x -> x.overlaps(g)).findFirst().orElse(null);
      if (s == null) {
        out.printf(
            "MISS  %s dct=%s %-8s %-14s |%s| ctx: %s%n",
            d.id(), d.creation(), g.type(), g.value(), span(d, g), context(d, g));
      } else if (s.begin() != g.begin() || s.end() != g.end() || !s.value().equals(g.value())) {
        out.printf(
            "DIFF  %s dct=%s gold %s %s |%s|  ours %s %s |%s|%n",
            d.id(), d.creation(), g.type(), g.value(), span(d, g), s.type(), s.value(), span(d, s));
      }
    }
    for (Mention s : found) {
      if (d.gold().stream().noneMatch(g -> g.overlaps(s))) {
        out.printf(
            "FALSE %s %-8s %-14s |%s| ctx: %s%n",
            d.id(), s.type(), s.value(), span(d, s), context(d, s));
      }
    }
  }

  private static String span(GoldDocument d, Mention m) {
    return d.text().substring(m.begin(), m.end());
  }

  private static String context(GoldDocument d, Mention m) {
    return d.text()
        .substring(Math.max(0, m.begin() - 50), Math.min(d.text().length(), m.end() + 30))
        .replace('\n', ' ');
  }
}
