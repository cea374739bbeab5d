package org.dateline.cli.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.Rejection;
import org.dateline.model.Removal;
import org.dateline.model.TimeMention;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of the contract, written field by field so that nothing is renamed by accident.
 */
final class JsonShapes {
  private JsonShapes() {}

  static void document(JsonGenerator g, Article a, @Nullable String event) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("source", a.provenance().toString());
    nullable(g, "url", a.url());
    nullable(g, "title", a.title());
    nullable(g, "outlet", a.outlet());
    strings(g, "authors", a.authors());
    g.writeObjectFieldStart("published");
    nullable(g, "value", a.published().value());
    g.writeStringField("basis", a.published().basisName());
    g.writeEndObject();
    g.writeStringField("text", a.text());
    strings(g, "captions", a.captions());
    g.writeArrayFieldStart("boilerplate");
    for (Removal r : a.boilerplate()) {
      g.writeString(r.text());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("removed");
    for (Removal r : a.boilerplate()) {
      g.writeStartObject();
      g.writeStringField("text", r.text());
      g.writeStringField("why", r.why());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("scareQuotes");
    for (org.dateline.model.Quote q : a.extracts().quotes()) {
      if (!q.speech()) {
        g.writeString(q.text());
      }
    }
    g.writeEndArray();
    g.writeArrayFieldStart("times");
    for (TimeMention t : a.extracts().times()) {
      g.writeStartObject();
      g.writeNumberField("begin", t.begin());
      g.writeNumberField("end", t.end());
      g.writeStringField("text", t.text());
      g.writeStringField("type", t.type());
      nullable(g, "value", t.value());
      g.writeEndObject();
    }
    g.writeEndArray();
    nullable(g, "event", event);
    g.writeEndObject();
  }

  static void extractLine(JsonGenerator g, Article a) throws IOException {
    g.writeStartObject();
    g.writeStringField("source", a.provenance().toString());
    g.writeStringField("id", a.id());
    nullable(g, "title", a.title());
    nullable(g, "outlet", a.outlet());
    strings(g, "authors", a.authors());
    nullable(g, "published", a.published().value());
    g.writeStringField("text", a.text());
    g.writeEndObject();
  }

  static void rejection(JsonGenerator g, Rejection r) throws IOException {
    g.writeStartObject();
    g.writeStringField("source", r.provenance().toString());
    g.writeStringField("reason", r.reason().name());
    g.writeStringField("message", r.message());
    g.writeStringField("stage", r.stage());
    g.writeEndObject();
  }

  static void nullable(JsonGenerator g, String field, @Nullable String value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
  }

  static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
