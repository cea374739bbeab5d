package org.dateline.ingest;

import java.util.function.Consumer;

/**
 * Reads one file of a given format and emits one item per page in it. A reader never throws for bad
 * content: whatever it cannot read becomes a {@link IngestItem.Failed}, and it goes on with the
 * next record when the format allows.
 */
interface ContainerReader {
  void read(SourceFile file, Consumer<IngestItem> sink);
}
