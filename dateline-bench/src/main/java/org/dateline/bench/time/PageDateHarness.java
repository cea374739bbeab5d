package org.dateline.bench.time;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dateline.time.CalendarEvidence;
import org.dateline.time.EventCalendar;
import org.dateline.time.PageDateInference;
import org.dateline.time.PageDateInference.Inference;
import org.dateline.time.PageDateInference.Precision;
import org.dateline.time.TemporalTagger;
import org.jspecify.annotations.Nullable;

/**
 * Scores {@link PageDateInference} on EventStoryLine: every document's creation date is hidden and
 * inferred from its text alone, then compared with it. Prints, for all documents, the tuning part
 * and the held-out part ({@link HeldOut}): claims by precision, how often the year, month and day
 * are right (over all documents), and how often a claim is wrong at the precision it claims.
 *
 * <p>Two settings: {@code as printed} gives the text as the corpus has it, which in most documents
 * prints the page's date line under the headline; {@code date line removed} also deletes the tokens
 * the creation-date markable anchors, so the date must come from the rest of the text.
 *
 * <p>Usage: {@code PageDateHarness [--bench DIR] [--dump FILE]}. {@code --dump} writes each tuning
 * document's claim beside its creation date; held-out documents are never written.
 */
public final class PageDateHarness {
  private PageDateHarness() {}

