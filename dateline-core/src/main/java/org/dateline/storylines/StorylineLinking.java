package org.dateline.storylines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One run of storyline linking, fed events as they become final. Each new event is compared with
 * the kept events that share a principal actor with it (an inverted index, never all pairs),
 * weighed by how few of the events seen so far name each actor and word; when they are alike it
 * joins their storyline. Linking is transitive (a visit, the next visit, the one after).
 *
 * <p>Memory is bounded by a horizon: an event dated more than {@code horizonDays} before the
 * newest, or not among the {@code maxKept} latest to arrive, is no longer compared, so a story
 * continues only while its events come closer together than the horizon. What grows with the corpus
 * is the id and start of each event in a storyline (the output) and one int per event. Not
 * thread-safe.
 */
public final class StorylineLinking {
  // Summed similarities closer than this are a tie, which the earlier event wins.
  private static final double TIE = 1e-9;

  private final StorylineLinker.Settings settings;
  private final Map<String, Integer> actorDf = new HashMap<>();
  private final Map<String, Integer> topicDf = new HashMap<>();
  // Kept events in order of arrival, and the dated ones by date.
  private final LinkedHashMap<Integer, Kept> kept = new LinkedHashMap<>();
  private final TreeMap<LocalDate, List<Integer>> byDate = new TreeMap<>();
  private final Map<String, List<Integer>> index = new HashMap<>();
  // Id and start of each event that is kept or in a storyline, by arrival number; a lone event
  // is forgotten with its profile.
  private final Map<Integer, String> ids = new HashMap<>();
  private final Map<Integer, String> starts = new HashMap<>();
  private int seen;
  private int[] parent = new int[64];
  private int[] size = new int[64];
  // The most central event's title and its centrality, by storyline root.
  private final Map<Integer, Central> central = new HashMap<>();
  private @Nullable LocalDate newest;

  /** An event still compared with new ones. */
  private static final class Kept {
    final EventProfile profile;
    final Set<String> principals;
    final @Nullable LocalDate start;
    double centrality;

    Kept(EventProfile profile, Set<String> principals, @Nullable LocalDate start) {
      this.profile = profile;
      this.principals = principals;
      this.start = start;
    }
  }

  private record Central(String title, double centrality) {}

