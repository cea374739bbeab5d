package org.dateline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dateline.model.Article;
import org.jspecify.annotations.Nullable;

/**
 * Incremental event clustering. Each added article joins the active event it is most similar to on
 * average (average link) when that similarity reaches the threshold, or opens a new event; the
 * event it joined then absorbs any neighbour event it now links to. {@link #settle()} re-checks
 * every active article and event, so the result stops depending on arrival order.
 *
 * <p>Memory is bounded: once more than a twenty-fifth of {@code maxActiveArticles} articles are
 * active, events with no article within the active window of the newest date are retired (frozen,
 * no longer compared); whatever the dates, the oldest events are retired once more than {@code
 * maxActiveArticles} articles are active. Retired events are kept until {@link #takeRetired()}
 * hands them over. Not thread-safe.
 */
public final class EventClusterer {

  private static final int MAX_CANDIDATES = 200;
  private static final int STEADY_WINDOW = 1_000;

  private final EventSettings settings;
  private final ArticleDates dates;
  private final FeatureExtractor extractor;
  private final Similarity similarity;
  private final DocumentFrequencies df = new DocumentFrequencies();
  private final CandidateIndex index;
  // Candidate articles by article, kept while a settle runs; null otherwise.
  private @Nullable Map<String, List<String>> settling;
  private final Map<String, EventFeatures> active = new LinkedHashMap<>();
  private final Map<String, Integer> eventOf = new HashMap<>();
  private final TreeMap<Integer, List<String>> members = new TreeMap<>();
  private final List<Event> retired = new ArrayList<>();
  // Retired events not yet taken, and their articles: they grow until takeRetired() is called.
  private final Map<String, String> retiredEventOf = new HashMap<>();
  // Links cache vectors, which depend on document frequencies. Recomputing them on every add
  // would cost a pass over the active window per article, so they are refreshed when the window
  // has changed by a fifth; settle() and events() always start fresh.
  private final EventLinks links;
  private final EventMerger merger;
  private int nextEvent = 1;
  private int addsSinceRefresh;
  private int addsSinceSettle;
  private @Nullable LocalDate newest;
  // The newest date when events were last checked for retirement.
  private @Nullable LocalDate scannedAt;

