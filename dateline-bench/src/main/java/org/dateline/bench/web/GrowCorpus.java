package org.dateline.bench.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.bench.events.EcbCorpus;
import org.dateline.bench.events.EcbHarness;
import org.dateline.bench.events.GrownCorpus;
import org.dateline.corpus.CorpusAnalysis;
import org.dateline.corpus.CorpusResult;
import org.dateline.corpus.DatedEvent;
import org.dateline.events.Event;
import org.dateline.model.Article;
import org.dateline.store.DocumentStore;
import org.dateline.store.PageOutcome;
import org.dateline.store.sqlite.SqliteDatabase;
import org.dateline.storylines.Storyline;

/**
 * Grows the ECB+ texts into a database of N articles ({@link GrownCorpus}) with events stored, for
 * the load test of the web UI and API. By default the events stored are the known clusters (each
 * grown instance one event, each gold event's instances one storyline), because the load test
 * measures serving, not clustering; with {@code engine} the cross-document stage computes them as
 * {@code analyze} does, which takes far longer. Writes the ids of the documents and of the events
 * beside the database ({@code DB_FILE.documents}, {@code DB_FILE.events}), one per line, for the
 * load scripts. Usage: {@code GrowCorpus ECB_ROOT DB_FILE N [known|engine]}.
 */
public final class GrowCorpus {
  private GrowCorpus() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3 || args.length > 4) {
      System.err.println("usage: GrowCorpus ECB_ROOT DB_FILE N [known|engine]");
      System.exit(2);
    }
    int n = Integer.parseInt(args[2]);
    boolean engine = args.length == 4 && args[3].equals("engine");
    GrownCorpus grown = new GrownCorpus(EcbCorpus.read(Path.of(args[0]), EcbHarness.SEED), n, 7);
    Path db = Path.of(args[1]);
    long started = System.nanoTime();
    Known known = new Known();
    try (DocumentStore store = SqliteDatabase.store(db)) {
      long run = store.startRun(List.of(args[0]));
      int i = 0;
      try (BufferedWriter ids = Files.newBufferedWriter(Path.of(args[1] + ".documents"))) {
        for (GrownCorpus.Grown g : grown) {
          store.commit(run, i, new PageOutcome.Stored("grown-" + i, g.article()));
          known.add(g);
          ids.write(g.article().id());
          ids.newLine();
          i++;
        }
      }
      store.finishRun(run);
      System.out.printf(
          "stored %d grown articles in %.1f s%n", n, (System.nanoTime() - started) / 1e9);
      long stories = System.nanoTime();
      CorpusResult result;
      if (engine) {
        CorpusAnalysis analysis = CorpusAnalysis.withDefaults();
        store.forEachArticleByDate(analysis::add);
        result = analysis.finish();
      } else {
        result = known.result();
      }
      store.replaceStories(result);
      try (BufferedWriter ids = Files.newBufferedWriter(Path.of(args[1] + ".events"))) {
        for (DatedEvent e : result.events()) {
          ids.write(e.id());
          ids.newLine();
        }
      }
      System.out.printf(
          "stored %d %s events in %.1f s%n",
          result.events().size(),
          engine ? "clustered" : "known",
          (System.nanoTime() - stories) / 1e9);
    }
  }

  /** The known clusters: one event per instance, one storyline per gold event's instances. */
  private static final class Known {
    /** What an event needs of an article. */
    private record Doc(String id, String title, String date) {}

    private final Map<String, List<Doc>> instances = new LinkedHashMap<>();
    private final Map<String, String> goldOf = new LinkedHashMap<>();

    void add(GrownCorpus.Grown g) {
      Article a = g.article();
      instances
          .computeIfAbsent(g.truth(), k -> new ArrayList<>())
          .add(
              new Doc(
                  a.id(),
                  a.title() == null ? a.id() : a.title(),
                  String.valueOf(a.published().value())));
      goldOf.put(g.truth(), g.gold());
    }

    CorpusResult result() {
      List<DatedEvent> events = new ArrayList<>();
      Map<String, List<String>> byGold = new LinkedHashMap<>();
      for (Map.Entry<String, List<Doc>> e : instances.entrySet()) {
        List<Doc> docs = e.getValue();
        String id = "e" + e.getKey().substring(1);
        List<String> dates = docs.stream().map(Doc::date).sorted().toList();
        String first = dates.get(0);
        String last = dates.get(dates.size() - 1);
        byGold.computeIfAbsent(goldOf.get(e.getKey()), k -> new ArrayList<>()).add(id);
        events.add(
            new DatedEvent(
                new Event(id, docs.get(0).title(), docs.stream().map(Doc::id).toList(), null, null),
                first,
                first.equals(last) ? null : last,
                null));
      }
      List<Storyline> storylines = new ArrayList<>();
      Map<String, String> storylineOf = new LinkedHashMap<>();
      for (Map.Entry<String, List<String>> g : byGold.entrySet()) {
        if (g.getValue().size() > 1) {
          String id = "s" + (storylines.size() + 1);
          storylines.add(new Storyline(id, "Storyline " + g.getKey(), g.getValue()));
          g.getValue().forEach(e -> storylineOf.put(e, id));
        }
      }
      List<DatedEvent> placed = new ArrayList<>();
      for (DatedEvent e : events) {
        placed.add(new DatedEvent(e.event(), e.start(), e.end(), storylineOf.get(e.id())));
      }
      return new CorpusResult(
          List.of(), placed, storylines, Map.of(), Map.of(), List.of(), List.of());
    }
  }
}
