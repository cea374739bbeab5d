package org.dateline.cli.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Locale;
import org.dateline.copies.CopyLink;
import org.dateline.corpus.DatedEvent;
import org.dateline.store.DocumentStore;

/** Writes the report's {@code copies}, {@code events} and {@code storylines} sections. */
final class StorySections {
  private StorySections() {}

  /** The sections, keeping what touches the run's documents. */
  static void write(JsonGenerator g, DocumentStore store, long run) throws IOException {
    g.writeArrayFieldStart("copies");
    store.forEachCopyOfRun(run, p -> copy(g, p));
    g.writeEndArray();
    g.writeArrayFieldStart("events");
    store.forEachEventOfRun(run, e -> event(g, e));
    g.writeEndArray();
    g.writeArrayFieldStart("storylines");
    store.forEachStorylineOfRun(
        run,
        s -> {
          g.writeStartObject();
          g.writeStringField("id", s.id());
          g.writeStringField("title", s.title());
          JsonShapes.strings(g, "events", s.events());
          g.writeEndObject();
        });
    g.writeEndArray();
  }

  private static void copy(JsonGenerator g, CopyLink p) throws IOException {
    g.writeStartObject();
    g.writeStringField("a", p.a());
    g.writeStringField("b", p.b());
    g.writeNumberField("sharedSentences", p.sharedSentences());
    g.writeStringField("kind", p.kind().name().toLowerCase(Locale.ROOT));
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
