package org.dateline.bench.extraction;

import java.util.Locale;

/** Running means of the per-page scores of one system over a set of pages. */
final class Tally {
  private int pages;
  private double wordP;
  private double wordR;
  private double wordF1;
  private double shingleP;
  private double shingleR;

  void add(Scores.Words w, Scores.Shingles s) {
    pages++;
    wordP += w.precision();
    wordR += w.recall();
    wordF1 += w.f1();
    shingleP += s.tp() + s.fp() == 0 ? 1 : s.tp() / (s.tp() + s.fp());
    shingleR += s.tp() + s.fn() == 0 ? 1 : s.tp() / (s.tp() + s.fn());
  }

  int pages() {
    return pages;
  }

  double wordF1() {
    return pages == 0 ? 0 : wordF1 / pages;
  }

  String row(String system, String set) {
    double sp = pages == 0 ? 0 : shingleP / pages;
    double sr = pages == 0 ? 0 : shingleR / pages;
    double sf = sp + sr == 0 ? 0 : 2 * sp * sr / (sp + sr);
    return String.format(
        Locale.ROOT,
        "| %-14s | %-8s | %4d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |",
        system,
        set,
        pages,
        wordP / Math.max(1, pages),
        wordR / Math.max(1, pages),
        wordF1(),
        sp,
        sr,
        sf);
  }
}
