-- The same tables as the embedded store (see db/migration/sqlite), in PostgreSQL's types.
CREATE TABLE pages (
  n          BIGSERIAL UNIQUE,   -- insertion order, for keyset paging
  key        TEXT PRIMARY KEY,
  id         TEXT NOT NULL,
  source     TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('article', 'rejected')),
  title      TEXT,
  outlet     TEXT,
  published  TEXT,
  record     TEXT NOT NULL,
  bytes      BYTEA,
  stored_at  TEXT NOT NULL
);
CREATE INDEX pages_id ON pages (id);
CREATE INDEX pages_published ON pages ((coalesce(published, '')), n);

CREATE TABLE runs (
  id          BIGSERIAL PRIMARY KEY,
  inputs      TEXT NOT NULL,
  started_at  TEXT NOT NULL,
  finished_at TEXT
);
CREATE TABLE run_pages (
  run  BIGINT NOT NULL REFERENCES runs (id),
  seq  BIGINT NOT NULL,
  key  TEXT NOT NULL REFERENCES pages (key),
  PRIMARY KEY (run, seq)
);
