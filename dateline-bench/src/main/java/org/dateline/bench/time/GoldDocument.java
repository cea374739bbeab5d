package org.dateline.bench.time;

import java.time.LocalDate;
import java.util.List;

/**
 * One labelled document.
 *
 * @param id file name, which also decides the held-out split
 * @param corpus "tempeval3" or "eventstoryline"
 * @param text the raw text gold offsets count in
 * @param creation the document creation date, the reference for relative expressions
 * @param gold the gold expressions in text order
 * @param scope the parts of the text that were annotated at all (EventStoryLine annotates only some
 *     sentences); empty when the whole text was
 */
public record GoldDocument(
    String id,
    String corpus,
    String text,
    LocalDate creation,
    List<Mention> gold,
    List<Mention> scope) {

  /** The system expressions that fall in the annotated parts of the text. */
  public List<Mention> inScope(List<Mention> found) {
    return scope.isEmpty()
        ? found
        : found.stream().filter(m -> scope.stream().anyMatch(m::overlaps)).toList();
  }
}
