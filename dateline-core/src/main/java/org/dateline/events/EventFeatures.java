package org.dateline.events;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What clustering knows about one article: feature counts and the happening's date.
 *
 * <p>Feature keys carry their family as a prefix: {@code w:} content word, {@code n:} capitalised
 * name, {@code #:} number, {@code y:} stated year.
 *
 * @param id the article's id
 * @param counts feature key to count in the article
 * @param date the happening's date, or null when the time stage does not know it
 * @param title the article's title or lead sentence, for the event's title
 * @param years the year(s) the article is about, as feature keys: the extractor gives the first
 *     year stated, which in news is usually the dateline's
 */
public record EventFeatures(
    String id,
    Map<String, Integer> counts,
    @Nullable LocalDate date,
    String title,
    Set<String> years) {

  public EventFeatures {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    counts = Map.copyOf(counts);
    years = Set.copyOf(years);
  }

  /** Features of an article whose years are all the years its counts state. */
  public EventFeatures(
      String id, Map<String, Integer> counts, @Nullable LocalDate date, String title) {
    this(id, counts, date, title, yearsOf(counts));
  }

  public static final String WORD = "w:";
  public static final String NAME = "n:";
  static final String NUMBER = "#:";
  static final String YEAR = "y:";

  /** The years the article states, as feature keys. */
  static Set<String> yearsOf(Map<String, Integer> counts) {
    Set<String> out = new HashSet<>();
    for (String k : counts.keySet()) {
      if (k.startsWith(YEAR)) {
        out.add(k);
      }
    }
    return Set.copyOf(out);
  }
}
