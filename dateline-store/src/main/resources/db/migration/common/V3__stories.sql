-- What the cross-document stage found over the whole database, replaced as a whole after each run.
CREATE TABLE events (
  id          TEXT PRIMARY KEY,
  title       TEXT NOT NULL,
  start_date  TEXT,
  end_date    TEXT,
  storyline   TEXT
);
CREATE INDEX events_start ON events (start_date);

CREATE TABLE event_documents (
  event     TEXT NOT NULL REFERENCES events (id),
  position  INTEGER NOT NULL,
  document  TEXT NOT NULL,
  PRIMARY KEY (event, position)
);
CREATE INDEX event_documents_document ON event_documents (document);

CREATE TABLE storylines (
  id     TEXT PRIMARY KEY,
  title  TEXT NOT NULL
);

CREATE TABLE storyline_events (
  storyline  TEXT NOT NULL REFERENCES storylines (id),
  position   INTEGER NOT NULL,
  event      TEXT NOT NULL,
  PRIMARY KEY (storyline, position)
);

-- One row per pair of documents that reuse wire text; record is the CopyPair as JSON.
CREATE TABLE copies (
  a       TEXT NOT NULL,
  b       TEXT NOT NULL,
  record  TEXT NOT NULL,
  PRIMARY KEY (a, b)
);
CREATE INDEX copies_b ON copies (b);
