package org.dateline.bench.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.dateline.bench.EcbTexts;
import org.dateline.model.Article;
import org.dateline.model.Provenance;
import org.dateline.model.Published;
import org.dateline.store.DocumentStore;
import org.dateline.store.PageOutcome;
import org.dateline.store.sqlite.SqliteDatabase;

/**
 * Grows the ECB+ texts into a corpus of N articles by perturbation (sentences shuffled and dropped,
 * capitalised names swapped between documents, dates shifted, outlets assigned) and stores it
 * straight into a database, for load tests of the web UI and API. Usage: {@code GrowCorpus ECB_ROOT
 * DB_FILE N}.
 */
public final class GrowCorpus {
  private static final String[] OUTLETS = {
    "Northbridge Herald",
    "Valley Post",
    "Harbour Times",
    "Meridian Wire",
    "Coastline Daily",
    "Capital Ledger",
    "Summit News",
    "Lakeside Review"
  };

  private GrowCorpus() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: GrowCorpus ECB_ROOT DB_FILE N");
      System.exit(2);
    }
    List<EcbTexts.Doc> seeds = EcbTexts.read(Path.of(args[0]));
    int n = Integer.parseInt(args[2]);
    Random random = new Random(7);
    List<String> names = names(seeds);
    long started = System.nanoTime();
    try (DocumentStore store = SqliteDatabase.store(Path.of(args[1]))) {
      long run = store.startRun(List.of(args[0]));
      for (int i = 0; i < n; i++) {
        Article a = grow(i, seeds.get(i % seeds.size()), names, random);
        store.commit(run, i, new PageOutcome.Stored("grown-" + i, a));
      }
      store.finishRun(run);
    }
    System.out.printf(
        "stored %d grown articles in %.1f s%n", n, (System.nanoTime() - started) / 1e9);
  }

  private static Article grow(int i, EcbTexts.Doc seed, List<String> names, Random random) {
    List<String> sentences = new ArrayList<>(seed.sentences());
    if (sentences.size() > 3) {
      Collections.shuffle(sentences.subList(1, sentences.size()), random);
      sentences = sentences.subList(0, Math.max(3, sentences.size() - random.nextInt(3)));
    }
    String swapFrom = names.get(random.nextInt(names.size()));
    String swapTo = names.get(random.nextInt(names.size()));
    List<String> paragraphs = sentences.stream().map(s -> s.replace(swapFrom, swapTo)).toList();
    LocalDate date = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(6000));
    String title =
        paragraphs.get(0).length() > 90 ? paragraphs.get(0).substring(0, 90) : paragraphs.get(0);
    return new Article(
        "g" + i,
        Provenance.of("grown/" + seed.file() + "#" + i),
        null,
        title,
        OUTLETS[random.nextInt(OUTLETS.length)],
        List.of(),
        new Published(date.toString(), Published.Basis.METADATA),
        paragraphs,
        List.of(),
        List.of());
  }

  /** Capitalised words that start a name somewhere in the seeds, for swapping. */
  private static List<String> names(List<EcbTexts.Doc> seeds) {
    List<String> names = new ArrayList<>();
    for (EcbTexts.Doc d : seeds) {
      for (String s : d.sentences()) {
        for (String w : s.split(" ")) {
          if (w.length() > 3
              && Character.isUpperCase(w.charAt(0))
              && !names.contains(w)
              && names.size() < 2000) {
            names.add(w);
          }
        }
      }
    }
    return names;
  }
}
