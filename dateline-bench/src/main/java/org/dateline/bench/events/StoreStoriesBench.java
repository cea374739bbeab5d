package org.dateline.bench.events;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.corpus.CorpusAnalysis;
import org.dateline.corpus.CorpusResult;
import org.dateline.model.Article;
import org.dateline.store.DocumentStore;
import org.dateline.store.PageOutcome;
import org.dateline.store.sqlite.SqliteDatabase;

/**
 * The heap of the cross-document step as {@code analyze} runs it, over a SQLite store of N grown
 * ECB+ articles: {@code stream} lets the store drive the stage and write what it finds as it comes
 * (ADR 0012); {@code collect} gathers the whole result first and then writes it, as before. Prints
 * the live heap after each tenth of the articles and after the stories are written. Usage: {@code
 * StoreStoriesBench ECB_ROOT N stream|collect}.
 */
public final class StoreStoriesBench {
  private static final int TENTHS = 10;

  private StoreStoriesBench() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3 || !List.of("stream", "collect").contains(args[2])) {
      System.err.println("usage: StoreStoriesBench ECB_ROOT N stream|collect");
      System.exit(2);
    }
    int size = Integer.parseInt(args[1].replace("_", ""));
    GrownCorpus grown =
        new GrownCorpus(EcbCorpus.read(Path.of(args[0]), EcbHarness.SEED), size, 11);
    Path dir = Files.createTempDirectory("dateline-stories");
    try (DocumentStore store = SqliteDatabase.store(dir.resolve("bench.db"))) {
      long run = store.startRun(List.of(args[0]));
      int i = 0;
      for (GrownCorpus.Grown g : grown) {
        store.commit(run, ++i, new PageOutcome.Stored("grown-" + i, g.article()));
      }
      store.finishRun(run);
      System.out.printf("%s, %,d articles stored; live heap %d MB%n", args[2], size, live());
      Tenths tenths = new Tenths(size);
      long started = System.nanoTime();
      if (args[2].equals("stream")) {
        store.replaceStories(
            sink -> {
              DocumentStore.StoryStage stage = DocumentStore.StoryStage.defaults(sink);
              return new DocumentStore.StoryStage() {
                @Override
                public void add(Article article) {
                  stage.add(article);
                  tenths.count();
                }

                @Override
                public void end() {
                  stage.end();
                  tenths.ended();
                }
              };
            });
      } else {
        CorpusAnalysis analysis = CorpusAnalysis.withDefaults();
        store.forEachArticleByDate(
            a -> {
              analysis.add(a);
              tenths.count();
            });
        CorpusResult result = analysis.finish();
        tenths.ended();
        store.replaceStories(result);
      }
      System.out.printf(
          "stories written in %.0f s; live heap %d MB, at most %d MB while adding and ending%n",
          (System.nanoTime() - started) / 1e9, live(), tenths.max);
    }
  }

  /** Prints the live heap after each tenth of the articles. */
  private static final class Tenths {
    private final int step;
    private int added;
    private long max;

    Tenths(int size) {
      this.step = Math.max(1, size / TENTHS);
    }

    /** The stage has ended: what is still live is what it hands over. */
    void ended() {
      long now = live();
      max = Math.max(max, now);
      System.out.printf("  stage ended: live heap %d MB%n", now);
    }

    void count() {
      if (++added % step == 0) {
        long now = live();
        max = Math.max(max, now);
        System.out.printf("  %,d added: live heap %d MB%n", added, now);
        System.out.flush();
      }
    }
  }

  /** The heap still in use after a full collection, in MB. */
  private static long live() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
  }
}
