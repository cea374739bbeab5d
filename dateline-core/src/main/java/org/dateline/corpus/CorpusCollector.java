package org.dateline.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.copies.CopyLink;
import org.dateline.model.Published;
import org.dateline.storylines.Storyline;
import org.jspecify.annotations.Nullable;

/**
 * Collects everything the cross-document stage hands over into one {@link CorpusResult}: for runs
 * whose result is written whole (a report, the store), so it grows with the corpus.
 */
public final class CorpusCollector implements CorpusSink {

  private final List<CopyLink> copies = new ArrayList<>();
  private final List<EntityMention> mentions = new ArrayList<>();
  private final List<DatedEvent> events = new ArrayList<>();
  private final Map<String, String> eventOf = new HashMap<>();
  private final Map<String, Published> lent = new HashMap<>();
  private @Nullable CorpusResult result;

  @Override
  public void copy(CopyLink link) {
    copies.add(link);
  }

  @Override
  public void mention(EntityMention mention) {
    mentions.add(mention);
  }

  @Override
  public void event(DatedEvent event, Map<String, Published> lent) {
    events.add(event);
    event.event().documents().forEach(doc -> eventOf.put(doc, event.id()));
    this.lent.putAll(lent);
  }

  @Override
  public void end(List<Storyline> storylines, List<CorpusEntity> entities) {
    Map<String, String> storylineOf = new HashMap<>();
    for (Storyline s : storylines) {
      s.events().forEach(e -> storylineOf.put(e, s.id()));
    }
    List<DatedEvent> placed = new ArrayList<>();
    for (DatedEvent e : events) {
      placed.add(new DatedEvent(e.event(), e.start(), e.end(), storylineOf.get(e.id())));
    }
    placed.sort(Comparator.comparingInt(e -> Integer.parseInt(e.id().substring(1))));
    result = new CorpusResult(copies, placed, storylines, eventOf, lent, entities, mentions);
  }

  @Override
  public boolean holds(String article) {
    return eventOf.containsKey(article);
  }

  /** The collected result; only once the stage has ended. */
  public CorpusResult result() {
    if (result == null) {
      throw new IllegalStateException("the stage has not ended");
    }
    return result;
  }
}
