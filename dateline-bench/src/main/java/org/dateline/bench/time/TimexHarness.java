package org.dateline.bench.time;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Scores time taggers on TempEval-3 (TimeBank + AQUAINT) and EventStoryLine, TempEval-3 style, on
 * all documents, the tuning part and the fixed held-out part ({@link HeldOut}), and times them on
 * the same documents, interleaved so that every system runs under the same machine load ({@link
 * InterleavedRun}). On EventStoryLine only the annotated sentences are scored ({@link
 * CatXmlReader}); the unscoped line shows all.
 *
 * <p>Usage: {@code TimexHarness [--bench DIR] [--no-sutime] [--limit N] [--dump FILE]}. {@code
 * --dump} writes our misses and false alarms on the tuning documents only.
 */
public final class TimexHarness {
  /** Documents each system tags before timing starts, so all are measured after JIT warm-up. */
  private static final int WARM_UP = 50;

  public static void main(String[] args) throws IOException {
    Path bench = Path.of("../shared/bench");
    boolean sutime = true;
    int limit = Integer.MAX_VALUE;
    @Nullable Path dump = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--bench" -> bench = Path.of(args[++i]);
        case "--no-sutime" -> sutime = false;
        case "--limit" -> limit = Integer.parseInt(args[++i]);
        case "--dump" -> dump = Path.of(args[++i]);
        default -> {
          System.err.println(
              "usage: TimexHarness [--bench DIR] [--no-sutime] [--limit N] [--dump FILE]");
          System.exit(2);
        }
      }
    }
    List<List<GoldDocument>> corpora =
        List.of(
            tempEval(bench.resolve("time/tempeval3-train"), limit),
            eventStoryLine(bench.resolve("time/eventstoryline/annotated_data"), limit));
    List<TimexSystem> systems = new ArrayList<>();
    systems.add(new DatelineSystem());
    if (sutime) {
      try {
        systems.add(new SutimeSystem());
      } catch (RuntimeException | LinkageError e) {
        System.out.println("SUTime unavailable: " + e);
      }
    }
    List<GoldDocument> all = corpora.stream().flatMap(List::stream).toList();
    InterleavedRun run = InterleavedRun.of(systems, all, WARM_UP);
    for (TimexSystem system : systems) {
      report(system, corpora, run, dump);
    }
    if (systems.size() > 1) {
      double ours = run.docsPerSecond(systems.get(0).name(), all.size());
      double peer = run.docsPerSecond(systems.get(1).name(), all.size());
      System.out.printf(
          "throughput ratio %s/%s: %.1fx%n",
          systems.get(0).name(), systems.get(1).name(), ours / peer);
    }
  }

  static List<GoldDocument> tempEval(Path dir, int limit) throws IOException {
    TimeMlReader reader = new TimeMlReader();
    List<GoldDocument> docs = new ArrayList<>();
    for (Path p : files(dir, ".tml", limit)) {
      docs.add(reader.read(p));
    }
    return docs;
  }

  static List<GoldDocument> eventStoryLine(Path dir, int limit) throws IOException {
    CatXmlReader reader = new CatXmlReader();
    List<GoldDocument> docs = new ArrayList<>();
    for (Path p : files(dir, ".xml", limit)) {
      GoldDocument d = reader.read(p);
      if (d != null) {
        docs.add(d);
      }
    }
    return docs;
  }

  private static List<Path> files(Path dir, String suffix, int limit) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().limit(limit).toList();
    }
  }

  /** Scores one system on each corpus from what the run found, and prints its speed. */
  static void report(
      TimexSystem system, List<List<GoldDocument>> corpora, InterleavedRun run, @Nullable Path dump)
      throws IOException {
    List<List<Mention>> found = run.found(system.name());
    int index = 0;
    try (PrintWriter out =
        dump == null || !system.name().equals("dateline")
            ? null
            : new PrintWriter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8))) {
      for (List<GoldDocument> corpus : corpora) {
        Score tune = new Score();
        Score held = new Score();
        Score wholeText = new Score();
        for (GoldDocument d : corpus) {
          List<Mention> mentions = d.asTokens(found.get(index++));
          boolean h = HeldOut.contains(d.id());
          (h ? held : tune).add(d.gold(), d.inScope(mentions));
          wholeText.add(d.gold(), mentions);
          if (out != null && !h) {
            Diff.write(out, d, d.inScope(mentions));
          }
        }
        if (!corpus.isEmpty()) {
          print(system, corpus, tune, held, wholeText);
        }
      }
    }
    System.out.printf(
        "%-9s speed: %d docs, %.1f docs/s, %.0f kchars/s%n",
        system.name(),
        index,
        run.docsPerSecond(system.name(), index),
        run.kcharsPerSecond(system.name()));
  }

  private static void print(
      TimexSystem system, List<GoldDocument> corpus, Score tune, Score held, Score whole) {
    Score total = new Score();
    total.add(tune);
    total.add(held);
    String name = corpus.get(0).corpus();
    long heldDocs = corpus.stream().filter(d -> HeldOut.contains(d.id())).count();
    System.out.printf(
        "%-9s %-15s documents: %d (tune %d, held-out %d)%n",
        system.name(), name, corpus.size(), corpus.size() - heldDocs, heldDocs);
    System.out.printf("%-9s %-15s all      %s%n", system.name(), name, total);
    System.out.printf("%-9s %-15s tune     %s%n", system.name(), name, tune);
    System.out.printf("%-9s %-15s held-out %s%n", system.name(), name, held);
    if (!corpus.get(0).scope().isEmpty()) {
      System.out.printf(
          "%-9s %-15s unscoped %s (all, counting expressions in unannotated sentences)%n",
          system.name(), name, whole);
    }
  }
}
