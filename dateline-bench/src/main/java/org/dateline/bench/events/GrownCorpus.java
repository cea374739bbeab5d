package org.dateline.bench.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import org.dateline.model.Article;
import org.dateline.model.Provenance;
import org.dateline.model.Published;

/**
 * Grows the ECB+ documents into a stream of any length whose right clusters are known. Each gold
 * event is replayed again and again as a new happening: every replay is an "instance" with its own
 * date (instances of one gold event three weeks or more apart), and its own names (two capitalised
 * names of the event swapped for names from elsewhere, the same way in every report of it). Each
 * report is perturbed on its own: sentences after the first shuffled, up to two dropped, an outlet
 * drawn, and published on the instance's day or the next. Articles come out roughly in the order of
 * their dates, as news does; nothing is held but the seeds.
 */
public final class GrownCorpus implements Iterable<GrownCorpus.Grown> {
  private static final LocalDate START = LocalDate.of(2008, 1, 1);
  private static final int DAYS_BETWEEN_INSTANCES = 21;
  private static final String[] OUTLETS = {
    "Northbridge Herald",
    "Valley Post",
    "Harbour Times",
    "Meridian Wire",
    "Coastline Daily",
    "Capital Ledger",
    "Summit News",
    "Lakeside Review"
  };

  /**
   * One grown article.
   *
   * @param truth the instance it reports (its right cluster)
   * @param gold the ECB+ gold event the instance replays
   */
  public record Grown(Article article, String truth, String gold) {}

  private final List<List<EcbDocument>> events;
  private final List<String> names;
  private final int size;
  private final long seed;

  /** Grows {@code size} articles from the documents, deterministically for a seed. */
  public GrownCorpus(List<EcbDocument> docs, int size, long seed) {
    Map<String, List<EcbDocument>> byGold = new LinkedHashMap<>();
    for (EcbDocument d : docs) {
      byGold.computeIfAbsent(d.gold(), k -> new ArrayList<>()).add(d);
    }
    this.events = new ArrayList<>(byGold.values());
    this.names = names(docs);
    this.size = size;
    this.seed = seed;
  }

  /** The instance (right cluster) a grown article reports, read from its id. */
  public static String truthOf(String article) {
    return "i" + article.substring(1, article.indexOf('-'));
  }

  /**
   * How many articles report an instance: its event's documents, or fewer when the corpus ends
   * inside it. Worked out from the corpus's shape, so that no table of articles is needed.
   */
  public int truthSize(String truth) {
    int k = Integer.parseInt(truth.substring(1));
    int round = k / events.size();
    int perRound = 0;
    int before = 0;
    for (int e = 0; e < events.size(); e++) {
      if (e == k % events.size()) {
        before = perRound;
      }
      perRound += events.get(e).size();
    }
    long first = (long) round * perRound + before;
    return (int) Math.max(0, Math.min(events.get(k % events.size()).size(), size - first));
  }

  @Override
  public Iterator<Grown> iterator() {
    return new Iterator<>() {
      private final Random random = new Random(seed);
      private final List<Grown> pending = new ArrayList<>();
      private int instance;
      private int emitted;

      @Override
      public boolean hasNext() {
        return emitted < size;
      }

      @Override
      public Grown next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        if (pending.isEmpty()) {
          pending.addAll(instance(instance++, random));
        }
        emitted++;
        return pending.remove(0);
      }
    };
  }

  private List<Grown> instance(int k, Random random) {
    List<EcbDocument> event = events.get(k % events.size());
    int round = k / events.size();
    LocalDate day = START.plusDays((long) round * DAYS_BETWEEN_INSTANCES + random.nextInt(7));
    List<String> local = names(event);
    String from = local.isEmpty() ? "" : local.get(random.nextInt(local.size()));
    String to = names.get(random.nextInt(names.size()));
    List<Grown> out = new ArrayList<>();
    for (int j = 0; j < event.size(); j++) {
      List<String> sentences = new ArrayList<>(event.get(j).article().paragraphs());
      if (sentences.size() > 3) {
        Collections.shuffle(sentences.subList(1, sentences.size()), random);
        sentences = sentences.subList(0, Math.max(3, sentences.size() - random.nextInt(3)));
      }
      List<String> paragraphs =
          sentences.stream().map(s -> from.isEmpty() ? s : s.replace(from, to)).toList();
      String id = "g" + k + "-" + j;
      String title =
          paragraphs.get(0).length() > 90 ? paragraphs.get(0).substring(0, 90) : paragraphs.get(0);
      Article a =
          new Article(
              id,
              Provenance.of("grown/" + id),
              null,
              title,
              OUTLETS[random.nextInt(OUTLETS.length)],
              List.of(),
              new Published(day.plusDays(random.nextInt(2)).toString(), Published.Basis.METADATA),
              paragraphs,
              List.of(),
              List.of());
      out.add(new Grown(a, "i" + k, event.get(0).gold()));
    }
    return out;
  }

  /** Capitalised words after a sentence's first, for swapping. */
  private static List<String> names(List<EcbDocument> docs) {
    List<String> names = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (EcbDocument d : docs) {
      for (String s : d.article().paragraphs()) {
        String[] words = s.split(" ");
        for (int i = 1; i < words.length; i++) {
          String w = words[i];
          if (w.length() > 3
              && Character.isUpperCase(w.charAt(0))
              && w.chars().allMatch(Character::isLetter)
              && seen.add(w)) {
            names.add(w);
          }
        }
      }
    }
    return names;
  }
}
