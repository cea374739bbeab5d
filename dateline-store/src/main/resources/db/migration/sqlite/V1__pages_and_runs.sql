-- One row per page outcome, keyed by the page's content hash (PageKey).
CREATE TABLE pages (
  key        TEXT PRIMARY KEY,
  id         TEXT NOT NULL,
  source     TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('article', 'rejected')),
  title      TEXT,
  outlet     TEXT,
  published  TEXT,
  record     TEXT NOT NULL,   -- the Article or Rejection as JSON
  bytes      BLOB,            -- what was read, for a rejected page (replay after a fix)
  stored_at  TEXT NOT NULL
);
CREATE INDEX pages_id ON pages (id);
CREATE INDEX pages_published ON pages (published);

-- One row per invocation; run_pages lists the pages it covered, in ingest order.
CREATE TABLE runs (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  inputs      TEXT NOT NULL,
  started_at  TEXT NOT NULL,
  finished_at TEXT
);
CREATE TABLE run_pages (
  run  INTEGER NOT NULL REFERENCES runs (id),
  seq  INTEGER NOT NULL,
  key  TEXT NOT NULL REFERENCES pages (key),
  PRIMARY KEY (run, seq)
);
