package org.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The corrective half of incremental clustering: merges events that now link above the threshold,
 * and moves articles to the event they fit best, so evidence that arrives late can still reshape
 * earlier decisions.
 */
final class EventMerger {

  private static final int MAX_ROUNDS = 5;

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
        double link = state.eventLink(current, other);
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
      for (String id : new ArrayList<>(state.members().getOrDefault(gone, List.of()))) {
        state.move(id, gone, keep);
      }
      absorbed.add("e" + gone);
      current = keep;
    }
  }

  /** Moves misplaced articles, then merges linked events, until a round changes nothing. */
  void settle() {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      boolean changed = moveMisplaced();
      for (int e : new ArrayList<>(state.members().keySet())) {
        List<String> ids = state.members().get(e);
        if (ids == null) {
          continue;
        }
        Set<Integer> near = new TreeSet<>();
        for (String id : ids) {
          near.addAll(state.candidateEvents(state.features(id)));
        }
        List<String> absorbed = new ArrayList<>();
        mergeAround(e, near, absorbed);
        changed |= !absorbed.isEmpty();
      }
      if (!changed) {
        return;
      }
    }
  }

  private boolean moveMisplaced() {
    boolean changed = false;
    double threshold = state.settings().threshold();
    for (String id : state.activeIds()) {
      int own = state.eventOfArticle(id);
      List<String> ownMembers = state.members().getOrDefault(own, List.of());
      double fit = ownMembers.size() > 1 ? state.articleLink(id, own) : 0;
      int best = -1;
      double bestSim = -1;
      for (int e : state.candidateEvents(state.features(id))) {
        if (e != own) {
          double s = state.articleLink(id, e);
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
