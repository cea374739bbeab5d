package org.dateline.web;

import java.io.IOException;
import java.util.List;
import org.dateline.corpus.DatedEvent;
import org.dateline.store.SearchIndex;
import org.dateline.store.StoryQueries;
import org.jspecify.annotations.Nullable;

/**
 * A followed subject: the events whose documents match a query, newest first. The newest matching
 * documents are found in the index, and their events in the store.
 *
 * @param query the words followed
 * @param since the earliest publication date asked for, or null for the newest events whenever
 * @param events the subject's events, newest first (undated last), at most {@link #MAX_EVENTS}
 */
public record Subject(String query, @Nullable String since, List<DatedEvent> events) {

  /** The most events a feed or digest lists. */
  public static final int MAX_EVENTS = 50;

  // How many of the newest matching documents are looked at to find the events.
  private static final int MAX_DOCUMENTS = 1_000;

  public Subject {
    events = List.copyOf(events);
  }

  public static Subject find(
      String query, @Nullable String since, SearchIndex index, StoryQueries stories)
      throws IOException {
    List<String> documents = index.newest(query, since, MAX_DOCUMENTS);
    return new Subject(query, since, stories.eventsOfDocuments(documents, since, MAX_EVENTS));
  }
}
