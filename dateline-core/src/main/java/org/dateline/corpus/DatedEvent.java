package org.dateline.corpus;

import java.util.Objects;
import org.dateline.events.Event;
import org.jspecify.annotations.Nullable;

/**
 * An event as the report shows it: dated from its pages with reduced precision, and placed in its
 * storyline.
 *
 * @param event the clustered event
 * @param start the earliest date its pages give ({@code 2025-11-03}, {@code 2025-11}, {@code
 *     2025}), or null
 * @param end the latest, when it differs from the start; otherwise null
 * @param storyline the storyline's id, or null when the event continues no other
 */
public record DatedEvent(
    Event event, @Nullable String start, @Nullable String end, @Nullable String storyline) {
  public DatedEvent {
    Objects.requireNonNull(event, "event");
  }

  public String id() {
    return event.id();
  }
}
