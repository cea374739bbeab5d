package org.dateline.web.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dateline.corpus.CorpusEntity;
import org.dateline.model.Quote;
import org.dateline.web.EntityDossier;

/** An entity in the report's shape (CONTRACT.md), with its quotations and events. */
final class EntityJson {
  private EntityJson() {}

  static Map<String, Object> of(EntityDossier d) {
    CorpusEntity e = d.entity();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", e.id());
    out.put("name", e.name());
    out.put("type", e.type().name());
    out.put("aliases", e.aliases());
    out.put("roles", e.roles());
    out.put("documents", e.documents());
    out.put("quotesFromDocuments", d.documentsRead());
    out.put("quotes", d.quotes().stream().map(EntityJson::quote).toList());
    out.put("events", d.events().stream().map(StoryJson::event).toList());
    return out;
  }

  private static Map<String, Object> quote(EntityDossier.Said s) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("document", s.document());
    out.put("published", s.date());
    out.put("text", s.quote().text());
    out.put("speaker", s.quote().speaker());
    out.put("direct", s.quote().kind() == Quote.Kind.DIRECT);
    return out;
  }
}
