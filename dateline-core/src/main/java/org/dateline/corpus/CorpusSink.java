package org.dateline.corpus;

import java.util.List;
import java.util.Map;
import org.dateline.copies.CopyLink;
import org.dateline.model.Published;
import org.dateline.storylines.Storyline;

/**
 * Receives what the cross-document stage finds, as soon as it is final, so that nothing about an
 * article need stay in memory once its event has left the active window.
 */
public interface CorpusSink {

  /** Two articles reuse the same wire text. */
  void copy(CopyLink link);

  /** An article names an entity. */
  void mention(EntityMention mention);

  /**
   * An event is final: it takes no more articles. Its storyline is not known yet (null) and comes
   * with {@link #end}.
   *
   * @param lent publication dates for those of its articles that state none
   */
  void event(DatedEvent event, Map<String, Published> lent);

  /** The stage has ended: every event was handed over; these storylines link them. */
  void end(List<Storyline> storylines, List<CorpusEntity> entities);

  /**
   * Whether an article of an event already handed over was added under this id. A sink that keeps
   * nothing answers false, and whoever feeds the stage must then add each article once.
   */
  default boolean holds(String article) {
    return false;
  }
}
