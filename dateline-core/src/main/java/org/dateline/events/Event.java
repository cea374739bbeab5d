package org.dateline.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One real-world happening at one time and the articles that report it.
 *
 * @param id stable while the event lives; a merged event keeps the older id
 * @param title extractive: the title of its most central article
 * @param documents article ids, in arrival order
 * @param start the earliest known date of its articles, or null
 * @param end the latest known date, or null
 */
public record Event(
    String id,
    String title,
    List<String> documents,
    @Nullable LocalDate start,
    @Nullable LocalDate end) {

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    documents = List.copyOf(documents);
  }
}
