package org.dateline.storylines;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What storyline linking knows about one event: who and what its articles name, and when.
 *
 * @param event the event's id
 * @param title the event's title
 * @param start the event's start, ISO with reduced precision ({@code 2025-11-03}, {@code 2025}), or
 *     null; it only orders events
 * @param actors principal actors (people and organisations), lower-cased, to weight
 * @param topic content words, lower-cased, to weight
 */
public record EventProfile(
    String event,
    String title,
    @Nullable String start,
    Map<String, Double> actors,
    Map<String, Double> topic) {
  public EventProfile {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(title, "title");
    actors = Map.copyOf(actors);
    topic = Map.copyOf(topic);
  }
}
