package org.dateline.bench.time;

import java.util.List;

/** A time tagger under test. */
public interface TimexSystem {
  String name();

  /** The system's expressions in the document text, given its creation date. */
  List<Mention> tag(GoldDocument doc);
}
