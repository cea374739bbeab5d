package org.dateline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dateline.model.ContentKind;
import org.dateline.model.PageMetadata;
import org.dateline.model.Provenance;
import org.dateline.model.RawPage;
import org.dateline.model.ReasonCode;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC files (plain or gzip per record) read with jwarc. Each successful HTML or text {@code
 * response} record is a page; its target URI and capture date are stated metadata. Other record
 * types (warcinfo, request, metadata) are not pages and are passed over. A record cut short ends
 * the file with a {@code TRUNCATED} rejection naming the record.
 */
final class WarcContainerReader implements ContainerReader {
  private final IngestSettings settings;

  WarcContainerReader(IngestSettings settings) {
    this.settings = settings;
  }

  @Override
  public void read(SourceFile file, Consumer<IngestItem> sink) {
    long position = 0;
    try (WarcReader reader = new WarcReader(file.path())) {
      Optional<WarcRecord> next;
      while ((next = nextRecord(reader)).isPresent()) {
        WarcRecord record = next.get();
        if (record instanceof WarcResponse response) {
          readResponse(file, response, sink);
        }
        position = reader.position();
      }
    } catch (IOException | RuntimeException e) {
      Provenance at = file.provenance("offset " + position);
      ReasonCode reason = Failures.reasonFor(e);
      sink.accept(
          Failures.of(
              reason == ReasonCode.UNREADABLE ? ReasonCode.TRUNCATED : reason,
              "WARC cannot be read past byte " + position + ": " + e.getMessage(),
              at));
    }
  }

  private static Optional<WarcRecord> nextRecord(WarcReader reader) throws IOException {
    try {
      return reader.next();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Emits the record's page, if it is one. */
  private void readResponse(SourceFile file, WarcResponse response, Consumer<IngestItem> sink)
      throws IOException {
    String id = recordId(response);
    Provenance provenance = file.provenance(id);
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | RuntimeException e) {
      sink.accept(
          Failures.of(ReasonCode.MALFORMED, "bad HTTP message in WARC record: " + e, provenance));
      return;
    }
    MediaType type = http.contentType();
    Optional<ContentKind> kind = kindOf(type);
    if (http.status() != 200 || kind.isEmpty()) {
      return; // redirects, errors and non-text payloads are captures, not pages
    }
    byte[] bytes; // a record cut short throws EOFException here, which ends the file
    try (InputStream in = http.bodyDecoded().stream()) {
      bytes = Bytes.readAll(in, settings.maxPageBytes());
    } catch (PageTooLargeException e) {
      sink.accept(Failures.of(e, provenance)); // the reader skips the rest of this record
      return;
    }
    String charset = type.parameters().getOrDefault("charset", "");
    PageMetadata metadata =
        new PageMetadata(
            response.target(), null, null, null, List.of(), response.date().toString());
    sink.accept(
        new IngestItem.Page(new RawPage(id, provenance, kind.get(), bytes, charset, metadata)));
  }

  private static Optional<ContentKind> kindOf(MediaType type) {
    String base = type.base().toString();
    if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
      return Optional.of(ContentKind.HTML);
    }
    return base.equals("text/plain") ? Optional.of(ContentKind.TEXT) : Optional.empty();
  }

  /** {@code <urn:uuid:1234-...>} becomes {@code 1234-...}. */
  private static String recordId(WarcRecord record) {
    String id = record.id().toString();
    return id.startsWith("urn:uuid:") ? id.substring("urn:uuid:".length()) : id;
  }
}
