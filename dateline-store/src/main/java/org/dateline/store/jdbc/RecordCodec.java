package org.dateline.store.jdbc;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.dateline.copies.CopyLink;
import org.dateline.corpus.CorpusEntity;
import org.dateline.model.Article;
import org.dateline.model.Published;
import org.dateline.model.Rejection;
import org.jspecify.annotations.Nullable;

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

  /** The stored article, dated by its event when it states no date of its own. */
  Article article(String text, @Nullable String lent) throws IOException {
    Article a = article(text);
    return lent == null || a.published().stated()
        ? a
        : a.withPublished(new Published(lent, Published.Basis.EVENT));
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
