package org.dateline.bench.quotes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.dateline.bench.time.GoldDocument;
import org.dateline.bench.time.TimeMlReader;
import org.dateline.extract.Extractor;
import org.dateline.extract.NameFinder;
import org.dateline.nlp.CoreNlpNames;
import org.dateline.time.PageDateInference;
import org.dateline.time.TemporalTagger;

/**
 * What each per-document stage after cleaning costs, single-threaded, on the 256 TempEval-3 news
 * texts: CoreNLP names, the rest of the extract stage (given the names), the time tagger and page
 * date inference. Two rounds; the second is measured.
 *
 * <p>Run: {@code java -cp "dateline-bench/target/classes:dateline-bench/target/lib/*"
 * org.dateline.bench.quotes.StageCost}
 */
public final class StageCost {
  private StageCost() {}

  public static void main(String[] args) throws IOException {
    List<GoldDocument> docs = new ArrayList<>();
    TimeMlReader reader = new TimeMlReader();
    try (Stream<Path> files = Files.walk(Path.of("../shared/bench/time/tempeval3-train"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
        docs.add(reader.read(f));
      }
    }
    CoreNlpNames names = new CoreNlpNames();
    Map<String, NameFinder.Layers> found = new IdentityHashMap<>();
    Extractor rest = new Extractor(found::get);
    TemporalTagger tagger = new TemporalTagger();
    PageDateInference dates = new PageDateInference();
    long tokens = 0;
    long[] nanos = new long[4];
    for (int round = 0; round < 2; round++) {
      found.clear();
      long[] t = new long[4];
      for (GoldDocument d : docs) {
        String text = d.text();
        LocalDate ref = d.creation();
        long a = System.nanoTime();
        found.put(text, names.find(text));
        long b = System.nanoTime();
        rest.read(text, ref);
        long c = System.nanoTime();
        tagger.tag(text, ref);
        long e = System.nanoTime();
        dates.infer(text);
        long f = System.nanoTime();
        t[0] += b - a;
        t[1] += c - b;
        t[2] += e - c;
        t[3] += f - e;
        if (round == 1) {
          tokens += text.split("\\s+").length;
        }
      }
      nanos = t;
    }
    String[] stage = {"names (CoreNLP CRF)", "extract rules", "time tagger", "page date"};
    long total = 0;
    for (int i = 0; i < 4; i++) {
      total += nanos[i];
      System.out.printf(
          Locale.ROOT,
          "%-22s %8.1f ms/doc %9.1f docs/s%n",
          stage[i],
          nanos[i] / 1e6 / docs.size(),
          docs.size() / (nanos[i] / 1e9));
    }
    System.out.printf(
        Locale.ROOT,
        "all four: %.1f docs/s, %.0f tokens/s on %d documents of %.0f whitespace tokens on average%n",
        docs.size() / (total / 1e9),
        tokens / (total / 1e9),
        docs.size(),
        (double) tokens / docs.size());
  }
}
