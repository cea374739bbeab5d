package org.dateline.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The corrective half of incremental clustering: merges events that now link above the threshold,
 * and moves articles to the event they fit best, so evidence that arrives late can still reshape
 * earlier decisions.
 */
final class EventMerger {

  private static final int MAX_ROUNDS = 5;
  private static final int MAX_RECLUSTER = 300;

  private final EventClusterer state;

  EventMerger(EventClusterer state) {
    this.state = state;
  }

  /**
   * Merges into {@code event} the best-linked of {@code near} while the link reaches the threshold.
   * The older (smaller) id survives. Returns the surviving event; absorbed ids are added to {@code
   * absorbed}.
   */
  int mergeAround(int event, Set<Integer> near, List<String> absorbed) {
    int current = event;
    while (true) {
      int best = -1;
      double bestLink = -1;
      for (int other : near) {
        if (other == current || !state.members().containsKey(other)) {
          continue;
        }
        double link = state.links().eventLink(current, other);
        if (link > bestLink) {
          bestLink = link;
          best = other;
        }
      }
      if (best < 0 || bestLink < state.settings().threshold()) {
        return current;
      }
      int keep = Math.min(current, best);
      int gone = Math.max(current, best);
      absorb(keep, gone);
      absorbed.add("e" + gone);
      current = keep;
    }
  }

