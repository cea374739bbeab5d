package org.dateline.bench.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;
import org.dateline.clean.HtmlExtractor;

/**
 * Scores Dateline's HTML extractor against WCXB's gold main content, with Readability4J run on the
 * same pages in the same process, and times both. Usage: {@code ExtractionHarness [WCXB_DIR]
 * [--limit N] [--worst N] [--quick]}. Prints a Markdown table: all pages, the tuning part and the
 * held-out part (sites never looked at while tuning).
 */
public final class ExtractionHarness {
  private ExtractionHarness() {}

  /** A system under test: page to extracted body text. */
  record Candidate(String name, Function<WcxbPage, String> extract) {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of("../shared/bench/extraction/wcxb-dev");
    int limit = Integer.MAX_VALUE;
    int worst = 0;
    boolean quick = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--limit" -> limit = Integer.parseInt(args[++i]);
        case "--worst" -> worst = Integer.parseInt(args[++i]);
        case "--quick" -> quick = true;
        default -> dir = Path.of(args[i]);
      }
    }
    List<WcxbPage> pages = WcxbPage.load(dir, limit);
    List<Candidate> systems = quick ? systems().subList(0, 1) : systems();
    System.out.printf(Locale.ROOT, "%d WCXB pages from %s%n%n", pages.size(), dir);
    System.out.println(
        "| system | set | pages | word P | word R | word F1 | shingle P | shingle R"
            + " | shingle F1 |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (Candidate system : systems) {
      Result r = score(system, pages);
      System.out.println(r.all.row(system.name(), "all"));
      System.out.println(r.tune.row(system.name(), "tune"));
      System.out.println(r.heldOut.row(system.name(), "held-out"));
      if (worst > 0 && system.name().equals("dateline")) {
        r.worst.sort((a, b) -> Double.compare(a.f1, b.f1));
        r.worst.stream()
            .filter(w -> !w.heldOut)
            .limit(worst)
            .forEach(
                w ->
                    System.err.printf(
                        Locale.ROOT,
                        "worst %s F1 %.3f P %.3f R %.3f %s%n",
                        w.id,
                        w.f1,
                        w.p,
                        w.r,
                        w.url));
      }
    }
    if (!quick) {
      Speed.report(systems, pages);
    }
  }

  static List<Candidate> systems() {
    HtmlExtractor dateline = new HtmlExtractor();
    return List.of(
        new Candidate("dateline", p -> dateline.extract(p.html(), p.url()).text()),
        new Candidate(
            "Readability4J",
            p -> {
              String text = new Readability4J(p.url(), p.html()).parse().getTextContent();
              return text == null ? "" : text;
            }));
  }

  /** Scores one system over the pages. */
  static Result score(Candidate system, List<WcxbPage> pages) {
    Result r = new Result();
    for (WcxbPage page : pages) {
      String predicted;
      try {
        predicted = system.extract().apply(page);
      } catch (RuntimeException e) {
        predicted = ""; // a peer that throws scores as an empty extraction
      }
      Scores.Words w = Scores.words(predicted, page.gold());
      Scores.Shingles s = Scores.shingles(predicted, page.gold());
      r.all.add(w, s);
      (page.heldOut() ? r.heldOut : r.tune).add(w, s);
      r.worst.add(
          new PageScore(page.id(), page.url(), page.heldOut(), w.precision(), w.recall(), w.f1()));
    }
    return r;
  }

  /** Per-set tallies. */
  static final class Result {
    final Tally all = new Tally();
    final Tally tune = new Tally();
    final Tally heldOut = new Tally();
    final List<PageScore> worst = new ArrayList<>();
  }

  record PageScore(String id, String url, boolean heldOut, double p, double r, double f1) {}
}
