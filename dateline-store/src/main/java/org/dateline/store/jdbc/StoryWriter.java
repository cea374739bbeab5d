package org.dateline.store.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.copies.CopyLink;
import org.dateline.corpus.CorpusEntity;
import org.dateline.corpus.CorpusSink;
import org.dateline.corpus.DatedEvent;
import org.dateline.corpus.EntityMention;
import org.dateline.model.Published;
import org.dateline.storylines.Storyline;
import org.jspecify.annotations.Nullable;

/**
 * Writes what the cross-document stage hands over into the story tables as it comes, over the
 * previous stories, inside the caller's transaction. Rows go out in batches, so the writer holds at
 * most a batch of each kind. A database failure surfaces as an {@link UncheckedIOException}, since
 * the sink's methods cannot throw; the store unwraps it.
 */
final class StoryWriter implements CorpusSink, AutoCloseable {
  private static final int BATCH = 1_000;
  private static final List<String> TABLES =
      List.of(
          "copies",
          "storyline_events",
          "storylines",
          "event_documents",
          "events",
          "entity_documents",
          "entities",
          "lent_dates");

  private final RecordCodec codec;
  private final List<Batch> batches = new ArrayList<>();
  private final Batch events;
  private final Batch members;
  private final Batch lent;
  private final Batch copies;
  private final Batch mentions;
  private final Batch storylines;
  private final Batch storylineMembers;
  private final Batch placed;
  private final Batch entities;
  private final PreparedStatement held;

  /** Deletes the previous stories and prepares the inserts. */
  StoryWriter(Connection db, RecordCodec codec) throws SQLException {
    this.codec = codec;
    try (Statement s = db.createStatement()) {
      for (String table : TABLES) {
        s.executeUpdate("DELETE FROM " + table);
      }
    }
    events =
        batch(
            db,
            "INSERT INTO events (id, title, start_date, end_date, storyline, documents)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
    members =
        batch(
            db, "INSERT INTO event_documents (event, position, document) VALUES (?, ?, ?)", events);
    lent = batch(db, "INSERT INTO lent_dates (document, value) VALUES (?, ?)");
    copies = batch(db, "INSERT INTO copies (a, b, record) VALUES (?, ?, ?)");
    mentions = batch(db, "INSERT INTO entity_documents (entity, document, key) VALUES (?, ?, ?)");
    storylines = batch(db, "INSERT INTO storylines (id, title) VALUES (?, ?)");
    storylineMembers =
        batch(
            db,
            "INSERT INTO storyline_events (storyline, position, event) VALUES (?, ?, ?)",
            storylines);
    placed = batch(db, "UPDATE events SET storyline = ? WHERE id = ?", events);
    entities =
        batch(
            db, "INSERT INTO entities (id, name, type, record, documents) VALUES (?, ?, ?, ?, ?)");
    held = db.prepareStatement("SELECT 1 FROM event_documents WHERE document = ?");
  }

  @Override
  public void event(DatedEvent e, Map<String, Published> lentDates) {
    List<String> docs = e.event().documents();
    events.add(
        e.id(), e.event().title(), e.start(), e.end(), e.storyline(), String.join("\n", docs));
    for (int i = 0; i < docs.size(); i++) {
      members.add(e.id(), i, docs.get(i));
    }
    lentDates.forEach(
        (doc, date) -> {
          if (date.value() != null) {
            lent.add(doc, date.value());
          }
        });
  }

  @Override
  public void copy(CopyLink link) {
    copies.add(link.a(), link.b(), encode(link));
  }

  @Override
  public void mention(EntityMention m) {
    mentions.add(m.entity(), m.document(), m.key());
  }

  @Override
  public void end(List<Storyline> lines, List<CorpusEntity> found) {
    for (Storyline s : lines) {
      storylines.add(s.id(), s.title());
      for (int i = 0; i < s.events().size(); i++) {
        storylineMembers.add(s.id(), i, s.events().get(i));
        placed.add(s.id(), s.events().get(i));
      }
    }
    for (CorpusEntity e : found) {
      entities.add(e.id(), e.name(), e.type().name(), encode(e), e.documents());
    }
  }

  @Override
  public boolean holds(String article) {
    members.flush();
    try {
      held.setString(1, article);
      try (ResultSet rs = held.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Sends what is still batched. */
  void finish() throws IOException {
    try {
      batches.forEach(Batch::flush);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public void close() throws SQLException {
    for (Batch b : batches) {
      b.statement.close();
    }
    held.close();
  }

  private Batch batch(Connection db, String sql) throws SQLException {
    return batch(db, sql, null);
  }

  /** A batch whose rows need those of {@code first} in place (a foreign key, an update). */
  private Batch batch(Connection db, String sql, @Nullable Batch first) throws SQLException {
    Batch b = new Batch(db.prepareStatement(sql), first);
    batches.add(b);
    return b;
  }

  private String encode(Object record) {
    try {
      return codec.write(record);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "a " + record.getClass().getSimpleName() + " cannot be encoded", e);
    }
  }

  private static UncheckedIOException failed(SQLException e) {
    return new UncheckedIOException(
        new IOException("cannot write the stories: " + e.getMessage(), e));
  }

  /** One statement, sent every {@link #BATCH} rows, after the batch it depends on. */
  private static final class Batch {
    private final PreparedStatement statement;
    private final @Nullable Batch first;
    private int pending;

    Batch(PreparedStatement statement, @Nullable Batch first) {
      this.statement = statement;
      this.first = first;
    }

    void add(@Nullable Object... values) {
      try {
        for (int i = 0; i < values.length; i++) {
          if (values[i] == null) {
            statement.setNull(i + 1, Types.VARCHAR);
          } else {
            statement.setObject(i + 1, values[i]);
          }
        }
        statement.addBatch();
        if (++pending == BATCH) {
          flush();
        }
      } catch (SQLException e) {
        throw failed(e);
      }
    }

    void flush() {
      if (pending == 0) {
        return;
      }
      if (first != null) {
        first.flush();
      }
      try {
        statement.executeBatch();
        pending = 0;
      } catch (SQLException e) {
        throw failed(e);
      }
    }
  }
}
