package org.dateline.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.events.EventFeatures;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;

/**
 * The capped profile of one article that storyline linking needs: its actors (the people and
 * organisations the extract stage resolved, weighted by how often the text names them, and the
 * capitalised names clustering found, so that it works without entities too) and its topic words.
 */
final class ArticleProfiler {

  private static final int MAX_ACTORS = 15;
  private static final int MAX_WORDS = 20;
  private static final double ENTITY_WEIGHT = 2.0;

  // Every article names the same features again; one copy of each key is kept for all notes.
  private final Map<String, String> keys = new HashMap<>();

  Map<String, Double> actors(Article article, EventFeatures f) {
    Map<String, Double> out = new HashMap<>();
    for (Entity e : article.extracts().entities()) {
      if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) {
        double weight = ENTITY_WEIGHT * (1 + Math.log(timesNamed(article.text(), e)));
        out.merge("e:" + e.name().toLowerCase(Locale.ROOT), weight, Double::sum);
      }
    }
    out.putAll(family(f, EventFeatures.NAME));
    return capped(out, MAX_ACTORS);
  }

  /**
   * How often the text names an entity, by the name or alias it uses most (a shorter alias inside
   * the full name counts there too), at least once.
   */
  private static int timesNamed(String text, Entity e) {
    int most = occurrences(text, e.name());
    for (String alias : e.aliases()) {
      most = Math.max(most, occurrences(text, alias));
    }
    return Math.max(1, most);
  }

  private static int occurrences(String text, String name) {
    if (name.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
      n++;
    }
    return n;
  }

  Map<String, Double> topic(EventFeatures f) {
    return capped(family(f, EventFeatures.WORD), MAX_WORDS);
  }

  private static Map<String, Double> family(EventFeatures f, String prefix) {
    Map<String, Double> out = new HashMap<>();
    for (Map.Entry<String, Integer> e : f.counts().entrySet()) {
      if (e.getKey().startsWith(prefix)) {
        out.put(e.getKey(), 1 + Math.log(e.getValue()));
      }
    }
    return out;
  }

  /** The {@code max} most weighted entries, keys shared with every other profile. */
  Map<String, Double> capped(Map<String, Double> weights, int max) {
    if (weights.size() <= max) {
      return interned(weights);
    }
    List<Map.Entry<String, Double>> entries = new ArrayList<>(weights.entrySet());
    entries.sort(
        Map.Entry.<String, Double>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    Map<String, Double> out = new HashMap<>();
    for (int i = 0; i < max; i++) {
      out.put(entries.get(i).getKey(), entries.get(i).getValue());
    }
    return interned(out);
  }

  private Map<String, Double> interned(Map<String, Double> weights) {
    Map<String, Double> out = new HashMap<>();
    weights.forEach((k, w) -> out.put(keys.computeIfAbsent(k, x -> x), w));
    return Map.copyOf(out);
  }
}
