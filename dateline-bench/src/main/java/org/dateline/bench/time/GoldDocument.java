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
 * @param tokens the tokens gold expressions are made of, in text order (EventStoryLine annotates
 *     whole tokens); empty when gold offsets count in characters
 */
public record GoldDocument(
    String id,
    String corpus,
    String text,
    LocalDate creation,
    List<Mention> gold,
    List<Mention> scope,
    List<Mention> tokens) {

  /** The system expressions that fall in the annotated parts of the text. */
  public List<Mention> inScope(List<Mention> found) {
    return scope.isEmpty()
        ? found
        : found.stream().filter(m -> scope.stream().anyMatch(m::overlaps)).toList();
  }

  /**
   * The system expressions as the gold can express them: each widened to the whole tokens it
   * touches when gold is made of tokens. A system that finds "Monday" in the token "Monday's" marks
   * that token, since no gold span can be finer.
   */
  public List<Mention> asTokens(List<Mention> found) {
    return tokens.isEmpty() ? found : found.stream().map(this::toTokens).toList();
  }

  private Mention toTokens(Mention m) {
    int begin = m.begin();
    int end = m.end();
    for (Mention t : tokens) {
      if (t.overlaps(m)) {
        begin = Math.min(begin, t.begin());
        end = Math.max(end, t.end());
      }
    }
    return new Mention(begin, end, m.type(), m.value());
  }
}
