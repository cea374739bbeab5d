package org.dateline.store.jdbc;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.dateline.copies.CopyLink;
import org.dateline.corpus.CorpusEntity;
import org.dateline.model.Article;
import org.dateline.model.Rejection;

/** Model records to and from the JSON kept in the {@code record} column. */
final class RecordCodec {
  private final ObjectMapper json =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  String write(Object record) throws IOException {
    return json.writeValueAsString(record);
  }

  Article article(String text) throws IOException {
    return json.readValue(text, Article.class);
  }

  CopyLink copy(String text) throws IOException {
    return json.readValue(text, CopyLink.class);
  }

  CorpusEntity entity(String text) throws IOException {
    return json.readValue(text, CorpusEntity.class);
  }

  Rejection rejection(String text) throws IOException {
    return json.readValue(text, Rejection.class);
  }

  PageHeader page(String text) throws IOException {
    return json.readValue(text, PageHeader.class);
  }
}
