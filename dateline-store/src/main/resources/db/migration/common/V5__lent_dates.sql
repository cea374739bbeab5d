-- Publication dates that pages stating none take from their event's dated pages (basis "event"),
-- replaced with the stories.
CREATE TABLE lent_dates (
  document  TEXT PRIMARY KEY,
  value     TEXT NOT NULL
);
