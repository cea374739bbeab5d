package org.dateline.store.jdbc;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.copies.CopyLink;
import org.dateline.corpus.CorpusEntity;
import org.dateline.corpus.DatedEvent;
import org.dateline.corpus.EntityMention;
import org.dateline.store.Slice;
import org.dateline.store.StoryQueries;
import org.dateline.storylines.Storyline;
import org.jspecify.annotations.Nullable;

/** {@link StoryQueries} over the tables of migrations V3 to V7. Lists are keyset-paged. */
final class JdbcStoryQueries implements StoryQueries {
  private final PooledSql sql;
  private final RecordCodec codec;

  JdbcStoryQueries(PooledSql sql, RecordCodec codec) {
    this.sql = sql;
    this.codec = codec;
  }

  @Override
  public Slice<DatedEvent> events(EventFilter filter, @Nullable String cursor, int limit)
      throws IOException {
    String[] at = cursor == null ? new String[] {"\uFFFF", "\uFFFF"} : Cursors.decode(cursor, 2);
    StringBuilder where = new StringBuilder(" WHERE (coalesce(start_date, ''), id) < (?, ?)");
    List<String> args = new ArrayList<>(List.of(at[0], at[1]));
    if (filter.text() != null && !filter.text().isBlank()) {
      where.append(" AND lower(title) LIKE ?");
      args.add("%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%");
    }
    if (filter.from() != null) {
      where.append(" AND start_date >= ?");
      args.add(filter.from());
    }
    if (filter.to() != null) {
      where.append(" AND substr(start_date, 1, 10) <= ?");
      args.add(filter.to());
    }
    if (filter.entity() != null) {
      where.append(
          " AND EXISTS (SELECT 1 FROM event_documents d JOIN entity_documents n"
              + " ON n.document = d.document WHERE d.event = events.id AND n.entity = ?)");
      args.add(filter.entity());
    }
    if (filter.outlet() != null) {
      where.append(
          " AND EXISTS (SELECT 1 FROM event_documents d JOIN pages p ON p.id = d.document"
              + " WHERE d.event = events.id AND p.kind = 'article' AND p.outlet = ?)");
      args.add(filter.outlet());
    }
    List<EventRow> rows =
        sql.query(
            "SELECT "
                + EventRow.COLUMNS
                + " FROM events"
                + where
                + " ORDER BY coalesce(start_date, '') DESC, id DESC LIMIT ?",
            q -> {
              for (int i = 0; i < args.size(); i++) {
                q.setString(i + 1, args.get(i));
              }
              q.setInt(args.size() + 1, limit + 1);
            },
            JdbcStoryQueries::rows);
    List<DatedEvent> items = events(rows.subList(0, Math.min(limit, rows.size())));
    String next = null;
    if (rows.size() > limit) {
      EventRow last = rows.get(limit - 1);
      next = Cursors.encode(last.start() == null ? "" : last.start(), last.id());
    }
    return new Slice<>(items, next);
  }

