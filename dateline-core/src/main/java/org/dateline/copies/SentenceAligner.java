package org.dateline.copies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Aligns two articles' sentences one to one, best matches first, among the pairs the LSH index
 * proposed, and decides whether the articles are copies and of which kind.
 */
final class SentenceAligner {

  private final CopySettings settings;

  SentenceAligner(CopySettings settings) {
    this.settings = settings;
  }

  /** The copy relation between a and b, if any; {@code proposed} holds (i in a, j in b) pairs. */
  Optional<CopyPair> align(
      String idA, List<Sentence> a, String idB, List<Sentence> b, List<int[]> proposed) {
    List<SharedSentence> scored = new ArrayList<>();
    for (int[] p : proposed) {
      double s = a.get(p[0]).jaccard(b.get(p[1]));
      if (s >= settings.minSimilarity()) {
        scored.add(new SharedSentence(p[0], p[1], s));
      }
    }
    scored.sort(
        Comparator.comparingDouble((SharedSentence s) -> -s.similarity())
            .thenComparingInt(SharedSentence::a)
            .thenComparingInt(SharedSentence::b));
    boolean[] usedA = new boolean[a.size()];
    boolean[] usedB = new boolean[b.size()];
    List<SharedSentence> shared = new ArrayList<>();
    for (SharedSentence s : scored) {
      if (!usedA[s.a()] && !usedB[s.b()]) {
        usedA[s.a()] = true;
        usedB[s.b()] = true;
        shared.add(s);
      }
    }
    shared.sort(Comparator.comparingInt(SharedSentence::a));
    Optional<CopyKind> kind = classify(shared.size(), counting(a), counting(b));
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new CopyPair(idA, idB, kind.get(), shared, unused(a, usedA), unused(b, usedB)));
  }

  /** The kind of copy, from the shared count and each side's count of comparable sentences. */
  Optional<CopyKind> classify(int shared, int sentencesA, int sentencesB) {
    int shorter = Math.min(sentencesA, sentencesB);
    int longer = Math.max(sentencesA, sentencesB);
    if (shorter == 0 || shared < Math.min(settings.minShared(), shorter)) {
      return Optional.empty();
    }
    double coverage = shared / (double) shorter;
    if (coverage < settings.minCoverage()) {
      return Optional.empty();
    }
    if (coverage >= settings.duplicateCoverage()) {
      return Optional.of(CopyKind.DUPLICATE);
    }
    if (coverage >= settings.excerptCoverage() && shorter * 2 <= longer) {
      return Optional.of(CopyKind.EXCERPT);
    }
    return Optional.of(CopyKind.VERSION);
  }

  private static int counting(List<Sentence> sentences) {
    int n = 0;
    for (Sentence s : sentences) {
      if (s.counts()) {
        n++;
      }
    }
    return n;
  }

  private static List<String> unused(List<Sentence> sentences, boolean[] used) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (!used[i]) {
        out.add(sentences.get(i).text());
      }
    }
    return out;
  }
}
