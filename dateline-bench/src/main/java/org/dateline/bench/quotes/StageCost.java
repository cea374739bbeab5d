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
import org.dateline.model.Published;
import org.dateline.nlp.CoreNlpNames;
import org.dateline.time.PageDateInference;

/**
 * What each per-document stage after cleaning costs, single-threaded, on the 256 TempEval-3 news
 * texts: CoreNLP names, the rest of the extract stage given the names (entities, quotations,
 * figures and the document's time expressions), and page date inference, which runs only for pages
 * whose metadata gives no date. Two rounds; the second is measured.
 *
 * <p>Run: {@code java -XX:-DontCompileHugeMethods -cp
 * "dateline-bench/target/classes:dateline-bench/target/lib/*" org.dateline.bench.quotes.StageCost}
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
    PageDateInference dates = new PageDateInference();
    long tokens = 0;
    long[] nanos = new long[3];
    for (int round = 0; round < 2; round++) {
      found.clear();
      long[] t = new long[3];
      for (GoldDocument d : docs) {
        String text = d.text();
        LocalDate ref = d.creation();
        long a = System.nanoTime();
        found.put(text, names.find(text));
        long b = System.nanoTime();
        rest.read(text, Published.onDay(ref));
        long c = System.nanoTime();
        dates.infer(text);
        long e = System.nanoTime();
        t[0] += b - a;
        t[1] += c - b;
        t[2] += e - c;
        if (round == 1) {
          tokens += text.split("\\s+").length;
        }
      }
      nanos = t;
    }
    String[] stage = {"names (CoreNLP CRF)", "extract rules + times", "page date"};
    long total = 0;
    for (int i = 0; i < stage.length; i++) {
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
        "all three: %.1f docs/s, %.0f tokens/s on %d documents of %.0f whitespace tokens on average%n",
        docs.size() / (total / 1e9),
        tokens / (total / 1e9),
        docs.size(),
        (double) tokens / docs.size());
  }
}
