package org.dateline.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Inverted index from feature to active articles, so a new article is compared only with articles
 * that share a reasonably rare feature with it: never all pairs.
 *
 * <p>Articles are held by slot number, so that a search walks arrays of ints and adds its scores
 * into one array, rather than hashing article ids for every posting it reads.
 */
final class CandidateIndex {

  // A feature carried by more than a fifth of the active articles (and by more than this floor, so
  // that a small run keeps them all) says little about which event an article reports, and
  // walking its postings costs a pass over the window for every candidate search.
  private static final int COMMON_FLOOR = 100;
  private static final int COMMON_SHARE = 5;

  private final Map<String, Postings> postings = new HashMap<>();
  private final Map<String, Integer> slotOf = new HashMap<>();
  private final ArrayDeque<Integer> freeSlots = new ArrayDeque<>();
  private String[] idOf = new String[64];
  private double[] score = new double[64];
  private final int maxPostings;
  private final int maxCandidates;

  CandidateIndex(int maxPostings, int maxCandidates) {
    this.maxPostings = maxPostings;
    this.maxCandidates = maxCandidates;
  }

  /** The slots of the articles carrying one feature, in no particular order. */
  private static final class Postings {
    int[] slots = new int[4];
    int size;

    void add(int slot) {
      if (size == slots.length) {
        slots = Arrays.copyOf(slots, size * 2);
      }
      slots[size++] = slot;
    }

    void remove(int slot) {
      for (int i = 0; i < size; i++) {
        if (slots[i] == slot) {
          slots[i] = slots[--size];
          return;
        }
      }
    }
  }

  void add(EventFeatures f) {
    if (slotOf.containsKey(f.id())) {
      return;
    }
    int slot = freeSlots.isEmpty() ? slotOf.size() : freeSlots.pop();
    if (slot >= idOf.length) {
      idOf = Arrays.copyOf(idOf, idOf.length * 2);
      score = Arrays.copyOf(score, idOf.length);
    }
    slotOf.put(f.id(), slot);
    idOf[slot] = f.id();
    for (String key : f.counts().keySet()) {
      postings.computeIfAbsent(key, k -> new Postings()).add(slot);
    }
  }

  void remove(EventFeatures f) {
    Integer slot = slotOf.remove(f.id());
    if (slot == null) {
      return;
    }
    for (String key : f.counts().keySet()) {
      Postings p = postings.get(key);
      if (p != null) {
        p.remove(slot);
        if (p.size == 0) {
          postings.remove(key);
        }
      }
    }
    idOf[slot] = null;
    freeSlots.push(slot);
  }

  /** Articles sharing rare features with {@code f}, best first, at most maxCandidates. */
  List<String> candidates(EventFeatures f, DocumentFrequencies df) {
    int common = Math.min(maxPostings, Math.max(COMMON_FLOOR, df.documents() / COMMON_SHARE));
    Integer own = slotOf.get(f.id());
    int self = own == null ? -1 : own;
    int[] touched = new int[16];
    int touchedCount = 0;
    for (String key : f.counts().keySet()) {
      Postings p = postings.get(key);
      if (p == null || p.size > common) {
        continue;
      }
      // The postings are the active articles carrying the key, as the frequencies count them,
      // except an article not yet indexed, which the frequencies already count.
      double idf = df.idfOf(own == null ? p.size + 1 : p.size);
      for (int i = 0; i < p.size; i++) {
        int slot = p.slots[i];
        if (slot == self) {
          continue;
        }
        if (score[slot] == 0) {
          if (touchedCount == touched.length) {
            touched = Arrays.copyOf(touched, touchedCount * 2);
          }
          touched[touchedCount++] = slot;
        }
        score[slot] += idf;
      }
    }
    Comparator<Integer> best =
        Comparator.comparingDouble((Integer s) -> -score[s]).thenComparing(s -> idOf[s]);
    // Keep the best maxCandidates in a heap whose head is the worst kept, then order them.
    PriorityQueue<Integer> kept = new PriorityQueue<>(maxCandidates + 1, best.reversed());
    for (int i = 0; i < touchedCount; i++) {
      kept.add(touched[i]);
      if (kept.size() > maxCandidates) {
        kept.poll();
      }
    }
    List<Integer> ranked = new ArrayList<>(kept);
    ranked.sort(best);
    List<String> out = new ArrayList<>(ranked.size());
    ranked.forEach(s -> out.add(idOf[s]));
    for (int i = 0; i < touchedCount; i++) {
      score[touched[i]] = 0;
    }
    return out;
  }
}