  StorylineLinking(StorylineLinker.Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** Adds a final event, linking it to the kept events it continues. */
  public void add(EventProfile event) {
    Objects.requireNonNull(event, "event");
    int me = seen++;
    ids.put(me, event.event());
    if (event.start() != null) {
      starts.put(me, event.start());
    }
    if (me == parent.length) {
      parent = Arrays.copyOf(parent, parent.length * 2);
      size = Arrays.copyOf(size, size.length * 2);
    }
    parent[me] = me;
    size[me] = 1;
    event.actors().keySet().forEach(k -> actorDf.merge(k, 1, Integer::sum));
    event.topic().keySet().forEach(k -> topicDf.merge(k, 1, Integer::sum));
    LocalDate start = day(event.start());
    if (start != null && (newest == null || start.isAfter(newest))) {
      newest = start;
    }
    forgetBeyondHorizon();
    Kept mine = new Kept(event, top(event.actors(), settings.principal()), start);
    link(me, mine);
    kept.put(me, mine);
    if (start != null) {
      byDate.computeIfAbsent(start, d -> new ArrayList<>()).add(me);
    }
    for (String a : mine.principals) {
      index.computeIfAbsent(a, k -> new ArrayList<>()).add(me);
    }
  }

  private void link(int me, Kept mine) {
    Map<String, Double> actors = weigh(mine.profile.actors(), actorDf);
    Map<String, Double> topic = weigh(mine.profile.topic(), topicDf);
    Set<Integer> seen = new HashSet<>();
    for (String a : mine.principals) {
      List<Integer> posting = index.getOrDefault(a, List.of());
      if (posting.size() > settings.maxPosting()) {
        continue;
      }
      for (int other : posting) {
        // events already in one storyline need no link between them
        if (!seen.add(other) || find(me) == find(other)) {
          continue;
        }
        Kept theirs = kept.get(other);
        if (theirs == null) {
          continue;
        }
        double strength = strength(mine, actors, topic, theirs);
        if (strength > 0) {
          mine.centrality += strength;
          theirs.centrality += strength;
          union(me, other);
          offer(find(me), theirs);
        }
      }
    }
    if (size[find(me)] > 1) {
      offer(find(me), mine);
    }
  }

  /** The summed cosines when the two events continue one story, else 0. */
  private double strength(
      Kept mine, Map<String, Double> actors, Map<String, Double> topic, Kept theirs) {
    int shared = 0;
    for (String a : mine.principals) {
      if (theirs.principals.contains(a)) {
        shared++;
      }
    }
    if (shared < settings.sharedPrincipals()) {
      return 0;
    }
    double a = cosine(actors, weigh(theirs.profile.actors(), actorDf));
    if (a < settings.actorThreshold()) {
      return 0;
    }
    double t = cosine(topic, weigh(theirs.profile.topic(), topicDf));
    return t < settings.topicThreshold() ? 0 : a + t;
  }

  /** Makes the event its storyline's title when it is the most central one seen. */
  private void offer(int root, Kept event) {
    Central now = central.get(root);
    if (now == null || event.centrality > now.centrality() + TIE) {
      central.put(root, new Central(event.profile.title(), event.centrality));
    }
  }

  /** Forgets the events older than the horizon, then the earliest arrivals beyond the cap. */
  private void forgetBeyondHorizon() {
    if (newest != null) {
      LocalDate horizon = newest.minusDays(settings.horizonDays());
      while (!byDate.isEmpty() && byDate.firstKey().isBefore(horizon)) {
        byDate.pollFirstEntry().getValue().forEach(this::forget);
      }
    }
    while (kept.size() >= settings.maxKept()) {
      forget(kept.keySet().iterator().next());
    }
  }

  private void forget(int event) {
    Kept k = kept.remove(event);
    if (k == null) {
      return;
    }
    if (size[find(event)] == 1) {
      ids.remove(event);
      starts.remove(event);
    }
    if (k.start != null) {
      List<Integer> sameDay = byDate.get(k.start);
      if (sameDay != null) {
        sameDay.remove(Integer.valueOf(event));
        if (sameDay.isEmpty()) {
          byDate.remove(k.start);
        }
      }
    }
    for (String a : k.principals) {
      List<Integer> posting = index.get(a);
      if (posting != null) {
        posting.remove(Integer.valueOf(event));
        if (posting.isEmpty()) {
          index.remove(a);
        }
      }
    }
  }

  /** Storylines of two or more events, ordered by their oldest event; lone events have none. */
  public List<Storyline> storylines() {
    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int i : ids.keySet()) {
      groups.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
    }
    Comparator<Integer> chronological =
        Comparator.comparing(
            (Integer i) -> starts.get(i), Comparator.nullsLast(Comparator.naturalOrder()));
    List<Map.Entry<Integer, List<Integer>>> lines = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> g : groups.entrySet()) {
      if (g.getValue().size() > 1) {
        g.getValue().sort(chronological.thenComparing(i -> i));
        lines.add(g);
      }
    }
    lines.sort(
        Comparator.comparing(
            (Map.Entry<Integer, List<Integer>> g) -> g.getValue().get(0),
            chronological.thenComparing(i -> i)));
    List<Storyline> out = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> g : lines) {
      List<String> events = g.getValue().stream().map(ids::get).toList();
      Central title = central.get(g.getKey());
      out.add(
          new Storyline(
              "s" + (out.size() + 1), title == null ? events.get(0) : title.title(), events));
    }
    return out;
  }

  /** Weights times a smoothed inverse event frequency, scaled to unit length. */
  private Map<String, Double> weigh(Map<String, Double> weights, Map<String, Integer> df) {
    int n = seen;
    Map<String, Double> v = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Double> f : weights.entrySet()) {
      double w = f.getValue() * Math.log(1 + (double) n / df.getOrDefault(f.getKey(), 1));
      v.put(f.getKey(), w);
      norm += w * w;
    }
    double len = Math.sqrt(norm);
    if (len > 0) {
      v.replaceAll((k, w) -> w / len);
    }
    return v;
  }

  private static Set<String> top(Map<String, Double> weights, int k) {
    List<Map.Entry<String, Double>> entries = new ArrayList<>(weights.entrySet());
    entries.sort(
        Map.Entry.<String, Double>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    Set<String> out = new HashSet<>();
    for (int i = 0; i < Math.min(k, entries.size()); i++) {
      out.add(entries.get(i).getKey());
    }
    return out;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double o = large.get(e.getKey());
      if (o != null) {
        dot += e.getValue() * o;
      }
    }
    return dot;
  }

  /** The first day an ISO date of reduced precision covers, or null. */
  private static @Nullable LocalDate day(@Nullable String iso) {
    if (iso == null || iso.length() < 4) {
      return null;
    }
    try {
      String padded =
          iso.length() >= 10
              ? iso.substring(0, 10)
              : iso.length() >= 7 ? iso.substring(0, 7) + "-01" : iso.substring(0, 4) + "-01-01";
      return LocalDate.parse(padded);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return;
    }
    int root = Math.min(ra, rb);
    int other = Math.max(ra, rb);
    parent[other] = root;
    size[root] += size[other];
    Central lost = central.remove(other);
    Central kept = central.get(root);
    if (lost != null && (kept == null || lost.centrality() > kept.centrality() + TIE)) {
      central.put(root, lost);
    }
  }
}
