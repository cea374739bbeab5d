package org.dateline.bench.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import org.dateline.store.SearchIndex;
import org.dateline.store.jdbc.JdbcDocumentQueries;
import org.dateline.store.lucene.LuceneSearchIndex;
import org.dateline.store.sqlite.SqliteDatabase;

/**
 * The cost of one search in process, one thread, with the query mix of {@code bench/wrk/search.lua}
 * (one or two common words, an outlet facet three times in ten), apart from HTTP: mean microseconds
 * per query after a warm-up. Usage: {@code SearchCost DB_FILE [QUERIES]}.
 */
public final class SearchCost {
  private static final String[] WORDS = {
    "police",
    "earthquake",
    "fire",
    "killed",
    "arrested",
    "announced",
    "president",
    "company",
    "court",
    "election",
    "storm",
    "team",
    "game",
    "deal",
    "shooting",
    "injured",
    "minister",
    "market",
    "film",
    "award"
  };
  private static final String[] OUTLETS = {"Valley Post", "Harbour Times", "Meridian Wire"};

  private SearchCost() {}

  public static void main(String[] args) throws IOException {
    Path db = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    try (JdbcDocumentQueries store = SqliteDatabase.queries(db);
        LuceneSearchIndex index =
            LuceneSearchIndex.openOrRebuild(Path.of(args[0] + ".index"), store)) {
      for (int i = 2; i < args.length; i++) {
        SearchIndex.Query one = SearchIndex.Query.of(args[i], 20);
        for (int w = 0; w < 200; w++) {
          index.search(one);
        }
        long t = System.nanoTime();
        for (int w = 0; w < 200; w++) {
          index.search(one);
        }
        System.out.printf(
            "%s: %.0f µs, %d matches%n",
            args[i], (System.nanoTime() - t) / 1e3 / 200, index.search(one).total());
      }
      run(index, n, new Random(1)); // warm-up
      long started = System.nanoTime();
      long matches = run(index, n, new Random(2));
      double micros = (System.nanoTime() - started) / 1e3 / n;
      System.out.printf(
          "%d queries: %.0f µs per query, %d matches on average%n", n, micros, matches / n);
    }
  }

  private static long run(SearchIndex index, int n, Random random) throws IOException {
    long matches = 0;
    for (int i = 0; i < n; i++) {
      String q = WORDS[random.nextInt(WORDS.length)];
      if (random.nextBoolean()) {
        q += " " + WORDS[random.nextInt(WORDS.length)];
      }
      String outlet = random.nextDouble() < 0.3 ? OUTLETS[random.nextInt(OUTLETS.length)] : null;
      matches += index.search(new SearchIndex.Query(q, outlet, null, null, null, 20)).total();
    }
    return matches;
  }
}
