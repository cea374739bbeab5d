package org.dateline.store.jdbc;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.dateline.copies.CopyLink;
import org.dateline.corpus.DatedEvent;
import org.dateline.store.DocumentStore.Visitor;
import org.dateline.storylines.Storyline;

/**
 * Streams the stored copies, events and storylines that touch one run's articles, straight from the
 * tables, so that a report over a large run never holds them all.
 */
final class RunStories {
  private static final String RUN_ARTICLES =
      "SELECT p.id FROM run_pages r JOIN pages p ON p.key = r.key"
          + " WHERE r.run = ? AND p.kind = 'article'";
  private static final String RUN_EVENTS =
      "SELECT d.event FROM event_documents d WHERE d.document IN (" + RUN_ARTICLES + ")";
  // Ids are a letter and a number: shorter first, then by text, is numeric order.
  private static final String BY_ID = " ORDER BY length(%1$s), %1$s";

  private final Connection db;
  private final RecordCodec codec;

  RunStories(Connection db, RecordCodec codec) {
    this.db = db;
    this.codec = codec;
  }

  void copies(long run, Visitor<CopyLink> visitor) throws SQLException, IOException {
    try (PreparedStatement q =
        db.prepareStatement(
            "SELECT record FROM copies WHERE a IN ("
                + RUN_ARTICLES
                + ") OR b IN ("
                + RUN_ARTICLES
                + ") ORDER BY a, b")) {
      q.setLong(1, run);
      q.setLong(2, run);
      try (ResultSet rs = fetch(q)) {
        while (rs.next()) {
          visitor.visit(codec.copy(rs.getString(1)));
        }
      }
    }
  }

  void events(long run, Visitor<DatedEvent> visitor) throws SQLException, IOException {
    try (PreparedStatement q =
        db.prepareStatement(
            "SELECT "
                + EventRow.COLUMNS
                + " FROM events WHERE id IN ("
                + RUN_EVENTS
                + ")"
                + String.format(BY_ID, "id"))) {
      q.setLong(1, run);
      try (ResultSet rs = fetch(q)) {
        while (rs.next()) {
          visitor.visit(EventRow.read(rs).event());
        }
      }
    }
  }

  /** Each storyline with its events in order; the rows come grouped by storyline. */
  void storylines(long run, Visitor<Storyline> visitor) throws SQLException, IOException {
    try (PreparedStatement q =
        db.prepareStatement(
            "SELECT s.id, s.title, m.event FROM storylines s"
                + " JOIN storyline_events m ON m.storyline = s.id"
                + " WHERE s.id IN (SELECT e.storyline FROM events e WHERE e.id IN ("
                + RUN_EVENTS
                + "))"
                + String.format(BY_ID, "s.id")
                + ", m.position")) {
      q.setLong(1, run);
      try (ResultSet rs = fetch(q)) {
        String id = "";
        String title = "";
        List<String> events = new ArrayList<>();
        while (rs.next()) {
          if (!events.isEmpty() && !id.equals(rs.getString(1))) {
            visitor.visit(new Storyline(id, title, events));
            events = new ArrayList<>();
          }
          id = rs.getString(1);
          title = rs.getString(2);
          events.add(rs.getString(3));
        }
        if (!events.isEmpty()) {
          visitor.visit(new Storyline(id, title, events));
        }
      }
    }
  }

  private static ResultSet fetch(PreparedStatement q) throws SQLException {
    q.setFetchSize(256);
    return q.executeQuery();
  }
}
