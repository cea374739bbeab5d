package org.dateline.bench.quotes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.bench.time.TimeMlReader;
import org.dateline.extract.Extractor;
import org.dateline.model.Quote;
import org.dateline.nlp.CoreNlpNames;
import org.jspecify.annotations.Nullable;

/**
 * Scores direct quotations and their speakers on the annotated TempEval-3 documents and WCXB web
 * pages, for the extract stage and (unless {@code --no-peer}) CoreNLP's quote annotator, and times
 * both on the same newswire texts, each after untimed warm-up. Prints all / tune / held-out lines
 * for TempEval-3, a web line, ecb / ecb tune / ecb held-out lines for ECB+ documents, a line for
 * each set of our own articles ({@link InventedSet}), and one for all of them set the way ECB+ sets
 * its texts ({@link InventedAsTokens}); {@code --errors} lists the extract stage's misses outside
 * the held-out parts, the rebuilt articles' under ids that open with "tok-".
 *
 * <p>Run: {@code java -XX:-DontCompileHugeMethods -cp
 * "dateline-bench/target/classes:dateline-bench/target/lib/*"
 * org.dateline.bench.quotes.QuoteHarness}
 */
public final class QuoteHarness {
  /**
   * Untimed rounds before ours is timed. HotSpot took four to six rounds of these documents to
   * finish compiling the CRF's feature method (ours ran at about 20 documents/s before and 70
   * after), and the one warm-up round used before had timed it half-way, at whatever point the
   * compiler had reached.
   */
  private static final int WARM_ROUNDS = 10;

  /** The peer's round is cut into this many stretches, with a timed round of ours before each. */
  private static final int PEER_STRETCHES = 4;

  /** The peer takes seconds per document, so it warms up on a few documents, not a round. */
  private static final int PEER_WARM_DOCS = 8;

  private QuoteHarness() {}

  public static void main(String[] args) throws IOException {
    boolean peer = !List.of(args).contains("--no-peer");
    boolean errors = List.of(args).contains("--errors");
    int context = List.of(args).contains("--context") ? 300 : 0;
    Map<String, List<GoldQuote>> byDoc = new LinkedHashMap<>();
    for (GoldQuote g : GoldQuote.load()) {
      byDoc.computeIfAbsent(g.doc(), d -> new ArrayList<>()).add(g);
    }
    List<QuoteText> all = new ArrayList<>();
    TimeMlReader reader = new TimeMlReader();
    for (String id : byDoc.keySet()) {
      all.add(QuoteText.load(id, reader));
    }
    // speed is timed on the newswire documents, as it always was; web pages are scored only
    List<QuoteText> docs = all.stream().filter(QuoteText::newswire).toList();
    Extractor ours = new Extractor(new CoreNlpNames());
    for (int round = 0; round < WARM_ROUNDS; round++) {
      for (QuoteText d : docs) {
        directQuotes(ours, d);
      }
    }
    CoreNlpQuotes theirs = peer ? new CoreNlpQuotes() : null;
    if (theirs != null) {
      for (QuoteText d : docs.subList(0, Math.min(PEER_WARM_DOCS, docs.size()))) {
        theirs.find(d.text());
      }
    }
    // ours is timed in whole rounds between stretches of the peer's round and after it, and the
    // median round counts: both systems are then timed over the same minutes, so a machine that
    // slows down or speeds up during the run favours neither, and one slow round does not decide
    List<Double> oursRounds = new ArrayList<>();
    Map<String, QuoteScore> scores = new LinkedHashMap<>();
    Map<String, List<Found>> oursFound = new LinkedHashMap<>(); // by document, for --errors
    long theirsNanos = 0;
    int stretch = (docs.size() + PEER_STRETCHES - 1) / PEER_STRETCHES;
    for (int i = 0; i < docs.size(); i++) {
      if (i % stretch == 0) {
        oursRounds.add(docsPerSecond(ours, docs));
        System.gc(); // each system's stretch starts without the other's garbage
      }
      QuoteText d = docs.get(i);
      long t0 = System.nanoTime();
      List<Found> peerFound = theirs == null ? null : theirs.find(d.text());
      theirsNanos += System.nanoTime() - t0;
      List<Found> found = directQuotes(ours, d);
      oursFound.put(d.id(), found);
      score(d, byDoc.get(d.id()), found, peerFound, scores);
    }
    for (QuoteText d : all) {
      if (!d.newswire()) {
        List<Found> peerFound = theirs == null ? null : theirs.find(d.text());
        List<Found> found = directQuotes(ours, d);
        oursFound.put(d.id(), found);
        score(d, byDoc.get(d.id()), found, peerFound, scores);
      }
    }
    if (errors) {
      for (QuoteText d : all) {
        if (!d.heldOut()) {
          printErrors(d, byDoc.get(d.id()), oursFound.get(d.id()), context);
        }
      }
    }
    InventedAsTokens asTokens = new InventedAsTokens();
    for (QuoteText d : all) {
      if (d.id().startsWith(InventedSet.PREFIX)) {
        InventedAsTokens.Rebuilt rebuilt = asTokens.rebuild(d.id(), d.text(), byDoc.get(d.id()));
        List<Found> found = directQuotes(ours, rebuilt.text());
        score(rebuilt.text(), rebuilt.gold(), found, null, scores);
        if (errors) {
          printErrors(rebuilt.text(), rebuilt.gold(), found, context);
        }
      }
    }
    oursRounds.add(docsPerSecond(ours, docs));
    scores.forEach((name, s) -> System.out.println(s.line(name)));
    List<Double> sorted = oursRounds.stream().sorted().toList();
    double oursRate = sorted.get(sorted.size() / 2);
    System.out.printf(
        Locale.ROOT,
        "speed: dateline %.1f docs/s, the median of %d timed rounds (%.1f to %.1f) after %d"
            + " untimed%n",
        oursRate,
        sorted.size(),
        sorted.get(0),
        sorted.get(sorted.size() - 1),
        WARM_ROUNDS);
    if (theirs != null) {
      double theirsRate = docs.size() / (theirsNanos / 1e9);
      System.out.printf(
          Locale.ROOT,
          "speed: corenlp quote+attribution %.2f docs/s (one round after %d untimed documents);"
              + " dateline is %.0fx faster%n",
          theirsRate,
          PEER_WARM_DOCS,
          oursRate / theirsRate);
    }
  }

