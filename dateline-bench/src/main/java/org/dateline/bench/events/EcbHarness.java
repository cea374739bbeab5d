package org.dateline.bench.events;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dateline.events.ArticleDates;
import org.dateline.events.BatchEventClusterer;
import org.dateline.events.Event;
import org.dateline.events.EventClusterer;
import org.dateline.events.EventSettings;
import org.dateline.model.Article;

/**
 * Scores event clustering on ECB+ (topics 1-25 clustered together, as the engine does not know
 * topics) with B-cubed over documents against gold = (topic, ecb|ecbplus). Topics from {@link
 * #FIRST_HELD_OUT} on are held out: thresholds are tuned on the others only.
 *
 * <p>Run: {@code java -cp ... org.dateline.bench.events.EcbHarness
 * [../shared/bench/events/ecbplus-dev]}
 */
public final class EcbHarness {

  /** Topics from this number on are never used for tuning. */
  public static final int FIRST_HELD_OUT = 19;

  public static final long SEED = 20141210L;

  /** Scores over all documents, the tuning topics and the held-out topics. */
  public record Result(BCubed.Score all, BCubed.Score tune, BCubed.Score heldOut) {
    @Override
    public String toString() {
      return String.format("all %s | tune %s | held-out %s", all, tune, heldOut);
    }
  }

  /** Everything the harness measures. */
  public record Report(
      Result engine,
      Result engineBatch,
      double baselineThreshold,
      Result baseline,
      List<Double> agreements,
      double incrementalSeconds,
      int documents) {}

  private EcbHarness() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "../shared/bench/events/ecbplus-dev");
    long t0 = System.nanoTime();
    Report r = run(root);
    System.out.println("engine, incremental + settle : " + r.engine());
    System.out.println("engine, batch average link   : " + r.engineBatch());
    System.out.printf(
        "TF-IDF average-link baseline (threshold %.3f tuned on topics < %d): %s%n",
        r.baselineThreshold(), FIRST_HELD_OUT, r.baseline());
    System.out.println("incremental vs batch agreement (5 orders): " + r.agreements());
    System.out.printf(
        "incremental run: %d documents in %.2f s (first run, includes JIT warm-up)%n",
        r.documents(), r.incrementalSeconds());
    System.out.printf("took %.1f s%n", (System.nanoTime() - t0) / 1e9);
  }

  /** Runs the whole measurement. */
  public static Report run(Path root) throws IOException {
    List<EcbDocument> docs = EcbCorpus.read(root, SEED);
    EventSettings engine = EventSettings.defaults();
    long t0 = System.nanoTime();
    Map<String, String> incremental = incremental(docs, engine);
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, String> batch = batch(docs, engine);
    List<EcbDocument> tuneDocs = docs.stream().filter(d -> d.topic() < FIRST_HELD_OUT).toList();
    double bestT = 0;
    double bestF = -1;
    for (double t = 0.025; t < 0.7; t += 0.025) {
      double f = evaluate(batch(tuneDocs, EventSettings.tfidfBaseline(t)), tuneDocs).all().f1();
      if (f > bestF) {
        bestF = f;
        bestT = t;
      }
    }
    Map<String, String> baseline = batch(docs, EventSettings.tfidfBaseline(bestT));
    List<Double> agreements = new ArrayList<>();
    Random random = new Random(SEED);
    for (int i = 0; i < 5; i++) {
      List<EcbDocument> order = new ArrayList<>(docs);
      Collections.shuffle(order, random);
      agreements.add(
          Math.round(BCubed.agreement(incremental(order, engine), batch) * 1000) / 1000.0);
    }
    return new Report(
        evaluate(incremental, docs),
        evaluate(batch, docs),
        bestT,
        evaluate(baseline, docs),
        agreements,
        seconds,
        docs.size());
  }

  /** Feeds the documents one at a time, settles, and returns article id to event id. */
  public static Map<String, String> incremental(List<EcbDocument> docs, EventSettings settings) {
    EventClusterer clusterer = new EventClusterer(settings, ArticleDates.none());
    for (EcbDocument d : docs) {
      clusterer.add(d.article());
    }
    clusterer.settle();
    return byArticle(clusterer.events());
  }

  /** Clusters the documents at once and returns article id to event id. */
  public static Map<String, String> batch(List<EcbDocument> docs, EventSettings settings) {
    List<Article> articles = docs.stream().map(EcbDocument::article).toList();
    return byArticle(new BatchEventClusterer(settings, ArticleDates.none()).cluster(articles));
  }

  /** B-cubed of a clustering over all documents, the tuning topics and the held-out topics. */
  public static Result evaluate(Map<String, String> predicted, List<EcbDocument> docs) {
    Map<String, String> gold = new HashMap<>();
    List<String> tune = new ArrayList<>();
    List<String> held = new ArrayList<>();
    for (EcbDocument d : docs) {
      String id = d.article().id();
      gold.put(id, d.gold());
      (d.topic() < FIRST_HELD_OUT ? tune : held).add(id);
    }
    return new Result(
        BCubed.score(predicted, gold, gold.keySet()),
        BCubed.score(predicted, gold, tune),
        BCubed.score(predicted, gold, held));
  }

  static Map<String, String> byArticle(List<Event> events) {
    Map<String, String> out = new HashMap<>();
    for (Event e : events) {
      for (String doc : e.documents()) {
        out.put(doc, e.id());
      }
    }
    return out;
  }
}
