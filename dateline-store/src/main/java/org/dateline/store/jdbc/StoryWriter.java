package org.dateline.store.jdbc;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.dateline.copies.CopyLink;
import org.dateline.corpus.CorpusEntity;
import org.dateline.corpus.CorpusResult;
import org.dateline.corpus.DatedEvent;
import org.dateline.corpus.EntityMention;
import org.dateline.model.Published;
import org.dateline.storylines.Storyline;

/**
 * Writes the cross-document stage's result over the previous one, inside the caller's transaction.
 */
final class StoryWriter {
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

  private final Connection db;
  private final RecordCodec codec;

  StoryWriter(Connection db, RecordCodec codec) {
    this.db = db;
    this.codec = codec;
  }

  /** Replaces everything; returns how many events were written. */
  int replace(CorpusResult stories) throws SQLException {
    try (Statement s = db.createStatement()) {
      for (String table : TABLES) {
        s.executeUpdate("DELETE FROM " + table);
      }
    }
    try (PreparedStatement event =
            db.prepareStatement(
                "INSERT INTO events (id, title, start_date, end_date, storyline, documents)"
                    + " VALUES (?, ?, ?, ?, ?, ?)");
        PreparedStatement member =
            db.prepareStatement(
                "INSERT INTO event_documents (event, position, document) VALUES (?, ?, ?)")) {
      for (DatedEvent e : stories.events()) {
        event.setString(1, e.id());
        event.setString(2, e.event().title());
        event.setString(3, e.start());
        event.setString(4, e.end());
        event.setString(5, e.storyline());
        List<String> docs = e.event().documents();
        event.setString(6, String.join("\n", docs));
        event.addBatch();
        for (int i = 0; i < docs.size(); i++) {
          member.setString(1, e.id());
          member.setInt(2, i);
          member.setString(3, docs.get(i));
          member.addBatch();
        }
      }
      event.executeBatch();
      member.executeBatch();
    }
    try (PreparedStatement line =
            db.prepareStatement("INSERT INTO storylines (id, title) VALUES (?, ?)");
        PreparedStatement member =
            db.prepareStatement(
                "INSERT INTO storyline_events (storyline, position, event) VALUES (?, ?, ?)")) {
      for (Storyline s : stories.storylines()) {
        line.setString(1, s.id());
        line.setString(2, s.title());
        line.addBatch();
        for (int i = 0; i < s.events().size(); i++) {
          member.setString(1, s.id());
          member.setInt(2, i);
          member.setString(3, s.events().get(i));
          member.addBatch();
        }
      }
      line.executeBatch();
      member.executeBatch();
    }
    try (PreparedStatement copy =
        db.prepareStatement("INSERT INTO copies (a, b, record) VALUES (?, ?, ?)")) {
      for (CopyLink p : stories.copies()) {
        copy.setString(1, p.a());
        copy.setString(2, p.b());
        copy.setString(3, encode(p));
        copy.addBatch();
      }
      copy.executeBatch();
    }
    writeEntities(stories);
    try (PreparedStatement lent =
        db.prepareStatement("INSERT INTO lent_dates (document, value) VALUES (?, ?)")) {
      for (Map.Entry<String, Published> e : stories.lentDates().entrySet()) {
        String value = e.getValue().value();
        if (value != null) {
          lent.setString(1, e.getKey());
          lent.setString(2, value);
          lent.addBatch();
        }
      }
      lent.executeBatch();
    }
    return stories.events().size();
  }

  private void writeEntities(CorpusResult stories) throws SQLException {
    try (PreparedStatement entity =
            db.prepareStatement(
                "INSERT INTO entities (id, name, type, record, documents) VALUES (?, ?, ?, ?, ?)");
        PreparedStatement mention =
            db.prepareStatement(
                "INSERT INTO entity_documents (entity, document, key) VALUES (?, ?, ?)")) {
      for (CorpusEntity e : stories.entities()) {
        entity.setString(1, e.id());
        entity.setString(2, e.name());
        entity.setString(3, e.type().name());
        entity.setString(4, encode(e));
        entity.setInt(5, e.documents());
        entity.addBatch();
      }
      entity.executeBatch();
      for (EntityMention m : stories.mentions()) {
        mention.setString(1, m.entity());
        mention.setString(2, m.document());
        mention.setString(3, m.key());
        mention.addBatch();
      }
      mention.executeBatch();
    }
  }

  private String encode(Object record) throws SQLException {
    try {
      return codec.write(record);
    } catch (IOException e) {
      throw new SQLException("a " + record.getClass().getSimpleName() + " cannot be encoded", e);
    }
  }
}
