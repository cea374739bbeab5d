package org.dateline.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.copies.CopyLink;
import org.dateline.corpus.DatedEvent;
import org.dateline.storylines.Storyline;

/** Events, storylines and copy pairs in the report's shapes (CONTRACT.md). */
public final class StoryJson {
  private StoryJson() {}

  public static Map<String, Object> event(DatedEvent e) {
    Map<String, Object> when = new LinkedHashMap<>();
    when.put("value", e.start());
    when.put("end", e.end());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", e.id());
    out.put("title", e.event().title());
    out.put("when", when);
    out.put("documents", e.event().documents());
    out.put("storyline", e.storyline());
    return out;
  }

  public static Map<String, Object> copy(CopyLink p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("a", p.a());
    out.put("b", p.b());
    out.put("sharedSentences", p.sharedSentences());
    out.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
    return out;
  }

  public static Map<String, Object> storyline(Storyline s, List<DatedEvent> events) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", s.id());
    out.put("title", s.title());
    out.put("events", events.stream().map(StoryJson::event).toList());
    return out;
  }
}
