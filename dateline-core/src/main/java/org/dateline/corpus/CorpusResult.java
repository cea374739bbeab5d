package org.dateline.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dateline.copies.CopyLink;
import org.dateline.model.Published;
import org.dateline.storylines.Storyline;
import org.jspecify.annotations.Nullable;

/**
 * What the cross-document stage found.
 *
 * @param copies pairs of articles that reuse the same wire text
 * @param events every event, in id order
 * @param storylines storylines of two or more events, by their oldest event
 * @param eventOf article id to its event's id
 * @param lentDates publication dates that articles without a stated date take from their event's
 *     dated pages
 * @param entities the entities the articles name, resolved across them
 * @param mentions which article names which entity
 */
public record CorpusResult(
    List<CopyLink> copies,
    List<DatedEvent> events,
    List<Storyline> storylines,
    Map<String, String> eventOf,
    Map<String, Published> lentDates,
    List<CorpusEntity> entities,
    List<EntityMention> mentions) {
  public CorpusResult {
    copies = List.copyOf(copies);
    events = List.copyOf(events);
    storylines = List.copyOf(storylines);
    eventOf = Map.copyOf(eventOf);
    lentDates = Map.copyOf(lentDates);
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
  }

  /** The id of the article's event, or null when the article was not clustered. */
  public @Nullable String eventOf(String article) {
    Objects.requireNonNull(article, "article");
    return eventOf.get(article);
  }

  /**
   * The article's publication date: its own when the page states it, else the one its event lends
   * it, else its own fetch time or nothing.
   */
  public Published published(String article, Published own) {
    if (own.stated()) {
      return own;
    }
    return lentDates.getOrDefault(article, own);
  }

  /**
   * Hands the whole result to a sink in the order the stage itself would: each event with the dates
   * it lends, the copies and mentions, then the storylines and entities.
   */
  public void replayInto(CorpusSink sink) {
    for (DatedEvent e : events) {
      Map<String, Published> lent = new HashMap<>();
      for (String doc : e.event().documents()) {
        Published p = lentDates.get(doc);
        if (p != null) {
          lent.put(doc, p);
        }
      }
      sink.event(new DatedEvent(e.event(), e.start(), e.end(), null), lent);
    }
    copies.forEach(sink::copy);
    mentions.forEach(sink::mention);
    sink.end(storylines, entities);
  }
}
