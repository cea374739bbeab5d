package org.dateline.storylines;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Links events that continue one story: two events join when they share at least two principal
 * actors (the ones their pages name most) and both their actor and their topic profiles, weighted
 * by how few events name each, are alike. Linking is transitive (a visit, the next visit, the one
 * after). Candidate pairs come from an inverted index on principal actors, so events are never
 * compared all against all; an actor named by more than {@code maxPosting} events proposes no pairs
 * (it still counts in the similarity).
 */
public final class StorylineLinker {
  // Summed similarities closer than this are a tie, which the earlier event wins.
  private static final double TIE = 1e-9;

  private final Settings settings;

  /**
   * @param principal how many of an event's strongest actors count as principal
   * @param sharedPrincipals how many principal actors two events must share
   * @param actorThreshold least cosine of the actor profiles
   * @param topicThreshold least cosine of the topic profiles
   * @param maxPosting actors named by more events than this propose no pairs
   */
  public record Settings(
      int principal,
      int sharedPrincipals,
      double actorThreshold,
      double topicThreshold,
      int maxPosting) {
    public Settings {
      if (principal < 1 || sharedPrincipals < 1 || sharedPrincipals > principal) {
        throw new IllegalArgumentException("need 1 <= sharedPrincipals <= principal");
      }
      if (maxPosting < 2) {
        throw new IllegalArgumentException("maxPosting must be >= 2");
      }
    }

    /** The engine's defaults. */
    public static Settings defaults() {
      return new Settings(5, 2, 0.35, 0.15, 2_000);
    }
  }

  public StorylineLinker(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** A linker with {@link Settings#defaults()}. */
  public static StorylineLinker withDefaults() {
    return new StorylineLinker(Settings.defaults());
  }

  /** Storylines of two or more events, ordered by their oldest event; lone events have none. */
  public List<Storyline> link(List<EventProfile> events) {
    int n = events.size();
    List<Map<String, Double>> actors = weigh(events, EventProfile::actors);
    List<Map<String, Double>> topics = weigh(events, EventProfile::topic);
    List<Set<String>> principals = new ArrayList<>(n);
    Map<String, List<Integer>> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Set<String> top = top(events.get(i).actors(), settings.principal());
      principals.add(top);
      for (String a : top) {
        index.computeIfAbsent(a, k -> new ArrayList<>()).add(i);
      }
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      Set<Integer> seen = new HashSet<>();
      for (String a : principals.get(i)) {
        List<Integer> posting = index.getOrDefault(a, List.of());
        if (posting.size() > settings.maxPosting()) {
          continue;
        }
        for (int j : posting) {
          // events already in one storyline need no link between them
          if (j > i
              && seen.add(j)
              && find(parent, i) != find(parent, j)
              && linked(i, j, principals, actors, topics)) {
            union(parent, i, j);
          }
        }
      }
    }
    return storylines(events, parent, actors, topics);
  }

  private boolean linked(
      int i,
      int j,
      List<Set<String>> principals,
      List<Map<String, Double>> actors,
      List<Map<String, Double>> topics) {
    int shared = 0;
    for (String a : principals.get(i)) {
      if (principals.get(j).contains(a)) {
        shared++;
      }
    }
    return shared >= settings.sharedPrincipals()
        && cosine(actors.get(i), actors.get(j)) >= settings.actorThreshold()
        && cosine(topics.get(i), topics.get(j)) >= settings.topicThreshold();
  }

  private static List<Storyline> storylines(
      List<EventProfile> events,
      int[] parent,
      List<Map<String, Double>> actors,
      List<Map<String, Double>> topics) {
    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    Comparator<Integer> chronological =
        Comparator.comparing(
            (Integer i) -> events.get(i).start(), Comparator.nullsLast(Comparator.naturalOrder()));
    List<List<Integer>> lines = new ArrayList<>();
    for (List<Integer> g : groups.values()) {
      if (g.size() > 1) {
        g.sort(chronological.thenComparing(i -> i));
        lines.add(g);
      }
    }
    lines.sort(
        Comparator.comparing((List<Integer> g) -> g.get(0), chronological.thenComparing(i -> i)));
    List<Storyline> out = new ArrayList<>();
    for (List<Integer> g : lines) {
      List<String> ids = new ArrayList<>();
      int central = g.get(0);
      double best = -1;
      // The title is the event most like the others. The vectors have unit length, so an event's
      // summed similarity to the others is its dot product with the group's sum less its own
      // length: one pass over the group, not one per pair.
      Map<String, Double> allActors = sum(g, actors);
      Map<String, Double> allTopics = sum(g, topics);
      for (int i : g) {
        ids.add(events.get(i).event());
        double sum =
            cosine(actors.get(i), allActors)
                - cosine(actors.get(i), actors.get(i))
                + cosine(topics.get(i), allTopics)
                - cosine(topics.get(i), topics.get(i));
        if (sum > best + TIE) {
          best = sum;
          central = i;
        }
      }
      out.add(new Storyline("s" + (out.size() + 1), events.get(central).title(), ids));
    }
    return out;
  }

  /** Each profile's weights times a smoothed inverse event frequency, scaled to unit length. */
  private static List<Map<String, Double>> weigh(
      List<EventProfile> events,
      java.util.function.Function<EventProfile, Map<String, Double>> of) {
    Map<String, Integer> df = new HashMap<>();
    for (EventProfile e : events) {
      for (String k : of.apply(e).keySet()) {
        df.merge(k, 1, Integer::sum);
      }
    }
    int n = events.size();
    List<Map<String, Double>> out = new ArrayList<>(n);
    for (EventProfile e : events) {
      Map<String, Double> v = new HashMap<>();
      double norm = 0;
      for (Map.Entry<String, Double> f : of.apply(e).entrySet()) {
        double w = f.getValue() * Math.log(1 + (double) n / df.getOrDefault(f.getKey(), 1));
        v.put(f.getKey(), w);
        norm += w * w;
      }
      double len = Math.sqrt(norm);
      if (len > 0) {
        v.replaceAll((k, w) -> w / len);
      }
      out.add(v);
    }
    return out;
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

  private static Map<String, Double> sum(List<Integer> group, List<Map<String, Double>> vectors) {
    Map<String, Double> out = new HashMap<>();
    for (int i : group) {
      vectors.get(i).forEach((k, w) -> out.merge(k, w, Double::sum));
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

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
