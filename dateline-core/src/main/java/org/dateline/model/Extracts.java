package org.dateline.model;

import java.util.List;

/**
 * What the extract stage read from one article: its entities, quotations, figures and time
 * expressions.
 *
 * @param entities the entities the article names, each once, with its aliases
 * @param quotes quotations and reported speech, and phrases in scare quotes
 * @param facts numeric facts
 * @param times time expressions in text order
 */
public record Extracts(
    List<Entity> entities, List<Quote> quotes, List<Fact> facts, List<TimeMention> times) {

  public Extracts {
    entities = entities == null ? List.of() : List.copyOf(entities);
    quotes = quotes == null ? List.of() : List.copyOf(quotes);
    facts = facts == null ? List.of() : List.copyOf(facts);
    times = times == null ? List.of() : List.copyOf(times);
  }

  /** Nothing extracted (yet). */
  public static Extracts none() {
    return new Extracts(List.of(), List.of(), List.of(), List.of());
  }
}