  /** Scores both systems on one text, under each of its lines. */
  private static void score(
      QuoteText d,
      List<GoldQuote> annotated,
      List<Found> found,
      @Nullable List<Found> peerFound,
      Map<String, QuoteScore> scores) {
    List<GoldQuote> gold = annotated.stream().filter(GoldQuote::direct).toList();
    for (String set : d.lines()) {
      scores.computeIfAbsent("dateline " + set, k -> new QuoteScore()).add(gold, found);
      if (peerFound != null) {
        scores.computeIfAbsent("corenlp " + set, k -> new QuoteScore()).add(gold, peerFound);
      }
    }
  }

  /** Documents per second over one timed round of the extract stage. */
  private static double docsPerSecond(Extractor ours, List<QuoteText> docs) {
    System.gc();
    long t0 = System.nanoTime();
    for (QuoteText d : docs) {
      directQuotes(ours, d);
    }
    return docs.size() / ((System.nanoTime() - t0) / 1e9);
  }

  private static List<Found> directQuotes(Extractor ours, QuoteText d) {
    List<Found> found = new ArrayList<>();
    for (Quote q : ours.read(d.text(), d.published()).quotes()) {
      if (q.kind() == Quote.Kind.DIRECT) {
        found.add(new Found(q.begin(), q.end(), q.speaker()));
      }
    }
    return found;
  }

  private static void printErrors(
      QuoteText d, List<GoldQuote> annotated, List<Found> found, int context) {
    String id = d.id();
    String text = d.text();
    List<GoldQuote> gold = annotated.stream().filter(GoldQuote::direct).toList();
    for (GoldQuote g : gold) {
      Found hit = null;
      for (Found f : found) {
        if (f.begin() < g.end() && g.begin() < f.end()) {
          hit = f;
        }
      }
      if (hit == null || !QuoteScore.sameSpeaker(g.speaker(), hit.speaker())) {
        System.out.printf(
            "%s %d gold=[%s|%s] found=[%s] %s%n",
            id,
            g.begin(),
            g.speaker(),
            g.description(),
            hit == null ? "MISSED" : hit.speaker(),
            snippet(text, g.begin(), g.end()));
        if (context > 0) {
          System.out.println(
              "    ..."
                  + text.substring(
                          Math.max(0, g.begin() - context), Math.min(text.length(), g.end() + 80))
                      .replace('\n', '/')
                  + "\n");
        }
      }
    }
    for (Found f : found) {
      boolean any = gold.stream().anyMatch(g -> f.begin() < g.end() && g.begin() < f.end());
      if (!any) {
        System.out.printf(
            "%s %d SPURIOUS [%s] %s%n",
            id, f.begin(), f.speaker(), snippet(text, f.begin(), f.end()));
      }
    }
  }

  private static String snippet(String text, int b, int e) {
    String s = text.substring(b, Math.min(e, b + 70)).replace('\n', ' ');
    return s;
  }
}