  @Override
  public Optional<DatedEvent> event(String id) throws IOException {
    List<EventRow> rows =
        sql.query(
            "SELECT " + EventRow.COLUMNS + " FROM events WHERE id = ?",
            q -> q.setString(1, id),
            JdbcStoryQueries::rows);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).event());
  }

  @Override
  public Optional<DatedEvent> eventOf(String document) throws IOException {
    Optional<String> id =
        first("SELECT event FROM event_documents WHERE document = ? ORDER BY event", document);
    return id.isPresent() ? event(id.get()) : Optional.empty();
  }

  @Override
  public List<DatedEvent> eventsOfDocuments(
      Collection<String> documents, @Nullable String since, int limit) throws IOException {
    Map<String, EventRow> found = new HashMap<>();
    for (EventRow r :
        sql.inBatches(
            documents,
            "SELECT "
                + EventRow.COLUMNS
                + " FROM events WHERE id IN (SELECT event FROM event_documents WHERE document IN"
                + " (%s))"
                + (since == null ? "" : " AND (start_date >= ? OR end_date >= ?)"),
            since == null ? List.of() : List.of(since, since),
            JdbcStoryQueries::rows)) {
      found.put(r.id(), r);
    }
    List<EventRow> rows = new ArrayList<>(found.values());
    rows.sort(
        java.util.Comparator.comparing(
                (EventRow r) -> r.start() == null ? "" : r.start(),
                java.util.Comparator.reverseOrder())
            .thenComparing(EventRow::id));
    return events(rows.subList(0, Math.min(rows.size(), limit)));
  }

  @Override
  public Optional<Storyline> storyline(String id) throws IOException {
    Optional<String> title = first("SELECT title FROM storylines WHERE id = ?", id);
    if (title.isEmpty()) {
      return Optional.empty();
    }
    List<String> events =
        sql.query(
            "SELECT event FROM storyline_events WHERE storyline = ? ORDER BY position",
            q -> q.setString(1, id),
            JdbcStoryQueries::strings);
    return Optional.of(new Storyline(id, title.get(), events));
  }

  @Override
  public List<Storyline> storylines(int limit) throws IOException {
    List<String> ids =
        sql.query(
            "SELECT s.id FROM storylines s JOIN storyline_events m ON m.storyline = s.id"
                + " JOIN events e ON e.id = m.event GROUP BY s.id"
                + " ORDER BY max(coalesce(e.start_date, '')) DESC, s.id LIMIT ?",
            q -> q.setInt(1, limit),
            JdbcStoryQueries::strings);
    List<Storyline> out = new ArrayList<>();
    for (String id : ids) {
      storyline(id).ifPresent(out::add);
    }
    return out;
  }

  @Override
  public Optional<CorpusEntity> entity(String id) throws IOException {
    Optional<String> record = first("SELECT record FROM entities WHERE id = ?", id);
    return record.isPresent() ? Optional.of(codec.entity(record.get())) : Optional.empty();
  }

  @Override
  public List<EntityMention> mentionsOf(String entity, int limit) throws IOException {
    return sql.query(
        "SELECT n.entity, n.document, n.key FROM entity_documents n WHERE n.entity = ?"
            + " ORDER BY coalesce((SELECT max(p.published) FROM pages p"
            + " WHERE p.id = n.document AND p.kind = 'article'), '') DESC, n.document, n.key"
            + " LIMIT ?",
        q -> {
          q.setString(1, entity);
          q.setInt(2, limit);
        },
        JdbcStoryQueries::mentions);
  }

  @Override
  public List<EntityMention> mentionsIn(Collection<String> documents) throws IOException {
    return sql.inBatches(
        documents,
        "SELECT entity, document, key FROM entity_documents WHERE document IN (%s)"
            + " ORDER BY document, key",
        List.of(),
        JdbcStoryQueries::mentions);
  }

  @Override
  public List<CopyLink> copiesAmong(Collection<String> documents) throws IOException {
    Set<String> among = new HashSet<>(documents);
    List<CopyLink> out = new ArrayList<>();
    for (String record :
        sql.inBatches(
            among,
            "SELECT record FROM copies WHERE a IN (%s) ORDER BY a, b",
            List.of(),
            JdbcStoryQueries::strings)) {
      CopyLink p = codec.copy(record);
      if (among.contains(p.b())) {
        out.add(p);
      }
    }
    return out;
  }

  private static List<DatedEvent> events(List<EventRow> rows) {
    return rows.stream().map(EventRow::event).toList();
  }

  /** The first column of the first row {@code query} finds for one bound value, if any. */
  private Optional<String> first(String query, String value) throws IOException {
    return sql.query(
        query + " LIMIT 1",
        q -> q.setString(1, value),
        rs -> rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty());
  }

  private static List<EntityMention> mentions(ResultSet rs) throws SQLException {
    List<EntityMention> out = new ArrayList<>();
    while (rs.next()) {
      out.add(new EntityMention(rs.getString(1), rs.getString(2), rs.getString(3)));
    }
    return out;
  }

  private static List<String> strings(ResultSet rs) throws SQLException {
    List<String> out = new ArrayList<>();
    while (rs.next()) {
      out.add(rs.getString(1));
    }
    return out;
  }

  private static List<EventRow> rows(ResultSet rs) throws SQLException {
    List<EventRow> out = new ArrayList<>();
    while (rs.next()) {
      out.add(EventRow.read(rs));
    }
    return out;
  }
}
