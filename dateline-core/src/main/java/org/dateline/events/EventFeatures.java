package org.dateline.events;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What clustering knows about one article: feature counts and the happening's date.
 *
 * <p>Feature keys carry their family as a prefix: {@code w:} content word, {@code n:} capitalised
 * name, {@code #:} number.
 *
 * @param id the article's id
 * @param counts feature key to count in the article
 * @param date the happening's date, or null when the time stage does not know it
 * @param title the article's title or lead sentence, for the event's title
 */
public record EventFeatures(
    String id, Map<String, Integer> counts, @Nullable LocalDate date, String title) {

  public EventFeatures {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    counts = Map.copyOf(counts);
  }

  static final String WORD = "w:";
  static final String NAME = "n:";
  static final String NUMBER = "#:";
}