  public EventClusterer(EventSettings settings, ArticleDates dates) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.dates = Objects.requireNonNull(dates, "dates");
    this.extractor = FeatureExtractor.english();
    this.similarity = new Similarity(settings);
    this.index = new CandidateIndex(settings.maxPostings(), MAX_CANDIDATES);
    this.links = new EventLinks(similarity, df, members, this::features);
    this.merger = new EventMerger(this);
  }

  /** Adds an article; see {@link #add(EventFeatures)}. */
  public Assignment add(Article article) {
    Objects.requireNonNull(article, "article");
    return add(extractor.extract(article, dates.dateOf(article), dates.yearOf(article)));
  }

  /** Adds an article's features, returning the event it joined or opened. Re-adding is a no-op. */
  public Assignment add(EventFeatures f) {
    Objects.requireNonNull(f, "f");
    Integer known = eventOf.get(f.id());
    if (known != null) {
      return new Assignment(f.id(), eventId(known), false, List.of());
    }
    String retiredEvent = retiredEventOf.get(f.id());
    if (retiredEvent != null) {
      return new Assignment(f.id(), retiredEvent, false, List.of());
    }
    if (++addsSinceRefresh > Math.max(20, active.size() / 5)) {
      clearCaches();
    }
    df.add(f);
    active.put(f.id(), f);
    int best = -1;
    double bestSim = -1;
    Set<Integer> near = candidateEvents(f);
    for (int e : near) {
      double s = links.articleLink(f.id(), e);
      if (s > bestSim) {
        bestSim = s;
        best = e;
      }
    }
    boolean opened = best < 0 || bestSim < settings.threshold();
    int event = opened ? nextEvent++ : best;
    members.computeIfAbsent(event, k -> new ArrayList<>()).add(f.id());
    links.changed(event);
    eventOf.put(f.id(), event);
    index.add(f);
    List<String> absorbed = new ArrayList<>();
    event = merger.mergeAround(event, near, absorbed);
    retireOutsideWindow(f.date());
    int n = active.size();
    if (++addsSinceSettle >= settleInterval(n)) {
      // Early decisions rest on thin document frequencies: revisit them each time the window
      // has grown by a fifth, before later articles pile onto them (settling only at doublings
      // let one of five ECB+ orders fall to 0.979 agreement with batch), and once the window is
      // full, each time as many articles have come as it holds.
      settle();
      addsSinceSettle = 0;
      Integer now = eventOf.get(f.id());
      event = now == null ? event : now;
    }
    return new Assignment(f.id(), eventId(event), opened, absorbed);
  }

  /** Re-checks all active articles and events (splits, moves, merges) until nothing changes. */
  public void settle() {
    clearCaches();
    // No article arrives while settling, so the index and the frequencies hold still: each
    // article's candidates are found once per settle, not once per check and round.
    settling = new HashMap<>();
    try {
      merger.settle();
    } finally {
      settling = null;
    }
  }

  /** All events, retired and active, in order of their ids. */
  public List<Event> events() {
    clearCaches();
    List<Event> out = new ArrayList<>(retired);
    for (Map.Entry<Integer, List<String>> e : members.entrySet()) {
      out.add(build(e.getKey()));
    }
    out.sort((a, b) -> Integer.compare(number(a.id()), number(b.id())));
    return out;
  }

  /**
   * Hands over the events retired since the last call, in the order they were retired, and forgets
   * them: they no longer appear in {@link #events()}, and their articles, if added again, count as
   * new. A retired event is final: it takes no more articles and is never merged or split. A caller
   * that takes them keeps the clusterer's memory bounded by its window.
   */
  public List<Event> takeRetired() {
    List<Event> out = List.copyOf(retired);
    retired.clear();
    for (Event e : out) {
      e.documents().forEach(retiredEventOf::remove);
    }
    return out;
  }

  /** How many articles are active (compared with new ones); bounded by the window. */
  public int activeArticles() {
    return active.size();
  }

  // ---- state access for EventMerger -------------------------------------------------------

  EventSettings settings() {
    return settings;
  }

  TreeMap<Integer, List<String>> members() {
    return members;
  }

  int eventOfArticle(String id) {
    Integer e = eventOf.get(id);
    if (e == null) {
      throw new IllegalStateException("not active: " + id);
    }
    return e;
  }

  EventFeatures features(String id) {
    EventFeatures f = active.get(id);
    if (f == null) {
      throw new IllegalStateException("not active: " + id);
    }
    return f;
  }

  List<String> activeIds() {
    return new ArrayList<>(active.keySet());
  }

  int openEvent() {
    return nextEvent++;
  }

  void move(String id, int from, int to) {
    links.changed(from);
    links.changed(to);
    List<String> src = members.get(from);
    if (src != null) {
      src.remove(id);
      if (src.isEmpty()) {
        members.remove(from);
      }
    }
    members.computeIfAbsent(to, k -> new ArrayList<>()).add(id);
    eventOf.put(id, to);
  }

  /** Events of the active articles that share rare features with {@code f}, in id order. */
  Set<Integer> candidateEvents(EventFeatures f) {
    Set<Integer> near = new TreeSet<>();
    List<String> articles =
        settling == null
            ? index.candidates(f, df)
            : settling.computeIfAbsent(f.id(), id -> index.candidates(f, df));
    for (String c : articles) {
      Integer e = eventOf.get(c);
      if (e != null) {
        near.add(e);
      }
    }
    return near;
  }

  private void clearCaches() {
    addsSinceRefresh = 0;
    links.clear();
  }

  EventLinks links() {
    return links;
  }

  private void retireOutsideWindow(@Nullable LocalDate date) {
    if (date != null && (newest == null || date.isAfter(newest))) {
      newest = date;
    }
    // Retiring by date only under some pressure keeps a small run, whose files arrive in any
    // order, from retiring an event before its late-filed articles come.
    LocalDate now = newest;
    if (now != null
        && active.size() > retireByDateAbove()
        && (scannedAt == null || now.isAfter(scannedAt))) {
      scannedAt = now;
      LocalDate horizon = now.minusDays(settings.activeWindowDays());
      for (int e : new ArrayList<>(members.keySet())) {
        Event built = build(e);
        if (built.end() != null && built.end().isBefore(horizon)) {
          retire(e, built);
        }
      }
    }
    while (active.size() > settings.maxActiveArticles()) {
      int e = eventOfArticle(active.keySet().iterator().next());
      retire(e, build(e));
    }
  }

  /**
   * How many additions pass between two settles: a fifth of the window while it fills, when
   * decisions rest on thin document frequencies, and the whole window once it holds {@link
   * #STEADY_WINDOW} articles, whose frequencies a few hundred more articles barely move.
   */
  private static int settleInterval(int active) {
    return active < STEADY_WINDOW ? Math.max(16, active / 5) : active;
  }

  /** How many active articles the clusterer keeps before it retires events by date. */
  private int retireByDateAbove() {
    return Math.max(1, settings.maxActiveArticles() / 25);
  }

  private void retire(int e, Event built) {
    List<String> ids = members.remove(e);
    if (ids == null) {
      return;
    }
    for (String id : ids) {
      EventFeatures f = features(id);
      df.remove(f);
      index.remove(f);
      active.remove(id);
      eventOf.remove(id);
      links.forget(id);
      retiredEventOf.put(id, built.id());
    }
    links.changed(e);
    retired.add(built);
  }

  private Event build(int e) {
    List<EventFeatures> fs = new ArrayList<>();
    for (String id : members.getOrDefault(e, List.of())) {
      fs.add(features(id));
    }
    return EventBuilder.build(eventId(e), fs, links::vector);
  }

  private static String eventId(int e) {
    return "e" + e;
  }

  private static int number(String id) {
    return Integer.parseInt(id.substring(1));
  }
}
