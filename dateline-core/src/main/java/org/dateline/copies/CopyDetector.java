package org.dateline.copies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dateline.model.Article;

/**
 * Incremental wire-copy detection. Each added article's sentences are normalised and hashed into
 * LSH band buckets; only articles that share a bucket with it are aligned, never all pairs. Memory
 * is bounded by a window of the most recently added articles. Not thread-safe.
 */
public final class CopyDetector {

  private static final int BANDS = 12;
  private static final int ROWS = 2;
  // Bounds the work one article can cause, whatever its size: proposals beyond this are dropped.
  private static final int MAX_PROPOSALS = 50_000;
  // Bounds what one article can add to the output: the partners sharing most with it are kept.
  static final int MAX_PARTNERS = 50;
  // How many earlier articles one article is aligned with at most.
  private static final int MAX_ALIGNED = 2 * MAX_PARTNERS;

  private final CopySettings settings;
  private final ArticleSentences sentences;
  private final SentenceAligner aligner;
  private final LinkedHashMap<String, List<Sentence>> window = new LinkedHashMap<>();
  private final Map<Long, List<Posting>> buckets = new HashMap<>();

  /** One sentence of one article in a bucket. */
  private record Posting(String article, int sentence) {}

  public CopyDetector(CopySettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.sentences =
        new ArticleSentences(
            SentenceSplitter.english(), HouseStyle.english(), new MinHasher(BANDS, ROWS), settings);
    this.aligner = new SentenceAligner(settings);
  }

  /** A detector with {@link CopySettings#defaults()}. */
  public static CopyDetector withDefaults() {
    return new CopyDetector(CopySettings.defaults());
  }

  /**
   * Adds an article and returns its copy relations with articles in the window, earlier article
   * first in each pair: at most {@value #MAX_PARTNERS}, those sharing most, so that text every
   * article shares (a corpus of boilerplate) cannot flood the output. Re-adding an id already in
   * the window returns nothing.
   */
  public List<CopyPair> add(Article article) {
    Objects.requireNonNull(article, "article");
    if (window.containsKey(article.id())) {
      return List.of();
    }
    List<Sentence> mine = sentences.of(article);
    Map<String, Set<Long>> proposed = new LinkedHashMap<>();
    int budget = MAX_PROPOSALS;
    for (int i = 0; i < mine.size() && budget > 0; i++) {
      for (long key : mine.get(i).keys()) {
        List<Posting> bucket = buckets.get(key);
        if (bucket == null || bucket.size() > settings.maxBucket()) {
          continue;
        }
        budget -= bucket.size();
        for (Posting p : bucket) {
          proposed
              .computeIfAbsent(p.article(), k -> new LinkedHashSet<>())
              .add(((long) p.sentence() << 32) | i);
        }
      }
    }
    List<Map.Entry<String, Set<Long>>> ranked = new ArrayList<>(proposed.entrySet());
    if (ranked.size() > MAX_ALIGNED) {
      // Only the articles sharing the most sentence buckets are aligned: the cost per article
      // stays flat however many share some wording with it.
      ranked.sort(
          java.util.Comparator.comparingInt((Map.Entry<String, Set<Long>> e) -> e.getValue().size())
              .reversed()
              .thenComparing(Map.Entry::getKey));
      ranked = ranked.subList(0, MAX_ALIGNED);
    }
    List<CopyPair> pairs = new ArrayList<>();
    for (Map.Entry<String, Set<Long>> e : ranked) {
      List<Sentence> theirs = window.get(e.getKey());
      if (theirs == null) {
        continue;
      }
      List<int[]> candidates = new ArrayList<>();
      for (long packed : e.getValue()) {
        candidates.add(new int[] {(int) (packed >>> 32), (int) packed});
      }
      aligner.align(e.getKey(), theirs, article.id(), mine, candidates).ifPresent(pairs::add);
    }
    index(article.id(), mine);
    if (pairs.size() > MAX_PARTNERS) {
      pairs.sort(
          java.util.Comparator.comparingInt(CopyPair::sharedSentences)
              .reversed()
              .thenComparing(CopyPair::a));
      return List.copyOf(pairs.subList(0, MAX_PARTNERS));
    }
    return pairs;
  }

  /** How many articles the window holds now. */
  public int windowSize() {
    return window.size();
  }

  private void index(String id, List<Sentence> mine) {
    window.put(id, mine);
    for (int i = 0; i < mine.size(); i++) {
      for (long key : mine.get(i).keys()) {
        buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(new Posting(id, i));
      }
    }
    while (window.size() > settings.window()) {
      Iterator<Map.Entry<String, List<Sentence>>> oldest = window.entrySet().iterator();
      Map.Entry<String, List<Sentence>> gone = oldest.next();
      oldest.remove();
      forget(gone.getKey(), gone.getValue());
    }
  }

  private void forget(String id, List<Sentence> theirs) {
    for (Sentence s : theirs) {
      for (long key : s.keys()) {
        List<Posting> bucket = buckets.get(key);
        if (bucket != null) {
          bucket.removeIf(p -> p.article().equals(id));
          if (bucket.isEmpty()) {
            buckets.remove(key);
          }
        }
      }
    }
  }
}
