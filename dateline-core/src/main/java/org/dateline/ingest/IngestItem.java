package org.dateline.ingest;

import java.util.Objects;
import org.dateline.model.RawPage;
import org.dateline.model.Rejection;

/** One thing ingest found: a page to process, or a file or record it could not read. */
public sealed interface IngestItem {

  /** A page to send through the pipeline. */
  record Page(RawPage page) implements IngestItem {
    public Page {
      Objects.requireNonNull(page, "page");
    }
  }

  /** Something that could not be read, and why. */
  record Failed(Rejection rejection) implements IngestItem {
    public Failed {
      Objects.requireNonNull(rejection, "rejection");
    }
  }
}
