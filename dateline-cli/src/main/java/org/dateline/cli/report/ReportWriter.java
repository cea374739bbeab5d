package org.dateline.cli.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.corpus.CorpusResult;
import org.dateline.extract.LentDate;
import org.dateline.model.Article;
import org.dateline.model.Rejection;
import org.dateline.pipeline.ResultSink;

/**
 * Streams the {@code dateline.report/1} JSON: each document is written as it arrives, so the report
 * never sits in memory. Rejections are kept (they are small) and written at the end. Entities,
 * quotations and figures are spilled aside and written after the documents. Copies, events and
 * storylines come from the cross-document stage, which has seen the whole store before the first
 * document is written, so each document can name its event; the report keeps those that touch the
 * run's documents.
 */
public final class ReportWriter implements ResultSink, AutoCloseable {
  public static final String SCHEMA = "dateline.report/1";

  private final JsonGenerator g;
  private final List<Rejection> rejected = new ArrayList<>();
  private final ExtractSections extracts = new ExtractSections();
  private final CorpusResult corpus;
  private final Set<String> written = new HashSet<>();
  private final LentDate lent = new LentDate();
  private long documents;

  public ReportWriter(Path file, CorpusResult corpus) throws IOException {
    this.corpus = corpus;
    g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("schema", SCHEMA);
    g.writeArrayFieldStart("documents");
  }

  @Override
  public void article(Article article) throws IOException {
    Article read = lent.apply(article);
    JsonShapes.document(g, read, corpus.eventOf(article.id()));
    extracts.add(read);
    written.add(article.id());
    documents++;
  }

  @Override
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
    StorySections.write(g, corpus, written);
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