  public static void main(String[] args) throws IOException {
    Path bench = Path.of("../shared/bench");
    @Nullable Path dump = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--bench" -> bench = Path.of(args[++i]);
        case "--dump" -> dump = Path.of(args[++i]);
        default -> {
          System.err.println("usage: PageDateHarness [--bench DIR] [--dump FILE]");
          System.exit(2);
        }
      }
    }
    Path dir = bench.resolve("time/eventstoryline/annotated_data");
    List<CatXmlReader.CatDocument> docs = read(dir);
    System.out.printf(
        "EventStoryLine: %d documents with a creation date in YYYY-MM-DD form (of %d files)%n",
        docs.size(), files(dir).size());
    PageDateInference inference = new PageDateInference();
    try (PrintWriter out =
        dump == null
            ? null
            : new PrintWriter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8))) {
      for (boolean strip : new boolean[] {false, true}) {
        String setting = strip ? "date line removed" : "as printed";
        Tally all = new Tally();
        Tally tune = new Tally();
        Tally held = new Tally();
        Map<String, Tally> rules = new TreeMap<>();
        long started = System.nanoTime();
        for (CatXmlReader.CatDocument cd : docs) {
          GoldDocument d = cd.document();
          String text = strip ? strip(d.text(), cd.creationSpans()) : d.text();
          Inference got = inference.explain(text, null);
          boolean h = HeldOut.contains(d.id());
          all.add(got, d.creation());
          (h ? held : tune).add(got, d.creation());
          if (!h) {
            rules.computeIfAbsent(got.rule(), r -> new Tally()).add(got, d.creation());
            if (out != null) {
              out.printf(
                  "%s\t%s\t%s\tgold %s\tclaim %s (%s)\t%s%n",
                  setting,
                  verdict(got, d.creation()),
                  d.id(),
                  d.creation(),
                  got.published().value(),
                  got.rule(),
                  got.evidence());
            }
          }
        }
        double ms = (System.nanoTime() - started) / 1e6;
        System.out.printf("%n== %s (%.0f ms for %d documents)%n", setting, ms, docs.size());
        System.out.println(Tally.HEADER);
        System.out.println(all.row("all"));
        System.out.println(tune.row("tune"));
        System.out.println(held.row("held-out"));
        System.out.println("tune, by rule:");
        for (Map.Entry<String, Tally> r : rules.entrySet()) {
          System.out.println(r.getValue().row("  " + r.getKey()));
        }
      }
    }
    eventCalendar(docs);
  }

  /**
   * {@link EventCalendar} with the date lines removed: each document alone, and the documents of
   * one gold event together (topic folder plus ecb or ecbplus). A claimed year is right when it is
   * the earliest creation year of the group; a claimed day when it lies within a week before the
   * earliest creation date (a report comes out on the day or after it).
   */
  private static void eventCalendar(List<CatXmlReader.CatDocument> docs) {
    TemporalTagger tagger = new TemporalTagger();
    Map<String, List<CalendarEvidence>> evidence = new TreeMap<>();
    Map<String, LocalDate> earliest = new TreeMap<>();
    int[] single = new int[4];
    for (CatXmlReader.CatDocument cd : docs) {
      GoldDocument d = cd.document();
      if (HeldOut.contains(d.id())) {
        continue;
      }
      CalendarEvidence e = CalendarEvidence.of(tagger, strip(d.text(), cd.creationSpans()));
      score(EventCalendar.date(List.of(e)), d.creation(), single);
      String group = d.id().replaceAll("_\\d+(ecb(?:plus)?).*$", "/$1");
      evidence.computeIfAbsent(group, k -> new ArrayList<>()).add(e);
      earliest.merge(group, d.creation(), (x, y) -> x.isBefore(y) ? x : y);
    }
    int[] grouped = new int[4];
    for (Map.Entry<String, List<CalendarEvidence>> g : evidence.entrySet()) {
      score(EventCalendar.date(g.getValue()), earliest.get(g.getKey()), grouped);
    }
    System.out.printf(
        "%nEventCalendar, date lines removed, tuning documents (claims / year right / day claims /"
            + " day within the week before):%n  one document alone: %d / %d / %d / %d%n"
            + "  one gold event's documents together (%d events): %d / %d / %d / %d%n",
        single[0],
        single[1],
        single[2],
        single[3],
        evidence.size(),
        grouped[0],
        grouped[1],
        grouped[2],
        grouped[3]);
  }

  private static void score(
      java.util.Optional<EventCalendar.Dating> got, LocalDate gold, int[] tally) {
    if (got.isEmpty()) {
      return;
    }
    String v = got.get().start();
    tally[0]++;
    tally[1] += v.startsWith(Integer.toString(gold.getYear())) ? 1 : 0;
    if (v.length() >= 10) {
      tally[2]++;
      long before = gold.toEpochDay() - LocalDate.parse(v).toEpochDay();
      tally[3] += before >= 0 && before <= 7 ? 1 : 0;
    }
  }

  private static String verdict(Inference got, LocalDate gold) {
    return switch (got.precision()) {
      case NONE -> "none";
      default -> Tally.right(got, gold) ? "right" : "WRONG";
    };
  }

  /** Deletes the spans where the creation date is printed. */
  static String strip(String text, List<Mention> spans) {
    StringBuilder b = new StringBuilder(text);
    List<Mention> sorted = new ArrayList<>(spans);
    sorted.sort((x, y) -> Integer.compare(y.begin(), x.begin()));
    int limit = b.length();
    for (Mention m : sorted) {
      if (m.end() <= limit && m.begin() >= 0) {
        b.delete(m.begin(), m.end());
        limit = m.begin();
      }
    }
    return b.toString();
  }

  private static List<CatXmlReader.CatDocument> read(Path dir) throws IOException {
    CatXmlReader reader = new CatXmlReader();
    List<CatXmlReader.CatDocument> docs = new ArrayList<>();
    for (Path p : files(dir)) {
      CatXmlReader.CatDocument d = reader.readWithCreationSpans(p);
      if (d != null) {
        docs.add(d);
      }
    }
    return docs;
  }

  private static List<Path> files(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
  }

  /** Counts for one group of documents. */
  static final class Tally {
    static final String HEADER =
        String.format(
            Locale.ROOT,
            "%-22s %5s | %4s %5s %4s %4s | %7s %7s %7s | %-13s %-13s %-13s | %s",
            "split",
            "docs",
            "day",
            "month",
            "year",
            "none",
            "year ok",
            "month ok",
            "day ok",
            "day wrong",
            "month wrong",
            "year wrong",
            "day claims one day off");

    private int docs;
    private final Map<Precision, Integer> claims = new EnumMap<>(Precision.class);
    private final Map<Precision, Integer> wrong = new EnumMap<>(Precision.class);
    private int yearRight;
    private int monthRight;
    private int dayRight;
    private int dayOneOff;

    void add(Inference got, LocalDate gold) {
      docs++;
      claims.merge(got.precision(), 1, Integer::sum);
      @Nullable String v = got.published().value();
      if (v == null || got.precision() == Precision.NONE) {
        return;
      }
      String g = gold.toString();
      boolean year = v.length() >= 4 && v.regionMatches(0, g, 0, 4);
      boolean month = v.length() >= 7 && v.regionMatches(0, g, 0, 7);
      boolean day = v.length() >= 10 && v.regionMatches(0, g, 0, 10);
      yearRight += year ? 1 : 0;
      monthRight += month ? 1 : 0;
      dayRight += day ? 1 : 0;
      if (!right(got, gold)) {
        wrong.merge(got.precision(), 1, Integer::sum);
        if (got.precision() == Precision.DAY) {
          LocalDate claimed = LocalDate.parse(v.substring(0, 10));
          dayOneOff += Math.abs(claimed.toEpochDay() - gold.toEpochDay()) == 1 ? 1 : 0;
        }
      }
    }

    /** Whether a claim is right at the precision it claims. */
    static boolean right(Inference got, LocalDate gold) {
      @Nullable String v = got.published().value();
      return v != null && gold.toString().startsWith(v);
    }

    String row(String name) {
      return String.format(
          Locale.ROOT,
          "%-22s %5d | %4d %5d %4d %4d | %6.1f%% %7.1f%% %6.1f%% | %-13s %-13s %-13s | %d",
          name,
          docs,
          claims.getOrDefault(Precision.DAY, 0),
          claims.getOrDefault(Precision.MONTH, 0),
          claims.getOrDefault(Precision.YEAR, 0),
          claims.getOrDefault(Precision.NONE, 0),
          pct(yearRight, docs),
          pct(monthRight, docs),
          pct(dayRight, docs),
          rate(Precision.DAY),
          rate(Precision.MONTH),
          rate(Precision.YEAR),
          dayOneOff);
    }

    private String rate(Precision p) {
      int n = claims.getOrDefault(p, 0);
      int w = wrong.getOrDefault(p, 0);
      return n == 0
          ? "-"
          : String.format(Locale.ROOT, "%d/%d %.1f%%", w, n, pct(w, n)).replace(" ", "=");
    }

    private static double pct(int a, int b) {
      return b == 0 ? 0 : 100.0 * a / b;
    }
  }
}
