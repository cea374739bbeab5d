package org.dateline.bench.quotes;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.bench.extraction.WcxbPage;
import org.dateline.clean.PageCleaner;
import org.dateline.corpus.CorpusAnalysis;
import org.dateline.decode.PageDecoder;
import org.dateline.extract.Extractor;
import org.dateline.extract.NameFinder;
import org.dateline.model.Article;
import org.dateline.model.ContentKind;
import org.dateline.model.DecodedPage;
import org.dateline.model.PageMetadata;
import org.dateline.model.Provenance;
import org.dateline.model.RawPage;
import org.dateline.model.StageResult;
import org.dateline.nlp.CoreNlpNames;
import org.dateline.pipeline.Pipeline;
import org.dateline.time.PageDateInference;

/**
 * The whole {@code analyze} pipeline, single-threaded, on the WCXB pages whose gold main text holds
 * 500 to 900 words: raw HTML through decoding, cleaning, page dating, names, the extract rules and
 * time expressions, and the cross-document stage (copies, events, storylines). It reports documents
 * per second for the pipeline as {@code analyze} runs it, then what each stage costs when timed on
 * its own. Two untimed rounds of each first.
 *
 * <p>Run: {@code java -XX:-DontCompileHugeMethods -cp
 * "dateline-bench/target/classes:dateline-bench/target/lib/*" org.dateline.bench.quotes.AnalyzeCost
 * [WCXB_DIR [--tokens MIN-MAX]]}. With {@code --tokens}, the pages are those whose cleaned text
 * holds MIN to MAX CoreNLP tokens, instead of those with 500 to 900 gold words.
 */
public final class AnalyzeCost {
  private static final int MIN_WORDS = 500;
  private static final int MAX_WORDS = 900;
  private static final int WARM_UP = 3;
  private static final int ROUNDS = 3;

