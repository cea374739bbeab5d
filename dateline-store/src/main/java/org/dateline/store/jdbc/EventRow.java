package org.dateline.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.dateline.corpus.DatedEvent;
import org.dateline.events.Event;
import org.jspecify.annotations.Nullable;

/** One row of {@code events}; {@code documents} holds its document ids, one a line. */
record EventRow(
    String id,
    String title,
    @Nullable String start,
    @Nullable String end,
    @Nullable String storyline,
    String documents) {

  /** The columns {@link #read} expects, in order. */
  static final String COLUMNS = "id, title, start_date, end_date, storyline, documents";

  /** The row at the result set's cursor, selected with {@link #COLUMNS} first. */
  static EventRow read(ResultSet rs) throws SQLException {
    return new EventRow(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6));
  }

  DatedEvent event() {
    List<String> ids = documents.isEmpty() ? List.of() : List.of(documents.split("\n"));
    return new DatedEvent(new Event(id, title, ids, null, null), start, end, storyline);
  }
}
