package org.dateline.cli.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.extract.LentDate;
import org.dateline.model.Article;
import org.dateline.model.Rejection;
import org.dateline.store.DocumentStore;
import org.jspecify.annotations.Nullable;

/**
 * Streams the {@code dateline.report/1} JSON: each document is written as it arrives, so the report
 * never sits in memory. Rejections are kept (they are small) and written at the end. Entities,
 * quotations and figures are spilled aside and written after the documents. Copies, events and
 * storylines are read from the store, which the cross-document stage filled before the first
 * document is written, so each document can name its event; the report keeps those that touch the
 * run's documents.
 */
public final class ReportWriter implements AutoCloseable {
  public static final String SCHEMA = "dateline.report/1";

  private final JsonGenerator g;
  private final List<Rejection> rejected = new ArrayList<>();
  private final ExtractSections extracts = new ExtractSections();
  private final DocumentStore store;
  private final long run;
  private final LentDate lent = new LentDate();
  private long documents;

  /** A report on the stored run {@code run}. */
  public ReportWriter(Path file, DocumentStore store, long run) throws IOException {
    this.store = store;
    this.run = run;
    g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("schema", SCHEMA);
    g.writeArrayFieldStart("documents");
  }

  /** Writes a document, with the id of its event or null. */
  public void article(Article article, @Nullable String event) throws IOException {
    Article read = lent.apply(article);
    JsonShapes.document(g, read, event);
    extracts.add(read);
    documents++;
  }

  public void rejected(Rejection rejection) {
    rejected.add(rejection);
  }

  public List<Rejection> rejections() {
    return List.copyOf(rejected);
  }

  public long documents() {
    return documents;
  }

  @Override
  public void close() throws IOException {
    g.writeEndArray();
    StorySections.write(g, store, run);
    extracts.write(g);
    extracts.close();
    g.writeArrayFieldStart("rejected");
    for (Rejection r : rejected) {
      JsonShapes.rejection(g, r);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.close();
  }
}
