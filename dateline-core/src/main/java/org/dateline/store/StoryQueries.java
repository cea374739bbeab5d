package org.dateline.store;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dateline.copies.CopyLink;
import org.dateline.corpus.CorpusEntity;
import org.dateline.corpus.DatedEvent;
import org.dateline.corpus.EntityMention;
import org.dateline.storylines.Storyline;
import org.jspecify.annotations.Nullable;

/** Read-only queries over the stored copies, events and storylines. */
public interface StoryQueries {

  /**
   * Events, newest first (undated last), a page at a time.
   *
   * @param filter which events; every part optional
   * @param cursor where the previous page ended, or null for the first page
   */
  Slice<DatedEvent> events(EventFilter filter, @Nullable String cursor, int limit)
      throws IOException;

  Optional<DatedEvent> event(String id) throws IOException;

  /** The event a document belongs to, if it was clustered. */
  Optional<DatedEvent> eventOf(String document) throws IOException;

  /**
   * The events these documents belong to, each once, newest first (undated last), at most {@code
   * limit} of them.
   *
   * @param since when not null, only events that start or end on or after this date
   */
  List<DatedEvent> eventsOfDocuments(
      Collection<String> documents, @Nullable String since, int limit) throws IOException;

  Optional<Storyline> storyline(String id) throws IOException;

  /** The storyline's events that are stored, oldest first. */
  default List<DatedEvent> eventsOf(Storyline storyline) throws IOException {
    List<DatedEvent> out = new java.util.ArrayList<>();
    for (String id : storyline.events()) {
      event(id).ifPresent(out::add);
    }
    return out;
  }

  /** Storylines, the one with the newest event first, at most {@code limit}. */
  List<Storyline> storylines(int limit) throws IOException;

  /** The entity with this id. */
  Optional<CorpusEntity> entity(String id) throws IOException;

  /**
   * The documents that name the entity, newest publication first (undated last), at most {@code
   * limit}, each with the entity's key in it.
   */
  List<EntityMention> mentionsOf(String entity, int limit) throws IOException;

  /** Which entities these documents name. */
  List<EntityMention> mentionsIn(Collection<String> documents) throws IOException;

  /** Copy links both of whose documents are among these. */
  List<CopyLink> copiesAmong(Collection<String> documents) throws IOException;

  /**
   * Which events to list.
   *
   * @param text words the title contains, or null
   * @param entity the id of an entity one of its documents names, or null
   * @param outlet an outlet one of its documents comes from, or null
   * @param from earliest start date (ISO, inclusive), or null
   * @param to latest start date (ISO, inclusive), or null
   */
  record EventFilter(
      @Nullable String text,
      @Nullable String entity,
      @Nullable String outlet,
      @Nullable String from,
      @Nullable String to) {
    public static EventFilter all() {
      return new EventFilter(null, null, null, null, null);
    }
  }
}
