package org.dateline.clean;

import java.util.List;
import org.dateline.model.Extraction;

/** Body/boilerplate classification for plain-text dumps. PLACEHOLDER: being replaced. */
public final class TextDumpCleaner {
  public Extraction clean(String text) {
    return new Extraction(null, null, List.of(), null, List.of(text.strip()), List.of(), List.of());
  }
}
