package org.dateline.pipeline;

import java.io.IOException;
import org.dateline.model.Article;
import org.dateline.model.Rejection;

/** Receives the runner's results, one at a time, in input order, on a single thread. */
public interface ResultSink {
  void article(Article article) throws IOException;

  void rejected(Rejection rejection) throws IOException;
}
