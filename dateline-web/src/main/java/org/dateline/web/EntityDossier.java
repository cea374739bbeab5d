package org.dateline.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.corpus.CorpusEntity;
import org.dateline.corpus.DatedEvent;
import org.dateline.corpus.EntityMention;
import org.dateline.model.Article;
import org.dateline.model.Quote;
import org.dateline.store.DocumentQueries;
import org.dateline.store.StoryQueries;

/**
 * What the store knows of one entity, for its page and its API resource: the entity, what it said
 * in its most recent documents (newest first), and the events whose documents name it.
 *
 * @param entity the entity
 * @param quotes its quotations, newest document first
 * @param events events that name it, newest first
 * @param documentsRead how many of its newest documents the quotations were read from
 */
public record EntityDossier(
    CorpusEntity entity, List<Said> quotes, List<DatedEvent> events, int documentsRead) {

  // The newest documents an entity page reads quotations from, and the events it lists.
  static final int MAX_DOCUMENTS = 200;
  static final int MAX_EVENTS = 50;

  /** One quotation, with the document it comes from and that document's date. */
  public record Said(
      Quote quote, String document, @org.jspecify.annotations.Nullable String date) {}

  public static Optional<EntityDossier> load(String id, DocumentQueries store, StoryQueries stories)
      throws IOException {
    Optional<CorpusEntity> found = stories.entity(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    List<EntityMention> mentions = stories.mentionsOf(id, MAX_DOCUMENTS);
    Map<String, Article> documents = new HashMap<>();
    for (Article a : store.documents(mentions.stream().map(EntityMention::document).toList())) {
      documents.put(a.id(), a);
    }
    List<Said> quotes = new ArrayList<>();
    for (EntityMention m : mentions) {
      Article a = documents.get(m.document());
      if (a == null) {
        continue;
      }
      for (Quote q : a.extracts().quotes()) {
        if (q.speech() && m.key().equals(q.speakerKey())) {
          quotes.add(new Said(q, a.id(), a.published().value()));
        }
      }
    }
    List<DatedEvent> events =
        stories
            .events(new StoryQueries.EventFilter(null, id, null, null, null), null, MAX_EVENTS)
            .items();
    return Optional.of(new EntityDossier(found.get(), quotes, events, mentions.size()));
  }
}