  private AnalyzeCost() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/bench/extraction/wcxb-dev");
    int[] tokenRange = args.length > 2 && args[1].equals("--tokens") ? range(args[2]) : null;
    List<RawPage> pages = new ArrayList<>();
    for (WcxbPage p : WcxbPage.load(dir, Integer.MAX_VALUE)) {
      RawPage raw =
          new RawPage(
              p.id(),
              Provenance.of(p.id() + ".html"),
              ContentKind.HTML,
              p.html().getBytes(StandardCharsets.UTF_8),
              "UTF-8",
              PageMetadata.empty());
      if (tokenRange == null ? goldWordsInRange(p) : tokensInRange(raw, tokenRange)) {
        pages.add(raw);
      }
    }
    CoreNlpNames names = new CoreNlpNames();
    Pipeline whole = Pipeline.analysis(names);
    for (int round = 0; round < WARM_UP; round++) {
      whole(whole, pages);
      new Stages(names).run(pages);
    }
    long nanos = 0;
    Stages stages = new Stages(names);
    List<Article> articles = List.of();
    for (int round = 0; round < ROUNDS; round++) {
      nanos += whole(whole, pages);
      articles = stages.run(pages);
    }
    long words = 0;
    long tokens = 0;
    int dated = 0;
    for (Article a : articles) {
      words += a.text().isBlank() ? 0 : a.text().strip().split("\\s+").length;
      tokens += tokens(a.text());
      dated += a.published().value() == null ? 0 : 1;
    }
    System.out.printf(
        Locale.ROOT,
        "%d pages (%d cleaned; clean text of %.0f words and %.0f CoreNLP tokens on average; %d"
            + " dated)%n",
        pages.size(),
        articles.size(),
        (double) words / Math.max(1, articles.size()),
        (double) tokens / Math.max(1, articles.size()),
        dated);
    System.out.printf(
        Locale.ROOT,
        "whole analyze pipeline: %.1f ms/page, %.1f pages/s on one core%n",
        nanos / 1e6 / pages.size() / ROUNDS,
        pages.size() * ROUNDS / (nanos / 1e9));
    stages.print(pages.size() * ROUNDS);
  }

  /** The default selection: pages whose gold main text holds 500 to 900 words. */
  private static boolean goldWordsInRange(WcxbPage p) {
    int words = p.gold().isBlank() ? 0 : p.gold().strip().split("\\s+").length;
    return words >= MIN_WORDS && words <= MAX_WORDS;
  }

  /** With {@code --tokens MIN-MAX}: pages whose cleaned text holds that many CoreNLP tokens. */
  private static boolean tokensInRange(RawPage raw, int[] range) {
    if (new PageDecoder().decode(raw) instanceof StageResult.Ok<DecodedPage> d
        && PageCleaner.defaults().clean(d.value()) instanceof StageResult.Ok<Article> a) {
      int n = tokens(a.value().text());
      return n >= range[0] && n <= range[1];
    }
    return false;
  }

  private static int[] range(String arg) {
    String[] parts = arg.split("-");
    return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
  }

  /** Tokens as CoreNLP's English tokenizer counts them. */
  private static int tokens(String text) {
    PTBTokenizer<CoreLabel> t =
        new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), "");
    int n = 0;
    while (t.hasNext()) {
      t.next();
      n++;
    }
    return n;
  }

  /** The per-page pipeline as {@code analyze} runs it, then the cross-document stage. */
  private static long whole(Pipeline pipeline, List<RawPage> pages) {
    long t0 = System.nanoTime();
    CorpusAnalysis corpus = CorpusAnalysis.withDefaults();
    for (RawPage p : pages) {
      if (pipeline.process(p) instanceof StageResult.Ok<Article> ok) {
        corpus.add(ok.value());
      }
    }
    corpus.finish();
    return System.nanoTime() - t0;
  }

  /** Each stage timed on its own, in the order the pipeline runs them; times add up over runs. */
  private static final class Stages {
    private static final String[] NAMES = {
      "decode + clean",
      "page date (pages with no date)",
      "names (CoreNLP CRF)",
      "extract rules + times",
      "copies, events, storylines"
    };
    private final long[] nanos = new long[NAMES.length];
    private final CoreNlpNames names;
    private final Map<String, NameFinder.Layers> found = new IdentityHashMap<>();
    private final Extractor rules = new Extractor(found::get);
    private final PageDateInference dates = new PageDateInference();
    private final PageDecoder decoder = new PageDecoder();
    private final PageCleaner cleaner = PageCleaner.defaults();

    Stages(CoreNlpNames names) {
      this.names = names;
    }

    List<Article> run(List<RawPage> pages) {
      CorpusAnalysis corpus = CorpusAnalysis.withDefaults();
      List<Article> out = new ArrayList<>();
      for (RawPage p : pages) {
        long t0 = System.nanoTime();
        StageResult<DecodedPage> decoded = decoder.decode(p);
        StageResult<Article> cleaned =
            decoded instanceof StageResult.Ok<DecodedPage> d ? cleaner.clean(d.value()) : null;
        long t1 = System.nanoTime();
        nanos[0] += t1 - t0;
        if (!(cleaned instanceof StageResult.Ok<Article> ok)) {
          continue;
        }
        Article a = ok.value();
        if (a.published().value() == null) {
          a = a.withPublished(dates.infer(a.text(), a.title()));
        }
        String text = a.text();
        long t2 = System.nanoTime();
        found.clear();
        found.put(text, names.find(text));
        long t3 = System.nanoTime();
        a = a.withExtracts(rules.read(text, a.published()));
        long t4 = System.nanoTime();
        corpus.add(a);
        long t5 = System.nanoTime();
        nanos[1] += t2 - t1;
        nanos[2] += t3 - t2;
        nanos[3] += t4 - t3;
        nanos[4] += t5 - t4;
        out.add(a);
      }
      long t6 = System.nanoTime();
      corpus.finish();
      nanos[4] += System.nanoTime() - t6;
      return out;
    }

    void print(int pages) {
      long total = 0;
      for (int i = 0; i < NAMES.length; i++) {
        total += nanos[i];
        System.out.printf(Locale.ROOT, "  %-32s %7.1f ms/page%n", NAMES[i], nanos[i] / 1e6 / pages);
      }
      System.out.printf(
          Locale.ROOT,
          "  %-32s %7.1f ms/page, %.1f pages/s%n",
          "sum of stages",
          total / 1e6 / pages,
          pages / (total / 1e9));
    }
  }
}