  /** Moves misplaced articles, then merges linked events best first, until nothing changes. */
  void settle() {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      boolean split = splitWeak();
      boolean moved = moveMisplaced();
      boolean merged = mergeBestFirst();
      boolean reclustered = reclusterNearPairs();
      if (!split && !moved && !merged && !reclustered) {
        break;
      }
    }
    joinStrays();
  }

  /**
   * Moves each article left alone to the event of two or more it links to best, when that link
   * reaches the settings' stray floor (a fraction of the threshold), the two state no different
   * years (an earlier visit by the same people is another event) and the article's date fits every
   * member. Decisions are taken before any article moves, as the batch clustering takes them.
   */
  private void joinStrays() {
    EventSettings settings = state.settings();
    if (settings.strayFloor() >= 1) {
      return;
    }
    double floor = settings.strayFloor() * settings.threshold();
    Map<String, int[]> moves = new LinkedHashMap<>();
    for (Map.Entry<Integer, List<String>> e : state.members().entrySet()) {
      if (e.getValue().size() != 1) {
        continue;
      }
      String id = e.getValue().get(0);
      int best = -1;
      double bestLink = -1;
      for (int c : state.candidateEvents(state.features(id))) {
        List<String> others = state.members().get(c);
        if (c == e.getKey() || others == null || others.size() < 2) {
          continue;
        }
        double link = state.links().articleLink(id, c);
        if (link > bestLink) {
          bestLink = link;
          best = c;
        }
      }
      if (best >= 0 && bestLink >= floor && state.links().mayJoin(id, best)) {
        moves.put(id, new int[] {e.getKey(), best});
      }
    }
    moves.forEach((id, m) -> state.move(id, m[0], m[1]));
  }

  /**
   * Splits every event its own members would not form by batch average link (decisions taken on
   * early, thin evidence), so that events split as well as merge as evidence grows. Events larger
   * than {@code MAX_RECLUSTER} are only checked for their average internal link.
   */
  private boolean splitWeak() {
    boolean changed = false;
    double threshold = state.settings().threshold();
    for (int e : new ArrayList<>(state.members().keySet())) {
      List<String> ids = new ArrayList<>(state.members().getOrDefault(e, List.of()));
      if (ids.size() < 2) {
        continue;
      }
      int[] label;
      if (ids.size() <= MAX_RECLUSTER) {
        label =
            Agglomeration.averageLink(
                state.links().matrix(ids), yearsOf(ids), state.links().similarity(), threshold);
      } else if (state.links().internalLink(e) < threshold) {
        label = new int[ids.size()];
        for (int i = 0; i < label.length; i++) {
          label[i] = i;
        }
      } else {
        continue;
      }
      Map<Integer, Integer> newEvent = new HashMap<>();
      for (int i = 0; i < ids.size(); i++) {
        if (label[i] != label[0]) {
          int target = newEvent.computeIfAbsent(label[i], k -> state.openEvent());
          state.move(ids.get(i), e, target);
          changed = true;
        }
      }
    }
    return changed;
  }

  /**
   * Re-clusters, by batch average link, the members of each two neighbouring events whose link
   * falls short of the threshold but reaches the stray floor. Batch agglomeration merges groups
   * while they are small, and the average link of the grown events can then fall below the
   * threshold, so a pairwise merge test alone leaves apart events that batch clustering joins.
   */
  private boolean reclusterNearPairs() {
    EventSettings settings = state.settings();
    double threshold = settings.threshold();
    double floor = settings.strayFloor() * threshold;
    List<NearPair> pairs = new ArrayList<>();
    neighbours()
        .forEach(
            (e, cs) -> {
              for (int c : cs.tailSet(e, false)) {
                double link = state.links().eventLink(e, c);
                if (link >= floor && link < threshold) {
                  pairs.add(new NearPair(e, c, link));
                }
              }
            });
    pairs.sort(Comparator.comparingDouble((NearPair l) -> -l.link()));
    boolean changed = false;
    for (NearPair l : pairs) {
      List<String> a = state.members().get(l.a());
      List<String> b = state.members().get(l.b());
      if (a == null || b == null || a.size() + b.size() > MAX_RECLUSTER) {
        continue;
      }
      List<String> ids = new ArrayList<>(a);
      ids.addAll(b);
      int[] label = batchLabels(ids);
      boolean joined = true;
      for (int i = 1; i < ids.size() && joined; i++) {
        joined = label[i] == label[0];
      }
      if (joined) {
        absorb(l.a(), l.b());
        changed = true;
      }
    }
    return changed;
  }

  /** Labels of the articles as batch clustering gives them: average link, then strays joined. */
  private int[] batchLabels(List<String> ids) {
    List<EventFeatures> fs = new ArrayList<>();
    ids.forEach(id -> fs.add(state.features(id)));
    return Agglomeration.batch(
        state.links().matrix(ids), fs, state.links().similarity(), state.settings());
  }

  private List<Set<String>> yearsOf(List<String> ids) {
    List<Set<String>> years = new ArrayList<>();
    ids.forEach(id -> years.add(state.features(id).years()));
    return years;
  }

  /** Each event's neighbours: the events of its members' candidate articles, both ways. */
  private Map<Integer, TreeSet<Integer>> neighbours() {
    Map<Integer, TreeSet<Integer>> near = new TreeMap<>();
    for (int e : state.members().keySet()) {
      for (String id : state.members().getOrDefault(e, List.of())) {
        for (int c : state.candidateEvents(state.features(id))) {
          if (c != e) {
            near.computeIfAbsent(e, k -> new TreeSet<>()).add(c);
            near.computeIfAbsent(c, k -> new TreeSet<>()).add(e);
          }
        }
      }
    }
    return near;
  }

  /** Moves every member of event {@code gone} into event {@code keep}. */
  private void absorb(int keep, int gone) {
    for (String id : new ArrayList<>(state.members().getOrDefault(gone, List.of()))) {
      state.move(id, gone, keep);
    }
  }

  /** Two neighbouring events whose link falls between the stray floor and the threshold. */
  private record NearPair(int a, int b, double link) {}

  /** A candidate merge, valid while neither event has changed since it was scored. */
  private record Link(int a, int b, double score, int versionA, int versionB) {}

  /**
   * Merges neighbouring events in order of decreasing average link, as batch agglomeration does,
   * rescoring only the links of the event that grew.
   */
  private boolean mergeBestFirst() {
    double threshold = state.settings().threshold();
    Map<Integer, TreeSet<Integer>> near = neighbours();
    Map<Integer, Integer> version = new HashMap<>();
    PriorityQueue<Link> queue =
        new PriorityQueue<>(
            Comparator.comparingDouble((Link l) -> -l.score())
                .thenComparingInt(Link::a)
                .thenComparingInt(Link::b));
    for (Map.Entry<Integer, TreeSet<Integer>> e : near.entrySet()) {
      for (int c : e.getValue()) {
        if (e.getKey() < c) {
          offer(queue, e.getKey(), c, version, threshold);
        }
      }
    }
    boolean changed = false;
    while (!queue.isEmpty()) {
      Link l = queue.poll();
      if (!state.members().containsKey(l.a())
          || !state.members().containsKey(l.b())
          || version.getOrDefault(l.a(), 0) != l.versionA()
          || version.getOrDefault(l.b(), 0) != l.versionB()) {
        continue;
      }
      int keep = Math.min(l.a(), l.b());
      int gone = Math.max(l.a(), l.b());
      absorb(keep, gone);
      changed = true;
      version.merge(keep, 1, Integer::sum);
      TreeSet<Integer> neighbours = near.computeIfAbsent(keep, k -> new TreeSet<>());
      neighbours.addAll(near.getOrDefault(gone, new TreeSet<>()));
      neighbours.remove(keep);
      neighbours.remove(gone);
      for (int n : neighbours) {
        if (state.members().containsKey(n)) {
          near.computeIfAbsent(n, k -> new TreeSet<>()).add(keep);
          offer(queue, Math.min(keep, n), Math.max(keep, n), version, threshold);
        }
      }
    }
    return changed;
  }

  private void offer(
      PriorityQueue<Link> queue, int a, int b, Map<Integer, Integer> version, double threshold) {
    double link = state.links().eventLink(a, b);
    if (link >= threshold) {
      queue.add(new Link(a, b, link, version.getOrDefault(a, 0), version.getOrDefault(b, 0)));
    }
  }

  private boolean moveMisplaced() {
    boolean changed = false;
    double threshold = state.settings().threshold();
    for (String id : state.activeIds()) {
      int own = state.eventOfArticle(id);
      List<String> ownMembers = state.members().getOrDefault(own, List.of());
      double fit = ownMembers.size() > 1 ? state.links().articleLink(id, own) : 0;
      int best = -1;
      double bestSim = -1;
      for (int e : state.candidateEvents(state.features(id))) {
        if (e != own) {
          double s = state.links().articleLink(id, e);
          if (s > bestSim) {
            bestSim = s;
            best = e;
          }
        }
      }
      if (best >= 0 && bestSim >= threshold && bestSim > fit) {
        state.move(id, own, best);
        changed = true;
      } else if (fit < threshold && ownMembers.size() > 1) {
        state.move(id, own, state.openEvent());
        changed = true;
      }
    }
    return changed;
  }
}
