package org.dateline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.dateline.model.ContentKind;
import org.dateline.model.PageMetadata;
import org.dateline.model.RawPage;

/** A file that is one page: a text dump or an HTML file, possibly gzip-compressed. */
final class SinglePageReader implements ContainerReader {
  private final ContentKind kind;
  private final IngestSettings settings;

  SinglePageReader(ContentKind kind, IngestSettings settings) {
    this.kind = kind;
    this.settings = settings;
  }

  @Override
  public void read(SourceFile file, Consumer<IngestItem> sink) {
    byte[] bytes;
    try (InputStream in = file.open()) {
      bytes = Bytes.readAll(in, settings.maxPageBytes());
    } catch (IOException | RuntimeException e) {
      sink.accept(Failures.of(e, file.provenance()));
      return;
    }
    sink.accept(
        new IngestItem.Page(
            new RawPage(file.stem(), file.provenance(), kind, bytes, "", PageMetadata.empty())));
  }
}
