package org.dateline.cli.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Locale;
import org.dateline.copies.CopyPair;
import org.dateline.corpus.CorpusResult;
import org.dateline.corpus.DatedEvent;
import org.dateline.storylines.Storyline;

/** Writes the report's {@code copies}, {@code events} and {@code storylines} sections. */
final class StorySections {
  private StorySections() {}

  static void write(JsonGenerator g, CorpusResult corpus) throws IOException {
    g.writeArrayFieldStart("copies");
    for (CopyPair p : corpus.copies()) {
      copy(g, p);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("events");
    for (DatedEvent e : corpus.events()) {
      event(g, e);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("storylines");
    for (Storyline s : corpus.storylines()) {
      g.writeStartObject();
      g.writeStringField("id", s.id());
      g.writeStringField("title", s.title());
      JsonShapes.strings(g, "events", s.events());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void copy(JsonGenerator g, CopyPair p) throws IOException {
    g.writeStartObject();
    g.writeStringField("a", p.a());
    g.writeStringField("b", p.b());
    g.writeNumberField("sharedSentences", p.sharedSentences());
    g.writeStringField("kind", p.kind().name().toLowerCase(Locale.ROOT));
    JsonShapes.strings(g, "addedByA", p.addedByA());
    JsonShapes.strings(g, "addedByB", p.addedByB());
    g.writeEndObject();
  }

  private static void event(JsonGenerator g, DatedEvent e) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id());
    g.writeStringField("title", e.event().title());
    g.writeObjectFieldStart("when");
    JsonShapes.nullable(g, "value", e.start());
    JsonShapes.nullable(g, "end", e.end());
    g.writeEndObject();
    JsonShapes.strings(g, "documents", e.event().documents());
    JsonShapes.nullable(g, "storyline", e.storyline());
    g.writeEndObject();
  }
}
