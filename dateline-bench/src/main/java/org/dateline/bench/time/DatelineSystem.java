package org.dateline.bench.time;

import java.util.List;
import org.dateline.time.TemporalTagger;

/** Dateline's own rule-based tagger. */
public final class DatelineSystem implements TimexSystem {
  private final TemporalTagger tagger = new TemporalTagger();

  @Override
  public String name() {
    return "dateline";
  }

  @Override
  public List<Mention> tag(GoldDocument doc) {
    return tagger.tag(doc.text(), doc.creation()).stream()
        .map(t -> new Mention(t.begin(), t.end(), t.type().name(), t.value()))
        .toList();
  }
}
