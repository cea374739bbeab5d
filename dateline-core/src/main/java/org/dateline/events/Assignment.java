package org.dateline.events;

import java.util.List;
import java.util.Objects;

/**
 * What adding one article did.
 *
 * @param article the article's id
 * @param event the event it now belongs to
 * @param opened true when the article opened a new event
 * @param absorbed ids of events merged into {@code event} as a result
 */
public record Assignment(String article, String event, boolean opened, List<String> absorbed) {
  public Assignment {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(event, "event");
    absorbed = List.copyOf(absorbed);
  }
}
