package org.dateline.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.model.Fact;

/**
 * Groups reports of the same figure across documents: same unit, change and period, and a subject
 * with the same content words once house style is set aside ("renminbi" and "yuan" agree). A group
 * whose values differ beyond rounding is flagged as disagreeing.
 */
public final class FactGroups {
  private static final Set<String> STOP =
      Set.of("the", "a", "an", "of", "to", "from", "in", "on", "and", "its", "their", "s");
  private static final Map<String, String> SAME =
      Map.of("renminbi", "yuan", "rmb", "yuan", "us", "american", "u.s", "american");

  private static final Map<String, String> COUNTRIES = countriesByDemonym();

  private final Map<String, Group> groups = new HashMap<>();

  private static Map<String, String> countriesByDemonym() {
    Map<String, String> out = new HashMap<>();
    // the shortest name when several share an adjective ("us" and "usa"), so the key is stable
    Words.english()
        .demonyms
        .forEach(
            (country, demonym) ->
                out.merge(demonym, country, (a, b) -> a.length() <= b.length() ? a : b));
    return Map.copyOf(out);
  }

  /** A group's id and the values reported in it. */
  public static final class Group {
    public final String id;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;

    Group(String id) {
      this.id = id;
    }

    public boolean disagrees() {
      return max - min > Math.max(0.051, Math.abs(max) * 0.005);
    }
  }

  /** The key of the group a fact belongs to. */
  public static String key(Fact f) {
    Set<String> words = new TreeSet<>();
    if (f.subject() != null) {
      for (String w : f.subject().split("[^\\p{L}\\p{N}.]+|’s|'s")) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (!w.isEmpty() && !STOP.contains(lower)) {
          words.add(folded(SAME.getOrDefault(lower, lower), Character.isUpperCase(w.charAt(0))));
        }
      }
    }
    return f.unit() + "|" + f.change() + "|" + f.period() + "|" + String.join(" ", words);
  }

  /**
   * A subject word as outlets vary it: a place and its people's adjective meet ("China's exports"
   * and "Chinese exports"), and so do singular and plural ("export", "exports").
   */
  private static String folded(String word, boolean capitalised) {
    if (capitalised) {
      String country = COUNTRIES.get(word);
      return Mentions.stem(country != null ? country : word);
    }
    boolean plural = word.length() > 3 && word.endsWith("s") && !word.endsWith("ss");
    return plural ? word.substring(0, word.length() - 1) : word;
  }

  /** Records a fact; returns its group. */
  public Group add(Fact f) {
    Group g = groups.computeIfAbsent(key(f), k -> new Group("f" + (groups.size() + 1)));
    g.min = Math.min(g.min, f.value());
    g.max = Math.max(g.max, f.value());
    return g;
  }

  public Group get(String key) {
    return java.util.Objects.requireNonNull(groups.get(key), key);
  }
}
