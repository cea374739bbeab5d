package org.dateline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.model.Fact;
import org.jspecify.annotations.Nullable;

/**
 * Groups reports of the same figure across documents: same unit and change, a subject with the same
 * content words once house style is set aside ("renminbi" and "yuan" agree), and the same period,
 * where a report that names no period joins the one group its other words fit. A group whose values
 * differ beyond rounding is flagged as disagreeing.
 */
public final class FactGroups {
  private static final Set<String> STOP =
      Set.of("the", "a", "an", "of", "to", "from", "in", "on", "and", "its", "their", "s");
  private static final Map<String, String> SAME =
      Map.of("renminbi", "yuan", "rmb", "yuan", "us", "american", "u.s", "american");

  private final Map<String, List<Group>> bySubject = new HashMap<>();
  private final Map<String, Group> byId = new HashMap<>();

  /** A group's id, its period once a report names one, and the values reported in it. */
  public static final class Group {
    public final String id;
    @Nullable String period;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;

    Group(String id, @Nullable String period) {
      this.id = id;
      this.period = period;
    }

    public boolean disagrees() {
      return max - min > Math.max(0.051, Math.abs(max) * 0.005);
    }
  }

  /** Unit, change and subject words: what a figure's reports share, whatever their period. */
  private static String subjectKey(Fact f) {
    Set<String> words = new TreeSet<>();
    if (f.subject() != null) {
      for (String w : f.subject().split("[^\\p{L}\\p{N}.]+|’s|'s")) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (!w.isEmpty() && !STOP.contains(lower)) {
          words.add(folded(SAME.getOrDefault(lower, lower), Character.isUpperCase(w.charAt(0))));
        }
      }
    }
    return f.unit() + "|" + f.change() + "|" + String.join(" ", words);
  }

  /**
   * A subject word as outlets vary it: a place and its people's adjective meet ("China's exports"
   * and "Chinese exports"), and so do singular and plural ("export", "exports").
   */
  private static String folded(String word, boolean capitalised) {
    if (capitalised) {
      return Mentions.qualifier(Words.english(), word);
    }
    boolean plural = word.length() > 3 && Tok.looksPlural(word);
    return plural ? word.substring(0, word.length() - 1) : word;
  }

  /** Records a fact; returns its group. */
  public Group add(Fact f) {
    List<Group> fitting = bySubject.computeIfAbsent(subjectKey(f), k -> new ArrayList<>());
    Group g = samePeriod(fitting, f.period());
    if (g == null) {
      g = new Group("f" + (byId.size() + 1), f.period());
      fitting.add(g);
      byId.put(g.id, g);
    }
    if (g.period == null) {
      g.period = f.period();
    }
    g.min = Math.min(g.min, f.value());
    g.max = Math.max(g.max, f.value());
    return g;
  }

  /**
   * The group of the same period, else the one group with no period yet; a report with no period
   * joins the only group there is, and none when there are several.
   */
  private static @Nullable Group samePeriod(List<Group> fitting, @Nullable String period) {
    if (period == null) {
      return fitting.size() == 1 ? fitting.get(0) : null;
    }
    Group open = null;
    int opens = 0;
    for (Group g : fitting) {
      if (period.equals(g.period)) {
        return g;
      }
      if (g.period == null) {
        open = g;
        opens++;
      }
    }
    return opens == 1 ? open : null;
  }

  /** The group with the given id, as {@link #add} returned it. */
  public Group get(String id) {
    return Objects.requireNonNull(byId.get(id), id);
  }
}
