package org.dateline.storylines;

import java.util.List;
import java.util.Objects;

/**
 * Events that continue one story.
 *
 * @param id stable within one linking: {@code s1}, {@code s2}, … in order of the oldest event
 * @param title extractive: the title of the event most like the others
 * @param events event ids, oldest first (undated events last, in id order)
 */
public record Storyline(String id, String title, List<String> events) {
  public Storyline {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    events = List.copyOf(events);
  }
}
