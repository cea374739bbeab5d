package org.dateline.cli.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.Rejection;
import org.dateline.pipeline.ResultSink;

/** Streams {@code extract}'s JSON Lines: one object per page, one page per line. */
public final class ExtractWriter implements ResultSink, AutoCloseable {
  private final JsonGenerator g;
  private final List<Rejection> rejected = new ArrayList<>();

  public ExtractWriter(Path file) throws IOException {
    g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8);
    g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
  }

  @Override
  public void article(Article article) throws IOException {
    JsonShapes.extractLine(g, article);
  }

  @Override
  public void rejected(Rejection rejection) {
    rejected.add(rejection);
  }

  public List<Rejection> rejections() {
    return List.copyOf(rejected);
  }

  @Override
  public void close() throws IOException {
    g.writeRaw('\n');
    g.close();
  }
}
